package zhaoshang.remind;

import java.time.Duration;
import java.time.Instant;

/**
 * Timing for rules that speak about something that happened (a submission, a correction, a major intent) rather
 * than at a time of day: each event is said once, in the first evaluation after it happened.
 *
 * <p>Such rules read the events of (window.from − {@link #OVERLAP}, window.to]. An event written at the very instant
 * the previous window closed — or committed a moment after that evaluation read the ledgers — would otherwise fall
 * between two windows; the overlap finds it again and the sent-log keeps it once. Its due time is the event's time,
 * or the window's end when it happened before the window (no earlier evaluation could see it, so it is not late:
 * it is said now, at once). An event inside a long window (the bot was down) keeps its time and is marked 补发.
 */
final class Events {

    /** How far before the window events are read again. */
    static final Duration OVERLAP = Duration.ofHours(1);

    /** How long an event stays worth saying when the bot was down (then it is marked 补发). */
    static final Duration STALE_AFTER = Duration.ofDays(7);

    private Events() { }

    /** The start of the range to read events from. */
    static Instant from(Window window) {
        return window.from().minus(OVERLAP);
    }

    /** When an event that happened at {@code at} is due in this window. */
    static Instant due(Window window, Instant at) {
        return at.isAfter(window.from()) ? at : window.to();
    }

    static Instant stale(Instant at) {
        return at.plus(STALE_AFTER);
    }
}
