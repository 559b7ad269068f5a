package zhaoshang.chat.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bot's clock: the system clock plus an offset that the simulator can move forward (never back),
 * so a demo or a test can walk through a month. Every component gets this clock.
 */
public final class SimulatorClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    public SimulatorClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO), base.getZone());
    }

    private SimulatorClock(Clock base, AtomicReference<Duration> offset, ZoneId zone) {
        this.base = base;
        this.offset = offset;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SimulatorClock(base, offset, zone);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    /** Moves the clock to {@code target}; refuses (returns false) when that is in the past. */
    public synchronized boolean moveTo(Instant target) {
        Instant now = instant();
        if (target.isBefore(now)) return false;
        offset.set(offset.get().plus(Duration.between(now, target)));
        return true;
    }
}
