package zhaoshang.bot.commands;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import zhaoshang.bot.Command;
import zhaoshang.bot.MessageText;
import zhaoshang.bot.Request;
import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Conversation;
import zhaoshang.config.Member;
import zhaoshang.config.Team;
import zhaoshang.roster.Roster;

/**
 * 本群为第二工作组 · 本群为协调群: 投资促进部 says which team a group belongs to (or that it is the coordination group);
 * the mapping is stored and used at once. Works in a group the bot does not know yet ({@link Newcomers} passes such
 * messages here) and re-maps a known one; both are kept in 名单历史.
 */
public final class ConnectCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^(?:本群为|本群是|本群属于|设置本群为|此群为)\\s*(.{1,20}?)(?:的群)?[。.!！]?$");

    private final Roster roster;

    public ConnectCommand(Roster roster) {
        this.roster = roster;
    }

    @Override
    public String help() {
        return RosterTexts.HELP_CONNECT;
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        return connect(request.message(), request.member(), request.text(), request.inboxId());
    }

    /** The answer when {@code text} is a 本群为 command; empty otherwise. */
    Optional<List<Reply>> connect(ChatMessage message, Member member, String text, long inboxId) {
        Matcher m = PATTERN.matcher(MessageText.compact(text));
        if (!m.matches()) return Optional.empty();
        Optional<String> refusal = Permissions.connectGroup(member);
        if (refusal.isPresent()) return reply(refusal.get());
        BotConfig cfg = roster.current();
        String what = m.group(1);
        Team team = null;
        boolean coordination = what.contains("协调") || what.equals("投资促进部");
        if (!coordination) {
            Optional<TeamNames.Found> found = TeamNames.find(what, cfg.teams());
            if (found.isEmpty() || !found.get().rest().isBlank()) {
                return reply(RosterTexts.connectWhich(cfg.teams().stream().map(Team::name)
                        .collect(Collectors.joining("、"))));
            }
            team = found.get().team();
        }
        String label = coordination ? RosterTexts.COORDINATION : team.name();
        Optional<Conversation> before = cfg.conversation(message.platform(), message.conversationId());
        if (before.isPresent() && (coordination ? before.get().coordination()
                : team.id().equals(before.get().teamId()))) {
            return reply(RosterTexts.alreadyConnected(label));
        }
        String beforeLabel = before.map(c -> c.coordination() ? RosterTexts.COORDINATION
                : RosterPeople.teamName(cfg, c.teamId())).orElse("");
        String name = before.map(Conversation::name).orElse(coordination ? label : label + "群");
        roster.connect(member, message.platform(), message.conversationId(), name, team == null ? null : team.id(),
                inboxId);
        return reply(RosterTexts.connected(label, beforeLabel));
    }

    private static Optional<List<Reply>> reply(String text) {
        return Optional.of(List.of(Reply.text(text)));
    }
}
