package zhaoshang.bot.commands;

import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.Member;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerException;
import zhaoshang.ledger.Recorded;
import zhaoshang.report.LeadReport;
import zhaoshang.report.Report;
import zhaoshang.report.SigningReport;

/** Records one report for a team and writes its confirmation: shared by a report message and an answered draft. */
final class ReportRecorder {

    /** What recording one report did: the new record's number (null when nothing new was stored). */
    record Outcome(String number, boolean refused) { }

    private final Ledger ledger;

    ReportRecorder(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Records {@code report} and adds its confirmation (or why not) as a group to {@code reply}. */
    Outcome record(Request request, Report report, String teamId, String which, Reply.Builder reply) {
        return record(request, report, teamId, which, reply, null);
    }

    /** As above; {@code check} (or null) is a doubt the member should check, shown with the confirmation. */
    Outcome record(Request request, Report report, String teamId, String which, Reply.Builder reply, String check) {
        Report r = withDefaults(report, request.member());
        try {
            Recorded recorded = ledger.record(r, teamId, request.member().id(), request.inboxId(), request.now());
            reply.group(g -> {
                confirmation(g, recorded, r, which);
                if (check != null && !recorded.duplicate()) g.line(ReportTexts.pleaseCheck(check, recorded.number()));
            }).blank();
            return new Outcome(recorded.duplicate() ? null : recorded.number(), false);
        } catch (LedgerException e) {
            reply.group(g -> g.line("❌ " + r.kind().label() + which + "未登记：" + e.getMessage())).blank();
            return new Outcome(null, true);
        }
    }

    /** 确认 / 更正 / 撤销 as buttons where the route has them, as the commands to type elsewhere. */
    static void buttons(Reply.Builder reply, String number) {
        reply.title("已登记 " + number);
        reply.button("确认", "确认 " + number).button("更正", "更正 " + number).button("撤销", "撤销 " + number);
    }

    /** 跟踪责任人 / 责任人 default to the sender. */
    static Report withDefaults(Report report, Member member) {
        if (report instanceof LeadReport l && (l.owner() == null || l.owner().isBlank())) {
            return new LeadReport(l.date(), l.enterprise(), l.project(), l.industry(), l.amountYuan(), l.area(),
                    member.name(), l.source(), l.stage(), l.nextStep());
        }
        if (report instanceof SigningReport s && (s.owner() == null || s.owner().isBlank())) {
            return new SigningReport(s.project(), s.enterprise(), s.date(), s.amountYuan(), s.industry(), s.area(),
                    s.progress(), s.issues(), member.name(), s.remark());
        }
        return report;
    }

    private static void confirmation(Reply.Builder g, Recorded r, Report report, String which) {
        String label = report.kind().label();
        if (r.duplicate()) {
            g.line("⚠️ " + label + which + "已登记过：" + r.number() + "（同一项目、同一企业只计一次），本条未重复登记。")
                    .line("如需修改请发“更正 " + r.number() + " 字段：新值”。");
            return;
        }
        g.line("✅ 已登记" + label + which + ' ' + r.number() + "：" + RecordView.summary(report));
        g.block(RecordView.fieldGroup(report));
        if (r.late()) {
            g.line("⏰ 逾期登记：走访后超过 24 小时才登记（工作方案要求 24 小时内填写），已照常记入台账并标注。");
        }
        if (r.unlinkedSourceNote() != null) g.line("⚠️ " + r.unlinkedSourceNote());
        if (r.visitNumber() != null) g.line("🔗 关联走访 " + r.visitNumber());
        if (r.leadNumber() != null) g.line("🔗 关联线索 " + r.leadNumber());
        if (r.likelyDuplicateOf() != null) g.line(ReportTexts.likelyDuplicate(r.number(), r.likelyDuplicateOf()));
    }
}
