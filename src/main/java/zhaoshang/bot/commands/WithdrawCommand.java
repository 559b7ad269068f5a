package zhaoshang.bot.commands;

import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;

/** 撤销 #V-0042 [原因]: the record stays, marked withdrawn, and stops counting. */
public final class WithdrawCommand extends RecordCommand {

    public WithdrawCommand(Ledger ledger, BotConfig config) {
        super("撤销|撤回|删除|作废", ledger, config);
    }

    @Override
    public String help() {
        return "撤销 #V-0042 [原因] — 撤销一条记录（保留留痕，不再计入进度）";
    }

    @Override
    protected Reply act(Request request, LedgerEntry<?> entry, String rest) {
        String reason = rest.isEmpty() ? null : rest;
        ledger.withdraw(entry.number(), request.member().id(), reason, request.now());
        return Reply.text("🗑 已撤销 " + entry.number() + "（" + entry.kind().label() + "：" + RecordView.summary(entry.report())
                + "），不再计入进度；记录和修改历史仍保留。");
    }
}
