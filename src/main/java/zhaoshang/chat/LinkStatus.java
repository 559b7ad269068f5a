package zhaoshang.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of a connection the bot opens itself (DingTalk Stream, WeCom 智能机器人 long connection), as /healthz
 * shows it: what it is doing now, since when, the last message received, how often it had to connect again and the
 * last problem (secret-free). Thread-safe.
 */
public final class LinkStatus {

    public enum State {
        /** Not started, or stopped at shutdown. */
        STOPPED,
        /** Opening (asking for a ticket, opening the socket, subscribing). */
        CONNECTING,
        /** Open and ready for messages. */
        CONNECTED,
        /** Lost; waiting to connect again. */
        RECONNECTING,
        /** The platform refused the credentials: trying again slowly; the log has one line saying what to fix. */
        REFUSED
    }

    private final String mode;
    private final Clock clock;
    private State state = State.STOPPED;
    private Instant since;
    private Instant lastMessageAt;
    private Instant connectedAt;
    private int connects;
    private String lastProblem;

    /** @param mode what the connection is, for /healthz ("stream", "websocket") */
    public LinkStatus(String mode, Clock clock) {
        this.mode = mode;
        this.clock = clock;
        this.since = clock.instant();
    }

    public synchronized void set(State next, String problem) {
        if (next != state) since = clock.instant();
        state = next;
        if (next == State.CONNECTED) {
            connects++;
            connectedAt = since;
        }
        if (problem != null) lastProblem = problem;
    }

    public synchronized void messageReceived() {
        lastMessageAt = clock.instant();
    }

    public synchronized State state() {
        return state;
    }

    /** How many times a connection was established (1 after the first; each reconnect adds one). */
    public synchronized int connects() {
        return connects;
    }

    public synchronized Instant lastMessageAt() {
        return lastMessageAt;
    }

    /** What /healthz shows. */
    public synchronized Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", mode);
        m.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
        m.put("since", since.toString());
        m.put("connectedAt", connectedAt == null ? "" : connectedAt.toString());
        m.put("lastMessageAt", lastMessageAt == null ? "" : lastMessageAt.toString());
        m.put("connections", connects);
        m.put("lastProblem", lastProblem == null ? "" : lastProblem);
        return m;
    }
}
