package zhaoshang.chat;

import java.time.Duration;

/** Waits between reconnects: doubles from {@code first} up to {@code max}; {@link #reset()} after a good connection. */
public final class Backoff {

    public static final Duration FIRST = Duration.ofSeconds(1);
    public static final Duration MAX = Duration.ofSeconds(60);

    private final Duration first;
    private final Duration max;
    private Duration next;

    public Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
        this.next = first;
    }

    /** The wait before the next attempt; the one after is twice as long, up to the maximum. */
    public synchronized Duration next() {
        Duration d = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return d;
    }

    public synchronized void reset() {
        next = first;
    }
}
