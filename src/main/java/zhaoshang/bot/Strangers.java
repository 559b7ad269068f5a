package zhaoshang.bot;

import java.util.List;
import java.util.Optional;

import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.Reply;
import zhaoshang.config.Conversation;
import zhaoshang.config.Member;

/**
 * What the bot says to someone it does not know, and in a group it does not know. The raw message is stored
 * before either is asked (as always). The default only points to 投资促进部; the roster's answers (a join request,
 * connecting a group by chat) are in bot.commands.Newcomers.
 */
public interface Strangers {

    /** Someone not on the roster wrote in a group ({@code conversation} empty when the group is not known either). */
    List<Reply> unknownSender(ChatMessage message, Optional<Conversation> conversation, long inboxId);

    /** A member wrote in a group the bot does not know; {@code text} is the normalised message text. */
    List<Reply> unknownConversation(ChatMessage message, Member member, String text, long inboxId);
}
