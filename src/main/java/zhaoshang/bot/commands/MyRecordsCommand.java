package zhaoshang.bot.commands;

import java.util.List;
import java.util.Optional;

import zhaoshang.bot.Command;
import zhaoshang.bot.MessageText;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;

/** 我的记录: the member's recent entries with their numbers, so they can correct or withdraw them. */
public final class MyRecordsCommand implements Command {

    static final int LIMIT = 15;
    private final Ledger ledger;

    public MyRecordsCommand(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String help() {
        return "我的记录 — 最近登记的 " + LIMIT + " 条记录及编号";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        String t = MessageText.compact(request.text());
        if (!(t.equals("我的记录") || t.equals("我的台账") || t.equals("我登记的") || t.equals("记录"))) {
            return Optional.empty();
        }
        List<LedgerEntry<?>> entries = ledger.recentBy(request.member().id(), LIMIT);
        if (entries.isEmpty()) {
            return Optional.of(List.of(Reply.text("您还没有登记过记录。发送“模板 走访”获取填报模板。")));
        }
        Reply.Builder r = Reply.message(request.member().name() + " 最近登记的记录")
                .line("📋 " + request.member().name() + " 最近登记的记录：");
        for (LedgerEntry<?> e : entries) {
            r.item(e.number() + " " + e.kind().label() + " " + RecordView.summary(e.report())
                    + (e.late() ? "（逾期登记）" : "") + (e.active() ? "" : "【已撤销】"));
        }
        r.blank().line("修改：更正 编号 字段：新值；撤销：撤销 编号；留痕：历史 编号");
        return Optional.of(List.of(r.build()));
    }
}
