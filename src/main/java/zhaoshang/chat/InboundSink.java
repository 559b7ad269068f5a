package zhaoshang.chat;

/**
 * Where a connection the bot opened itself hands a verified message: stored in the inbox (once per platform msgId)
 * and queued for handling when this returns. Throws when the message could not be stored, so the frame is not
 * acknowledged as taken.
 */
@FunctionalInterface
public interface InboundSink {
    void take(ChatMessage message);
}
