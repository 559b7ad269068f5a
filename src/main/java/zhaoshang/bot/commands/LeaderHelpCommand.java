package zhaoshang.bot.commands;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.ledger.FollowUps;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;

/**
 * 申请领导介入 #L-0003 原因：…: the request is kept with the record (its history shows it) and the reminder rule
 * {@code leaderHelp} sends the record and the reason to the configured 领导 and 投资促进部.
 */
public final class LeaderHelpCommand extends RecordCommand {

    private static final Pattern REASON = Pattern.compile("^(?:(?:原因|理由|事由)\\s*[：:]?)?\\s*(.*)$", Pattern.DOTALL);

    public LeaderHelpCommand(Ledger ledger, BotConfig config) {
        super("申请领导介入|请求领导介入|申请领导协调|领导介入", ledger, config);
    }

    @Override
    public String help() {
        return FollowUpTexts.LEADER_HELP;
    }

    @Override
    protected Reply act(Request request, LedgerEntry<?> entry, String rest) {
        Matcher m = REASON.matcher(rest);
        String reason = m.matches() ? m.group(1).strip() : rest.strip();
        if (reason.isEmpty()) return Reply.text(FollowUpTexts.leaderReason(entry.number()));
        if (reason.length() > 500) reason = reason.substring(0, 500);
        ledger.followUps().add(entry, FollowUps.Kind.LEADER, reason, null, request.member().id(), request.now());
        List<String> leaders = zhaoshang.remind.OfficeConfig.leaders(config).stream()
                .map(id -> config.member(id).map(Member::name).orElse(id)).toList();
        return Reply.text(FollowUpTexts.leaderSent(entry.number(),
                (leaders.isEmpty() ? "" : String.join("、", leaders) + "和") + "投资促进部"));
    }
}
