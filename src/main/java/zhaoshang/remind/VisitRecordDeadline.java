package zhaoshang.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import zhaoshang.config.Team;
import zhaoshang.ledger.PlannedVisitEntry;
import zhaoshang.remind.Reminder.Audience;

/**
 * 24 小时登记: a planned visit (trip plan enterprise with a date D) with no visit of the same enterprise (by enterprise
 * key) recorded by the team, dated from D−3 on, once 24 hours after D have passed → @ the member who filed the plan,
 * on the next working day D+2 or later at the configured time. Key {@code visit24h:plan:enterpriseKey:D}.
 * Obsolete 3 days after it fell due.
 */
public final class VisitRecordDeadline implements ReminderRule {

    public static final String ID = "visit24h";
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    static final int STALE_DAYS = 3;

    private static final String TITLE = "走访 24 小时登记提醒";

    private static String body(PlannedVisitEntry p) {
        return "外出计划 " + p.tripPlanNumber() + " 中 " + Texts.day(p.date()) + " 拟拜访的“" + p.enterprise()
                + "”，已超过 24 小时仍没有走访记录。已拜访的请尽快发“走访”登记（将标为逾期登记）；"
                + "未拜访或改期的，请更正外出计划或向组长说明。";
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "24小时登记";
    }

    @Override
    public String describe(RuleContext ctx) {
        return "计划拜访日结束 24 小时后仍无走访记录：之后第一个工作日 " + Texts.hhmm(ctx.timeOf(ID, DEFAULT_TIME))
                + " @ 填报外出计划的人";
    }

    @Override
    public List<Reminder> due(Window window, RuleContext ctx) {
        LocalTime time = ctx.timeOf(ID, DEFAULT_TIME);
        List<Reminder> out = new ArrayList<>();
        for (PlannedVisitEntry p : ctx.facts().plannedVisits()) {
            if (p.date() == null) continue;
            Instant due = ctx.time().at(p.date().plusDays(2), time, true);
            if (!window.contains(due)) continue;
            if (ctx.facts().visited(p.teamId(), p.enterpriseKey(), p.date().minusDays(3), ctx.today())) continue;
            String key = ID + ":" + p.tripPlanNumber() + ":" + p.enterpriseKey() + ":" + p.date();
            out.add(Reminder.of(key, ID, key, p.teamId(), Audience.TEAM, due, due.plus(java.time.Duration.ofDays(STALE_DAYS)),
                    List.of(p.reporterId()), true, TITLE, body(p)));
        }
        return out;
    }

    @Override
    public List<Reminder> samples(Team team, RuleContext ctx) {
        LocalDate today = ctx.today();
        PlannedVisitEntry p = ctx.facts().plannedVisits().stream().filter(e -> e.teamId().equals(team.id())).findFirst()
                .orElse(new PlannedVisitEntry("#T-0000", team.id(), ctx.leadersOf(team.id()).stream().findFirst().orElse(""),
                        "示例企业有限公司", "示例企业", today.minusDays(2)));
        Instant due = ctx.time().at(today, ctx.timeOf(ID, DEFAULT_TIME), false);
        return List.of(Reminder.of(ID + ":sample", ID, null, team.id(), Audience.TEAM, due, due, List.of(p.reporterId()),
                true, TITLE, body(p)));
    }
}
