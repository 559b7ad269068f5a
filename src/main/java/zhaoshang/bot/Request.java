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
 */
public record Request(ChatMessage message, long inboxId, Member member, Conversation conversation, String text,
                      Instant now) {

    /** The team the conversation belongs to, or null in the coordination group. */
    public String conversationTeamId() {
        return conversation.teamId();
    }
}
