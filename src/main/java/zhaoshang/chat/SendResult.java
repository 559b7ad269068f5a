package zhaoshang.chat;

/** Outcome of one send attempt, as the outbox needs it to decide what to do next. */
public record SendResult(Status status, String detail) {

    public enum Status {
        /** Delivered; never send again. */
        SENT,
        /** Network error, 5xx, platform busy or rate-limited: try again later with backoff. */
        RETRY,
        /** Bad key, signature mismatch, removed webhook...: do not retry, report in /healthz. */
        PERMANENT
    }

    public static SendResult sent() { return new SendResult(Status.SENT, "ok"); }
    public static SendResult retry(String detail) { return new SendResult(Status.RETRY, detail); }
    public static SendResult permanent(String detail) { return new SendResult(Status.PERMANENT, detail); }
}
