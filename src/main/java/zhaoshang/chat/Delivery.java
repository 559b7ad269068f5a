package zhaoshang.chat;

import java.time.Instant;
import java.util.Map;

/**
 * One persisted outbound message handed to a platform for sending.
 *
 * @param id             outbox row id (stable across retries; platforms may use it as an idempotency hint)
 * @param platform       target platform
 * @param conversationId target conversation
 * @param reply          what to send
 * @param replyContext   the inbound message's reply context when this answers one (else empty)
 * @param downloadUrl    an expiring public URL of the file for FILE/IMAGE replies when the bot has one (may be null)
 * @param attempt        1 for the first try
 */
public record Delivery(long id, String platform, String conversationId, Reply reply,
                       Map<String, String> replyContext, String downloadUrl, int attempt, Instant now) {
    public Delivery {
        replyContext = replyContext == null ? Map.of() : Map.copyOf(replyContext);
    }
}
