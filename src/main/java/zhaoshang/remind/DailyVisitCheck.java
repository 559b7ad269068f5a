package zhaoshang.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import zhaoshang.config.Team;
import zhaoshang.remind.Reminder.Audience;

/**
 * 每日走访: on each day a team is on a trip (weekends and holidays included: trips go on), at the evening check time,
 * if the team has no visit dated that day, @ the members on the trip. Key {@code dailyVisitCheck:team:day}.
 * Obsolete once the day's 24-hour recording window has closed (end of the next day).
 */
public final class DailyVisitCheck implements ReminderRule {

    public static final String ID = "dailyVisitCheck";
    static final LocalTime DEFAULT_TIME = LocalTime.of(19, 0);

    private static final String TITLE = "每日走访提醒";

    private static String body(LocalDate day, Trip trip) {
        return Texts.day(day) + "外出期间（" + place(trip) + trip.dates() + "）本组还没有走访记录。"
                + "按外出工作细则，外出期间每天至少拜访 1 家重点企业；走访后请在 24 小时内发“走访”登记（“模板 走访”可取模板）。"
                + "如今天确无走访安排，请向组长说明。";
    }

    private static String place(Trip trip) {
        return trip.destination() == null || trip.destination().isBlank() ? "" : trip.destination() + "，";
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "每日走访";
    }

    @Override
    public String describe(RuleContext ctx) {
        return "外出期间每天 " + Texts.hhmm(ctx.timeOf(ID, DEFAULT_TIME)) + "（含周末节假日）：当天本组无走访记录时 @ 外出成员";
    }

    @Override
    public List<Reminder> due(Window window, RuleContext ctx) {
        LocalTime time = ctx.timeOf(ID, DEFAULT_TIME);
        List<Reminder> out = new ArrayList<>();
        for (LocalDate d = window.fromDate().minusDays(1); !d.isAfter(window.toDate()); d = d.plusDays(1)) {
            Instant due = ctx.time().at(d, time, false);
            if (!window.contains(due)) continue;
            for (Team team : ctx.config().teams()) {
                Reminder r = reminder(team, d, due, ctx);
                if (r != null) out.add(r);
            }
        }
        return out;
    }

    private Reminder reminder(Team team, LocalDate day, Instant due, RuleContext ctx) {
        Trip onTrip = null;
        Set<String> members = new LinkedHashSet<>();
        for (Trip t : ctx.facts().tripsOf(team.id())) {
            if (!t.covers(day)) continue;
            if (onTrip == null) onTrip = t;
            members.addAll(t.memberIds());
        }
        if (onTrip == null || ctx.facts().hasVisit(team.id(), day)) return null;
        String key = ID + ":" + team.id() + ":" + day;
        return Reminder.of(key, ID, key, team.id(), Audience.TEAM, due, ctx.time().startOf(day.plusDays(2)),
                List.copyOf(members), true, TITLE, body(day, onTrip));
    }

    @Override
    public List<Reminder> samples(Team team, RuleContext ctx) {
        LocalDate today = ctx.today();
        Trip trip = ctx.facts().tripsOf(team.id()).stream().filter(t -> t.covers(today)).findFirst()
                .orElse(new Trip(team.id(), today, today, "示例", List.of(), List.of(),
                        ctx.config().membersOf(team.id()).stream().map(m -> m.id()).toList()));
        Instant due = ctx.time().at(today, ctx.timeOf(ID, DEFAULT_TIME), false);
        return List.of(Reminder.of(ID + ":sample", ID, null, team.id(), Audience.TEAM, due, due, trip.memberIds(), true,
                TITLE, body(today, trip)));
    }
}
