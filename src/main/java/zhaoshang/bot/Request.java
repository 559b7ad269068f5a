package zhaoshang.bot;

import java.time.Instant;

import zhaoshang.chat.ChatMessage;
import zhaoshang.config.Conversation;
import zhaoshang.config.Member;

/**
 * A message from a known member in a known conversation, ready for the commands.
 *
 * @param text the message text with the @-mention removed, normalised spaces, trimmed
 * @param now  the bot's clock when handling started
 * @param fresh true for a message stored a moment ago and handled for the first time (a callback's, the
 *              simulator's): nothing can have been made from it yet, so the look-ups for what an earlier attempt
 *              produced are skipped; false when it may have been handled before (left over from before a restart,
 *              taken over from another instance)
 */
public record Request(ChatMessage message, long inboxId, Member member, Conversation conversation, String text,
                      Instant now, boolean fresh) {

    /** A request for a message that may have been handled before. */
    public Request(ChatMessage message, long inboxId, Member member, Conversation conversation, String text,
                   Instant now) {
        this(message, inboxId, member, conversation, text, now, false);
    }

    /** The team the conversation belongs to, or null in the coordination group. */
    public String conversationTeamId() {
        return conversation.teamId();
    }
}
