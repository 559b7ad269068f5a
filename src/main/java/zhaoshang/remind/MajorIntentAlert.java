package zhaoshang.remind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import zhaoshang.config.Member;
import zhaoshang.config.Team;
import zhaoshang.ledger.HistoryEntry;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.ledger.Submissions.RecordChange;
import zhaoshang.remind.Reminder.Audience;
import zhaoshang.report.LeadReport;
import zhaoshang.report.Money;
import zhaoshang.report.ReportKind;
import zhaoshang.report.VisitReport;

/**
 * 重大意向 (细则 二(三) "遇重大意向…应第一时间报告"): a visit with 投资意向 明确, or a lead (a lead is by definition an
 * enterprise with a clear intent, 细则 二(二)), whose 拟投资额 is at or above the threshold (majorIntent.thresholdWan,
 * default 10000 万元 = 1亿元) is reported to the coordination group once, @ 投资促进部, in the first evaluation after it
 * was recorded or corrected to qualify. A lead from a visit already reported is not reported again. Key
 * {@code majorIntent:#V-0003}.
 */
public final class MajorIntentAlert implements ReminderRule {

    public static final String ID = "majorIntent";

    private final Ledger ledger;

    public MajorIntentAlert(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "重大意向";
    }

    @Override
    public String describe(RuleContext ctx) {
        return "投资意向明确且拟投资额达到 " + Money.formatWan(OfficeConfig.majorIntentYuan(ctx))
                + " 的走访或线索，登记后立即报协调群，@ 投资促进部";
    }

    @Override
    public List<Reminder> due(Window window, RuleContext ctx) {
        long threshold = OfficeConfig.majorIntentYuan(ctx);
        Set<String> seen = new LinkedHashSet<>();
        List<Reminder> out = new ArrayList<>();
        for (RecordChange c : ledger.submissions().changedIn(Events.from(window), window.to())) {
            if (c.kind() != ReportKind.VISIT && c.kind() != ReportKind.LEAD) continue;
            boolean relevant = c.action() == HistoryEntry.Action.CREATE || (c.action() == HistoryEntry.Action.CORRECT
                    && ("intent".equals(c.field()) || "amountYuan".equals(c.field())));
            if (!relevant || !seen.add(c.number())) continue;
            Optional<LedgerEntry<?>> e = ledger.find(c.number()).filter(LedgerEntry::active);
            if (e.isEmpty() || !major(e.get(), threshold)) continue;
            if (e.get().report() instanceof LeadReport && e.get().links().visitNumber() != null
                    && ledger.find(e.get().links().visitNumber()).filter(v -> major(v, threshold)).isPresent()) {
                continue;   // its visit was reported already
            }
            out.add(reminder(e.get(), c, window, ctx));
        }
        return out;
    }

    static boolean major(LedgerEntry<?> e, long thresholdYuan) {
        if (e.report() instanceof VisitReport v) {
            return v.intent() != null && v.intent().contains("明确") && v.amountYuan() != null
                    && v.amountYuan() >= thresholdYuan;
        }
        return e.report() instanceof LeadReport l && l.amountYuan() != null && l.amountYuan() >= thresholdYuan;
    }

    private Reminder reminder(LedgerEntry<?> e, RecordChange c, Window window, RuleContext ctx) {
        String team = ctx.config().team(e.teamId()).map(Team::name).orElse(e.teamId());
        String who = ctx.config().member(e.reporterId()).map(Member::name).orElse(e.reporterId());
        StringBuilder body = new StringBuilder();
        body.append(team).append(" ").append(who).append(" 登记的").append(e.kind().label()).append(" ").append(e.number())
                .append("：");
        if (e.report() instanceof VisitReport v) {
            body.append(v.enterprise()).append("，投资意向：").append(v.intent()).append("，拟投资额 ")
                    .append(Money.formatWan(v.amountYuan())).append("。");
            if (v.content() != null) body.append("\n洽谈内容：").append(v.content());
            if (v.followUp() != null) body.append("\n后续建议：").append(v.followUp());
        } else if (e.report() instanceof LeadReport l) {
            body.append(l.enterprise()).append(l.project() == null ? "" : "·" + l.project()).append("，拟投资额 ")
                    .append(Money.formatWan(l.amountYuan())).append("。");
            if (l.owner() != null) body.append("\n跟踪责任人：").append(l.owner());
            if (l.nextStep() != null) body.append("\n下步计划：").append(l.nextStep());
        }
        body.append("\n按外出工作细则，重大意向第一时间报告。需要领导出面推动的，组长可发送“申请领导介入 ")
                .append(e.number()).append(" 原因：……”。");
        String key = ID + ":" + e.number();
        return Reminder.of(key, ID, key, e.teamId(), Audience.COORDINATION, Events.due(window, c.at()),
                Events.stale(c.at()), ctx.promotion(), false, "重大意向", body.toString());
    }

    @Override
    public List<Reminder> samples(Team team, RuleContext ctx) {
        return List.of();
    }
}
