package zhaoshang.chat;

/**
 * What a platform callback handler should answer, and the message it carried.
 *
 * <ul>
 *   <li>status 200 + message: a verified message to store in the inbox (answer 200 quickly, work after);</li>
 *   <li>status 200 without message: verified but nothing to process (an event, a URL check: {@code body} is the answer);</li>
 *   <li>status 4xx: refused; {@code reason} is a short, secret-free text for the log (never echo more to the caller).</li>
 * </ul>
 *
 * @param status  HTTP status to answer with
 * @param message the parsed message, or null
 * @param body    response body to send back (e.g. the WeCom echostr plaintext), "" when none
 * @param reason  short reason for logs; "ok" on success
 * @param sign    the sign to record with the message, in the same write as its inbox row, or null: the message is
 *                accepted only if that sign did not carry another message before (a replay is refused 401 then)
 */
public record InboundResult(int status, ChatMessage message, String body, String reason, SignClaim sign) {

    public InboundResult {
        body = body == null ? "" : body;
        reason = reason == null ? "" : reason;
    }

    public InboundResult(int status, ChatMessage message, String body, String reason) {
        this(status, message, body, reason, null);
    }

    public static InboundResult accepted(ChatMessage message) {
        return new InboundResult(200, message, "", "ok");
    }

    /** A message to store only together with its sign's record ({@link SignClaim}). */
    public static InboundResult accepted(ChatMessage message, SignClaim sign) {
        return new InboundResult(200, message, "", "ok", sign);
    }

    public static InboundResult ignored(String reason) {
        return new InboundResult(200, null, "", reason);
    }

    public static InboundResult answer(String body) {
        return new InboundResult(200, null, body, "ok");
    }

    public static InboundResult refused(int status, String reason) {
        return new InboundResult(status, null, "", reason);
    }

    public boolean ok() {
        return status == 200;
    }

    /** Largest callback body we read (both platforms); bigger bodies get 413. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
}
