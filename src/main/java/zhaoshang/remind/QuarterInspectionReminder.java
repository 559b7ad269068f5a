package zhaoshang.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import zhaoshang.config.Team;
import zhaoshang.progress.Figure;
import zhaoshang.progress.Period;
import zhaoshang.progress.TeamProgress;
import zhaoshang.remind.Reminder.Audience;

/**
 * 季度考察: at mid-quarter (the 15th of its middle month) and N days before the quarter's end (each moved to the next
 * working day), teams below the inspection target (distinct enterprises, from the progress package) are warned,
 * @ 组长. Keys {@code quarterInspections:team:2026Q4:mid|late}, one series per team and quarter; obsolete once the
 * quarter is over.
 */
public final class QuarterInspectionReminder implements ReminderRule {

    public static final String ID = "quarterInspections";
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private static final String TITLE = "季度考察提醒";

    private static String body(Figure f, Period quarter, LocalDate today) {
        return quarter.label() + "本组已组织 " + f.actual() + " 家企业来区考察，目标 " + f.target() + " 家，还差 " + f.gap()
                + " 家；本季度还剩 " + quarter.remainingDays(today) + " 天。请尽快与意向较强的企业确定考察时间，"
                + "由投资促进部统一发出考察邀请函；考察后发“考察”登记。";
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "季度考察";
    }

    @Override
    public String describe(RuleContext ctx) {
        return "每季度中（第二个月 15 日）和季度结束前 " + ctx.number(ID, "daysBeforeEnd", 15) + " 天 "
                + Texts.hhmm(ctx.timeOf(ID, DEFAULT_TIME)) + "（遇休息日顺延）：考察企业不足目标时 @ 组长";
    }

    @Override
    public List<Reminder> due(Window window, RuleContext ctx) {
        LocalTime time = ctx.timeOf(ID, DEFAULT_TIME);
        int daysBeforeEnd = ctx.number(ID, "daysBeforeEnd", 15);
        List<Reminder> out = new ArrayList<>();
        LocalDate from = window.fromDate().minusMonths(3);
        for (Period q = Period.containing(Period.Kind.QUARTER, from); !q.start().isAfter(window.toDate());
             q = Period.containing(Period.Kind.QUARTER, q.endInclusive().plusDays(1))) {
            LocalDate mid = q.start().plusMonths(1).withDayOfMonth(15);
            LocalDate late = q.endInclusive().minusDays(daysBeforeEnd);
            for (LocalDate day : List.of(mid, late)) {
                Instant due = ctx.time().at(day, time, true);
                if (!window.contains(due) || !q.contains(ctx.time().dateOf(due))) continue;
                String stage = day.equals(mid) ? "mid" : "late";
                for (Team team : ctx.config().teams()) {
                    Reminder r = reminder(team, q, stage, due, ctx);
                    if (r != null) out.add(r);
                }
            }
        }
        return out;
    }

    private Reminder reminder(Team team, Period q, String stage, Instant due, RuleContext ctx) {
        TeamProgress p = ctx.facts().progress(team.id(), q, ctx.today());
        Figure f = p == null ? null : p.figure("inspections").orElse(null);
        if (f == null || f.gap() == 0) return null;
        String quarter = q.start().getYear() + "Q" + ((q.start().getMonthValue() - 1) / 3 + 1);
        String series = ID + ":" + team.id() + ":" + quarter;
        return Reminder.of(series + ":" + stage, ID, series, team.id(), Audience.TEAM, due,
                ctx.time().startOf(q.endInclusive().plusDays(1)), ctx.leadersOf(team.id()), false, TITLE,
                body(f, q, ctx.today()));
    }

    @Override
    public List<Reminder> samples(Team team, RuleContext ctx) {
        Period q = Period.containing(Period.Kind.QUARTER, ctx.today());
        Instant at = ctx.time().at(ctx.today(), ctx.timeOf(ID, DEFAULT_TIME), false);
        TeamProgress p = ctx.facts().progress(team.id(), q, ctx.today());
        Figure f = p == null ? null : p.figure("inspections").orElse(null);
        if (f == null) return List.of();
        return List.of(Reminder.of(ID + ":sample", ID, null, team.id(), Audience.TEAM, at, at, ctx.leadersOf(team.id()),
                false, TITLE, body(f, q, ctx.today())));
    }
}
