package zhaoshang.bot.commands;

import java.util.List;
import java.util.stream.Collectors;

import zhaoshang.bot.Request;
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

    public CorrectCommand(Ledger ledger, ReportParser parser) {
        super("更正|修改|改正|纠正", ledger);
        this.parser = parser;
    }

    @Override
    public String help() {
        return "更正 #V-0042 投资意向：明确 — 修改记录的一个或多个字段（保留修改历史）";
    }

    @Override
    protected String act(Request request, LedgerEntry<?> entry, String rest) {
        if (rest.isEmpty()) {
            return "请写出要改的字段和新值，例如“更正 " + entry.number() + " 投资意向：明确”。可用字段见模板：\n"
                    + Templates.of(entry.kind());
        }
        Correction c = parser.parseCorrection(entry.kind(), rest);
        if (!c.problems().isEmpty()) {
            return "❌ " + entry.number() + " 未修改：\n" + c.problems().stream()
                    .map(p -> "· " + p.field() + "：" + p.message()).collect(Collectors.joining("\n"))
                    + "\n\n可用字段见模板：\n" + Templates.of(entry.kind());
        }
        if (c.values().isEmpty()) {
            return "没读到要修改的字段，请写成“更正 " + entry.number() + " 字段：新值”。";
        }
        List<Change> changes = ledger.correct(entry.number(), c.values(), request.member().id(), request.now());
        if (changes.isEmpty()) return entry.number() + " 的内容与原来相同，没有改动。";
        return "✏️ 已更正 " + entry.number() + "：\n" + changes.stream()
                .map(ch -> "· " + FieldLabels.label(entry.kind(), ch.field()) + "："
                        + show(ch.field(), ch.oldValue()) + " → " + show(ch.field(), ch.newValue()))
                .collect(Collectors.joining("\n"));
    }

    private static String show(String field, Object v) {
        String s = RecordView.value(field, v);
        return s == null || s.isBlank() ? "（空）" : s;
    }
}
