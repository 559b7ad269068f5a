package zhaoshang.bot.commands;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.bot.Command;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.ledger.LedgerException;

/**
 * The shape shared by commands that act on one record by its number ("撤销 #V-0042 …"): matching the verb and the
 * number, finding the record, checking who may change it, and turning ledger refusals into answers.
 */
abstract class RecordCommand implements Command {

    private static final String NUMBER = "#?\\s*([VLISTRvlistr])\\s*[-－]?\\s*(\\d{1,7})";

    private final Pattern pattern;
    protected final Ledger ledger;
    protected final BotConfig config;

    RecordCommand(String verbs, Ledger ledger, BotConfig config) {
        this.pattern = Pattern.compile("^(?:" + verbs + ")\\s*[：:]?\\s*" + NUMBER + "\\s*(.*)$", Pattern.DOTALL);
        this.ledger = ledger;
        this.config = config;
    }

    @Override
    public final Optional<List<Reply>> handle(Request request) {
        Matcher m = pattern.matcher(request.text());
        if (!m.matches()) return Optional.empty();
        String number = "#" + m.group(1).toUpperCase() + "-" + String.format("%04d", Integer.parseInt(m.group(2)));
        Optional<LedgerEntry<?>> entry = ledger.find(number);
        if (entry.isEmpty()) {
            return answer("没有找到 " + number + "，请检查编号（发送“我的记录”可查看自己登记的编号）。");
        }
        LedgerEntry<?> e = entry.get();
        Optional<String> refused = Permissions.record(request, config, e, needsChangeRight());
        if (refused.isPresent()) return answer(refused.get());
        try {
            return Optional.of(List.of(act(request, e, m.group(3).strip())));
        } catch (LedgerException ex) {
            return answer(ex.getMessage());
        }
    }

    /** True for commands that change the record. */
    protected boolean needsChangeRight() {
        return true;
    }

    /** Does the work; returns the answer. LedgerException messages are shown as they are. */
    protected abstract Reply act(Request request, LedgerEntry<?> entry, String rest);

    private static Optional<List<Reply>> answer(String text) {
        return Optional.of(List.of(Reply.text(text)));
    }
}
