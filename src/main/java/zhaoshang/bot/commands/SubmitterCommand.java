package zhaoshang.bot.commands;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.bot.Command;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.ledger.Ledger;

/** 指定报送人 何雨晴 · 取消报送人 何雨晴: the 组长 names the members who may submit the team's ledgers. */
public final class SubmitterCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^(指定|取消)报送人\\s*[：:]?\\s*(.{1,20})$");

    private final BotConfig config;
    private final Ledger ledger;

    public SubmitterCommand(BotConfig config, Ledger ledger) {
        this.config = config;
        this.ledger = ledger;
    }

    @Override
    public String help() {
        return SubmissionTexts.DELEGATE_HELP;
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        Matcher m = PATTERN.matcher(request.text().strip());
        if (!m.matches()) return Optional.empty();
        String name = m.group(2).replaceFirst("^@", "").strip();
        Optional<Member> target = config.members().stream()
                .filter(x -> x.name().equals(name) || x.id().equals(name)).findFirst();
        if (target.isEmpty()) return text(SubmissionTexts.unknownMember(name));
        Optional<String> refused = Permissions.nameSubmitter(request, target.get());
        if (refused.isPresent()) return text(refused.get());
        String teamId = request.member().teamId();
        if (m.group(1).equals("指定")) {
            ledger.submissions().nameDelegate(teamId, target.get().id(), request.member().id(), request.now());
            return text(SubmissionTexts.delegateNamed(target.get().name()));
        }
        return text(SubmissionTexts.delegateRemoved(target.get().name(),
                ledger.submissions().removeDelegate(teamId, target.get().id())));
    }

    private static Optional<List<Reply>> text(String s) {
        return Optional.of(List.of(Reply.text(s)));
    }
}
