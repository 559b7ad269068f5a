package zhaoshang.bot;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Conversation;
import zhaoshang.config.Member;

/**
 * Who is speaking, where, and which command answers. Commands are tried in order; the first that takes the
 * message answers. Anything no command takes gets a polite pointer to 帮助.
 */
public final class Bot {

    private final BotConfig config;
    private final Clock clock;
    private final List<Command> commands;
    private final Strangers strangers;

    public Bot(BotConfig config, Clock clock, List<Command> commands) {
        this(config, clock, commands, null);
    }

    /** @param strangers answers to unknown senders and groups; null for a pointer to 投资促进部 */
    public Bot(BotConfig config, Clock clock, List<Command> commands, Strangers strangers) {
        this.config = config;
        this.clock = clock;
        this.commands = List.copyOf(commands);
        this.strangers = strangers != null ? strangers : new Strangers() {
            @Override
            public List<Reply> unknownSender(ChatMessage message, Optional<Conversation> conversation, long inboxId) {
                return List.of(Reply.text(BotTexts.unknownSender(message.senderName(), message.senderId(), admins())));
            }

            @Override
            public List<Reply> unknownConversation(ChatMessage message, Member member, String text, long inboxId) {
                return List.of(Reply.text(BotTexts.unknownConversation(message.conversationId(), admins())));
            }
        };
    }

    public List<Command> commands() {
        return commands;
    }

    public List<Reply> handle(ChatMessage message, long inboxId) {
        return handle(message, inboxId, false);
    }

    /** @param fresh see {@link Request#fresh()} */
    public List<Reply> handle(ChatMessage message, long inboxId, boolean fresh) {
        Optional<Conversation> conversation = config.conversation(message.platform(), message.conversationId());
        Optional<Member> member = config.memberByPlatformId(message.platform(), message.senderId());
        if (member.isEmpty()) {
            return strangers.unknownSender(message, conversation, inboxId);
        }
        if (conversation.isEmpty()) {
            return strangers.unknownConversation(message, member.get(), MessageText.normalize(message.text()), inboxId);
        }
        String msgType = message.replyContext().get("msgtype");
        if (msgType != null && !msgType.equals("text")) {
            return List.of(Reply.text(BotTexts.TEXT_ONLY));
        }
        String text = MessageText.normalize(message.text());
        if (text.isEmpty()) {
            return List.of(Reply.text(BotTexts.EMPTY));
        }
        Request request = new Request(message, inboxId, member.get(), conversation.get(), text, clock.instant(),
                fresh);
        for (Command c : commands) {
            Optional<List<Reply>> replies = c.handle(request);
            if (replies.isPresent()) return replies.get();
        }
        return List.of(Reply.text(BotTexts.unknownCommand(text)));
    }

    private String admins() {
        List<Member> admins = config.admins();
        return admins.isEmpty() ? "投资促进部" : "投资促进部（" + admins.stream().map(Member::name)
                .collect(Collectors.joining("、")) + "）";
    }
}
