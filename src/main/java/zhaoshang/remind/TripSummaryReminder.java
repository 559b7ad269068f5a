package zhaoshang.remind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import zhaoshang.config.Team;
import zhaoshang.remind.Reminder.Audience;

/**
 * 外出总结 (细则 四(三)): the trip summary is due N working days after the return date (2026-09-30 → 2026-10-13).
 * Reminds the people on the trip K working days before and on the due day; the working day after, tells the 组长
 * (team group) and 投资促进部 (coordination group) it is overdue. A summary of the team whose dates overlap the trip,
 * or one without dates filed on or after the return day, stops it. Keys {@code tripSummary:team:depart~return:before|due}
 * (one series: after downtime only the latest) and {@code ...:overdue} / {@code ...:overdue-coord}. The before/due
 * reminders are obsolete once the overdue notice is due; the overdue notices 7 days after they fell due.
 */
public final class TripSummaryReminder implements ReminderRule {

    public static final String ID = "tripSummary";
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    static final int OVERDUE_STALE_DAYS = 7;

    private static final String TITLE = "外出总结提醒";
    private static final String OVERDUE_TITLE = "外出总结逾期";

    private static String remindBody(Trip trip, LocalDate due, boolean dueToday) {
        return "本组外出（" + trip.dates() + "）的《外出招商工作总结报告》" + (dueToday ? "今天（" + Texts.day(due) + "）到期"
                : "将于 " + Texts.day(due) + " 到期") + "（返回后 5 个工作日内）。请发“外出总结”提交，内容包括走访情况、"
                + "意向项目、经验做法、存在问题和改进建议（“模板 外出总结”可取模板）。";
    }

    private static String overdueBody(Team team, Trip trip, LocalDate due, RuleContext ctx) {
        return team.name() + "外出（" + trip.dates() + "，" + Texts.names(ctx.config(), trip.memberIds())
                + "）的《外出招商工作总结报告》已于 " + Texts.day(due) + " 到期，至今未提交，请督促尽快提交。";
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "外出总结";
    }

    @Override
    public String describe(RuleContext ctx) {
        return "返回后第 " + ctx.number(ID, "dueWorkingDays", 5) + " 个工作日到期：到期前 "
                + ctx.number(ID, "remindWorkingDaysBefore", 2) + " 个工作日和到期当天 " + Texts.hhmm(ctx.timeOf(ID, DEFAULT_TIME))
                + " @ 外出成员；逾期次日告知组长和投资促进部";
    }

    @Override
    public List<Reminder> due(Window window, RuleContext ctx) {
        LocalTime time = ctx.timeOf(ID, DEFAULT_TIME);
        int dueDays = Math.max(1, ctx.number(ID, "dueWorkingDays", 5));
        int before = ctx.number(ID, "remindWorkingDaysBefore", 2);
        List<Reminder> out = new ArrayList<>();
        for (Trip trip : ctx.facts().trips()) {
            LocalDate dueDay = ctx.calendar().nthWorkingDayAfter(trip.returnDate(), dueDays);
            LocalDate overdueDay = ctx.calendar().nthWorkingDayAfter(dueDay, 1);
            Instant overdueAt = ctx.time().at(overdueDay, time, true);
            List<Reminder> found = new ArrayList<>();
            if (before > 0) {
                LocalDate pre = ctx.calendar().nthWorkingDayBefore(dueDay, before);
                Instant at = ctx.time().at(pre, time, true);
                if (pre.isAfter(trip.returnDate()) && window.contains(at)) {
                    found.add(remind(trip, dueDay, "before", at, overdueAt, false));
                }
            }
            Instant dueAt = ctx.time().at(dueDay, time, true);
            if (window.contains(dueAt)) found.add(remind(trip, dueDay, "due", dueAt, overdueAt, true));
            if (window.contains(overdueAt)) found.addAll(overdue(trip, dueDay, overdueAt, ctx));
            if (!found.isEmpty() && !ctx.facts().summaryFiled(trip)) out.addAll(found);
        }
        return out;
    }

    private Reminder remind(Trip trip, LocalDate dueDay, String stage, Instant at, Instant stale, boolean dueToday) {
        return Reminder.of(ID + ":" + trip.key() + ":" + stage, ID, ID + ":" + trip.key(), trip.teamId(), Audience.TEAM,
                at, stale, trip.memberIds(), true, TITLE, remindBody(trip, dueDay, dueToday));
    }

    private List<Reminder> overdue(Trip trip, LocalDate dueDay, Instant at, RuleContext ctx) {
        Team team = ctx.config().team(trip.teamId()).orElse(new Team(trip.teamId(), trip.teamId(), "", "", "", ""));
        Instant stale = at.plus(Duration.ofDays(OVERDUE_STALE_DAYS));
        String body = overdueBody(team, trip, dueDay, ctx);
        return List.of(
                Reminder.of(ID + ":" + trip.key() + ":overdue", ID, null, trip.teamId(), Audience.TEAM, at, stale,
                        ctx.leadersOf(trip.teamId()), false, OVERDUE_TITLE, body),
                Reminder.of(ID + ":" + trip.key() + ":overdue-coord", ID, null, trip.teamId(), Audience.COORDINATION, at,
                        stale, ctx.promotion(), false, OVERDUE_TITLE, body));
    }

    @Override
    public List<Reminder> samples(Team team, RuleContext ctx) {
        LocalDate today = ctx.today();
        Trip trip = ctx.facts().tripsOf(team.id()).stream().filter(t -> !t.returnDate().isAfter(today))
                .reduce((a, b) -> b)
                .orElse(new Trip(team.id(), today.minusDays(5), today.minusDays(1), "", List.of(), List.of(), List.of()));
        LocalDate dueDay = ctx.calendar().nthWorkingDayAfter(trip.returnDate(), Math.max(1, ctx.number(ID, "dueWorkingDays", 5)));
        Instant at = ctx.time().at(today, ctx.timeOf(ID, DEFAULT_TIME), false);
        Reminder r = remind(trip, dueDay, "sample", at, at, false);
        Reminder o = overdue(trip, dueDay, at, ctx).get(0);
        return List.of(r, o);
    }
}
