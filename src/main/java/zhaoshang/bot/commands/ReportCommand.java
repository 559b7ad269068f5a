package zhaoshang.bot.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import zhaoshang.bot.Command;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.Member;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.ledger.LedgerException;
import zhaoshang.ledger.Recorded;
import zhaoshang.report.LeadReport;
import zhaoshang.report.ParseOutcome;
import zhaoshang.report.ParsedItem;
import zhaoshang.report.Problem;
import zhaoshang.report.Report;
import zhaoshang.report.ReportKind;
import zhaoshang.report.ReportParser;
import zhaoshang.report.SigningReport;
import zhaoshang.report.Templates;

/**
 * 走访 / 线索 / 考察 / 签约 / 外出计划 / 外出总结: a report in free text becomes ledger records, confirmed with
 * their numbers; what cannot be read is explained field by field with the template.
 */
public final class ReportCommand implements Command {

    private final ReportParser parser;
    private final Ledger ledger;

    public ReportCommand(ReportParser parser, Ledger ledger) {
        this.parser = parser;
        this.ledger = ledger;
    }

    @Override
    public String help() {
        return "走访 / 线索 / 考察 / 签约 / 外出计划 / 外出总结 + 内容 — 登记台账（一条消息可报多家）";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        ParseOutcome outcome = parser.parse(request.text());
        if (!outcome.isReport()) return Optional.empty();
        Member member = request.member();
        String teamId = Permissions.writeTeam(request).orElse(null);
        if (teamId == null) {
            return Optional.of(List.of(Reply.text(
                    "您不属于任何工作组，台账需记在某个工作组名下：请在该工作组的群里发送，或请组员填报。")));
        }
        Reply.Builder reply = Reply.message(null);
        List<String> recorded = new ArrayList<>();
        java.util.Set<ReportKind> refused = new java.util.LinkedHashSet<>();
        int n = outcome.items().size();
        int index = 0;
        // A message handled again after a restart: what it already produced is not recorded twice.
        List<LedgerEntry<?>> already = ledger.fromMessage(request.inboxId());
        int okIndex = 0;
        for (ParsedItem item : outcome.items()) {
            index++;
            String which = n > 1 ? "（第" + index + "条）" : "";
            if (item instanceof ParsedItem.Ok ok) {
                Report report = withDefaults(ok.report(), member);
                if (okIndex < already.size()) {
                    LedgerEntry<?> e = already.get(okIndex++);
                    reply.group(g -> g.line("✅ 已登记" + e.kind().label() + which + ' ' + e.number() + "：" + RecordView.summary(e.report()))
                            .block(RecordView.fieldGroup(e.report()))).blank();
                    recorded.add(e.number());
                    continue;
                }
                okIndex++;
                try {
                    Recorded r = ledger.record(report, teamId, member.id(), request.inboxId(), request.now());
                    reply.group(g -> confirmation(g, r, report, which)).blank();
                    if (!r.duplicate()) recorded.add(r.number());
                } catch (LedgerException e) {
                    reply.group(g -> g.line("❌ " + report.kind().label() + which + "未登记：" + e.getMessage())).blank();
                    refused.add(report.kind());
                }
            } else if (item instanceof ParsedItem.Invalid bad) {
                reply.group(g -> refusal(g, bad, which)).blank();
                refused.add(bad.kind());
            }
        }
        // the template of each kind refused, once (not once per refused record)
        for (ReportKind kind : refused) reply.line(kind.label() + "模板（复制后填写）：").copyable(Templates.of(kind)).blank();
        if (recorded.size() == 1) {
            // one record: 确认 / 更正 / 撤销 as buttons where the route has them, as the commands to type elsewhere
            String number = recorded.get(0);
            reply.title("已登记 " + number);
            reply.button("确认", "确认 " + number).button("更正", "更正 " + number).button("撤销", "撤销 " + number);
        } else if (recorded.size() > 1) {
            reply.line(correctHint("编号"));
        }
        return Optional.of(List.of(reply.build()));
    }

    /** 跟踪责任人 / 责任人 default to the sender. */
    private static Report withDefaults(Report report, Member member) {
        if (report instanceof LeadReport l && (l.owner() == null || l.owner().isBlank())) {
            return new LeadReport(l.date(), l.enterprise(), l.project(), l.industry(), l.amountYuan(), l.area(),
                    member.name(), l.source(), l.stage(), l.nextStep());
        }
        if (report instanceof SigningReport s && (s.owner() == null || s.owner().isBlank())) {
            return new SigningReport(s.project(), s.enterprise(), s.date(), s.amountYuan(), s.industry(), s.area(),
                    s.progress(), s.issues(), member.name());
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
    }

    private static String correctHint(String number) {
        return "有误请发“更正 " + number + " 字段：新值”，撤销请发“撤销 " + number + "”。";
    }

    private static void refusal(Reply.Builder g, ParsedItem.Invalid bad, String which) {
        g.line("❌ " + bad.kind().label() + which + "未登记，请修改后重新发送：");
        for (Problem p : bad.problems()) g.item(p.field() + "：" + p.message());
    }
}
