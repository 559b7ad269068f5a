package zhaoshang.chat;

/**
 * Outcome of one send attempt, as the outbox needs it to decide what to do next.
 *
 * @param warning what went less well than asked although the message went out (e.g. people named in it could not
 *                be notified because no route that can @ them is configured); shown in the log and /healthz; null
 */
public record SendResult(Status status, String detail, String warning) {

    public enum Status {
        /** Delivered; never send again. */
        SENT,
        /** Network error, 5xx, platform busy or rate-limited: try again later with backoff. */
        RETRY,
        /** Bad key, signature mismatch, removed webhook...: do not retry, report in /healthz. */
        PERMANENT
    }

    public SendResult(Status status, String detail) {
        this(status, detail, null);
    }

    public static SendResult sent() { return new SendResult(Status.SENT, "ok"); }
    public static SendResult retry(String detail) { return new SendResult(Status.RETRY, detail); }
    public static SendResult permanent(String detail) { return new SendResult(Status.PERMANENT, detail); }

    /**
     * Logs this outcome of sending {@code d} on {@code platform} to the platform's logger: what did not go at INFO, a
     * message sent only at DEBUG (the outbox records every send: status, time, routes; a line per reply at INFO was a
     * write to the log per reply).
     */
    public SendResult logged(org.slf4j.Logger log, String platform, Delivery d) {
        if (status != Status.SENT) {
            log.info("{} send outbox={} conversation={} attempt={} -> {} ({})", platform, d.id(), d.conversationId(),
                    d.attempt(), status, detail);
        } else if (log.isDebugEnabled()) {
            log.debug("{} send outbox={} conversation={} attempt={} -> {} ({})", platform, d.id(), d.conversationId(),
                    d.attempt(), status, detail);
        }
        return this;
    }

    public SendResult withWarning(String w) {
        return w == null ? this : new SendResult(status, detail, warning == null ? w : warning + "；" + w);
    }
}
