package zhaoshang.bot.commands;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import zhaoshang.bot.Strangers;
import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.Mention;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Conversation;
import zhaoshang.config.Member;
import zhaoshang.config.Role;
import zhaoshang.outbox.Outbox;
import zhaoshang.roster.JoinRequest;
import zhaoshang.roster.Roster;

/**
 * Someone unknown, or a group unknown: in a team's group an unknown sender is answered once that the 组长 has been
 * asked, and the 组长 (in that group) and 投资促进部 (in the coordination group) get a request naming the person; a
 * further message while the request waits (or after it was refused) is stored and not answered. In a group the bot
 * does not know, 投资促进部 can connect it ({@link ConnectCommand}); anything else there is answered with how to.
 */
public final class Newcomers implements Strangers {

    /** A display name is kept to this many characters (it is shown in the group and stored as the member's name). */
    static final int MAX_NAME_CHARS = 32;

    private final Roster roster;
    private final Outbox outbox;
    private final ConnectCommand connect;

    public Newcomers(Roster roster, Outbox outbox) {
        this.roster = roster;
        this.outbox = outbox;
        this.connect = new ConnectCommand(roster);
    }

    @Override
    public List<Reply> unknownSender(ChatMessage message, Optional<Conversation> conversation, long inboxId) {
        BotConfig cfg = roster.current();
        if (conversation.isEmpty()) return List.of(Reply.text(RosterTexts.howToConnect(admins(cfg))));
        String nick = message.senderName().strip();
        if (nick.length() > MAX_NAME_CHARS) nick = nick.substring(0, MAX_NAME_CHARS);
        String name = nick.isBlank() ? "新成员（" + tail(message.senderId()) + "）" : nick;
        if (conversation.get().teamId() == null) {
            return List.of(Reply.text(RosterTexts.unknownInCoordination(message.senderName())));
        }
        Optional<JoinRequest> latest = roster.latestRequest(message.platform(), message.senderId());
        if (latest.isPresent() && latest.get().status() != JoinRequest.Status.APPROVED) return List.of();
        String teamId = conversation.get().teamId();
        String team = RosterPeople.teamName(cfg, teamId);
        JoinRequest request = roster.requestJoin(new Roster.Person(message.platform(), message.senderId(), name),
                message.conversationId(), teamId, inboxId);
        List<Mention> leaders = cfg.membersOf(teamId).stream().filter(m -> m.role() == Role.LEADER).map(Mention::of)
                .toList();
        Reply here = Reply.message(RosterTexts.JOIN_TITLE)
                .line(RosterTexts.joinAsked(name, team, !leaders.isEmpty()))
                .line(RosterTexts.joinRequest(name, team, request.number()))
                .mentions(leaders).build();
        List<Mention> admins = cfg.admins().stream().map(Mention::of).toList();
        Reply coordination = Reply.message(RosterTexts.JOIN_TITLE)
                .line(RosterTexts.joinRequest(name, team, request.number())).mentions(admins).build();
        for (Conversation c : cfg.conversationsOf(null)) {
            outbox.enqueue(c.platform(), c.id(), null, List.of(coordination), Map.of());
        }
        return List.of(here);
    }

    @Override
    public List<Reply> unknownConversation(ChatMessage message, Member member, String text, long inboxId) {
        return connect.connect(message, member, text, inboxId)
                .orElseGet(() -> List.of(Reply.text(RosterTexts.howToConnect(admins(roster.current())))));
    }

    private static String admins(BotConfig cfg) {
        List<Member> admins = cfg.admins();
        return admins.isEmpty() ? "投资促进部" : "投资促进部（" + admins.stream().map(Member::name)
                .collect(Collectors.joining("、")) + "）";
    }

    private static String tail(String id) {
        return id.length() <= 4 ? id : "…" + id.substring(id.length() - 4);
    }
}
