package zhaoshang.bot.commands;

import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;

/**
 * 确认 #V-0042: the typed equivalent of the 确认 button on a recorded report — the reporter (or whoever may change
 * the record) says it was read correctly; nothing changes, the answer says so and what else can be done.
 */
public final class ConfirmCommand extends RecordCommand {

    public ConfirmCommand(Ledger ledger, BotConfig config) {
        super("确认|确定|无误|没问题", ledger, config);
    }

    @Override
    public String help() {
        return "确认 #V-0042 — 确认登记内容无误（登记后的“确认”按钮）";
    }

    @Override
    protected Reply act(Request request, LedgerEntry<?> entry, String rest) {
        if (!entry.active()) {
            return Reply.text(entry.number() + " 已撤销，不计入进度。如需恢复请重新登记。");
        }
        return Reply.text("👌 " + entry.number() + "（" + entry.kind().label() + "：" + RecordView.summary(entry.report())
                + "）已确认，无需再操作。以后有变化可发“更正 " + entry.number() + " 字段：新值”。");
    }
}
