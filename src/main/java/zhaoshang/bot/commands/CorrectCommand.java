package zhaoshang.bot.commands;

import java.util.List;

import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.ledger.Change;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.report.Correction;
import zhaoshang.report.FieldLabels;
import zhaoshang.report.ReportParser;
import zhaoshang.report.Templates;

/** 更正 #V-0042 投资意向：明确；拟投资额：2亿 — fields read exactly as in a report. */
public final class CorrectCommand extends RecordCommand {

    private final ReportParser parser;

    public CorrectCommand(Ledger ledger, BotConfig config, ReportParser parser) {
        super("更正|修改|改正|纠正", ledger, config);
        this.parser = parser;
    }

    @Override
    public String help() {
        return "更正 #V-0042 投资意向：明确 — 修改记录的一个或多个字段（保留修改历史）";
    }

    @Override
    protected Reply act(Request request, LedgerEntry<?> entry, String rest) {
        if (rest.isEmpty()) {
            return Reply.message("更正 " + entry.number())
                    .line("请写出要改的字段和新值，例如“更正 " + entry.number() + " 投资意向：明确”。")
                    .line("现在的内容：").block(RecordView.fieldGroup(entry.report()))
                    .line("可用字段见模板（发送“模板 " + entry.kind().label() + "”可单独获取）：")
                    .copyable(Templates.of(entry.kind())).build();
        }
        Correction c = parser.parseCorrection(entry.kind(), rest);
        if (!c.problems().isEmpty()) {
            Reply.Builder r = Reply.message(entry.number() + " 未修改").line("❌ " + entry.number() + " 未修改：");
            c.problems().forEach(p -> r.item(p.field() + "：" + p.message()));
            return r.blank().line("可用字段见模板：").copyable(Templates.of(entry.kind())).build();
        }
        if (c.values().isEmpty()) {
            return Reply.text("没读到要修改的字段，请写成“更正 " + entry.number() + " 字段：新值”。");
        }
        List<Change> changes = ledger.correct(entry.number(), c.values(), request.member().id(), request.now());
        if (changes.isEmpty()) return Reply.text(entry.number() + " 的内容与原来相同，没有改动。");
        Reply.Builder r = Reply.message("已更正 " + entry.number()).line("✏️ 已更正 " + entry.number() + "：");
        changes.forEach(ch -> r.item(FieldLabels.label(entry.kind(), ch.field()) + "："
                + show(ch.field(), ch.oldValue()) + " → " + show(ch.field(), ch.newValue())));
        return r.build();
    }

    private static String show(String field, Object v) {
        String s = RecordView.value(field, v);
        return s == null || s.isBlank() ? "（空）" : s;
    }
}
