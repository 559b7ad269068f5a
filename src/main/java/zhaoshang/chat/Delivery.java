package zhaoshang.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * @param progress       how far this message already got (kept with the outbox row, so a restart continues)
 */
public record Delivery(long id, String platform, String conversationId, Reply reply,
                       Map<String, String> replyContext, String downloadUrl, int attempt, Instant now,
                       Progress progress) {

    public Delivery {
        replyContext = replyContext == null ? Map.of() : Map.copyOf(replyContext);
        progress = progress == null ? new Progress.InMemory() : progress;
    }

    /** A delivery whose progress lives only in memory (tests, one-off sends). */
    public Delivery(long id, String platform, String conversationId, Reply reply, Map<String, String> replyContext,
                    String downloadUrl, int attempt, Instant now) {
        this(id, platform, conversationId, reply, replyContext, downloadUrl, attempt, now, null);
    }

    /**
     * How far a message got: the units of its body already delivered (a message split into parts is continued
     * from there, also on another route) and the routes it used. The outbox keeps it with the row.
     */
    public interface Progress {

        /** Units of the message already delivered. */
        int unitsSent();

        /** Routes this message already used (route keys, e.g. "wecom.aibot", "dingtalk.notice"). */
        List<String> routes();

        /** Routes the other answers to the same inbound message used (a response_url is good for one call). */
        List<String> threadRoutes();

        /** Records, durably, that the units before {@code unitsSent} are delivered and {@code route} was used. */
        void sent(int unitsSent, String route);

        /** Progress kept in this object only. */
        final class InMemory implements Progress {
            private int units;
            private final List<String> routes = new ArrayList<>();
            private final List<String> thread;

            public InMemory() {
                this(List.of());
            }

            public InMemory(List<String> threadRoutes) {
                this(0, List.of(), threadRoutes);
            }

            /** Progress that starts where a stored message got to. */
            public InMemory(int unitsSent, List<String> routes, List<String> threadRoutes) {
                this.units = unitsSent;
                this.routes.addAll(routes);
                this.thread = List.copyOf(threadRoutes);
            }

            @Override
            public synchronized int unitsSent() {
                return units;
            }

            @Override
            public synchronized List<String> routes() {
                return List.copyOf(routes);
            }

            @Override
            public List<String> threadRoutes() {
                return thread;
            }

            @Override
            public synchronized void sent(int unitsSent, String route) {
                units = Math.max(units, unitsSent);
                if (route != null && !routes.contains(route)) routes.add(route);
            }
        }
    }
}
