package zhaoshang.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The time an evaluation covers: (from, to], exclusive start, inclusive end, with the zone of its dates. */
public record Window(Instant from, Instant to, ZoneId zone) {

    public Window {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (to.isBefore(from)) throw new IllegalArgumentException("window ends " + to + " before it starts " + from);
    }

    public boolean contains(Instant t) {
        return t.isAfter(from) && !t.isAfter(to);
    }

    /** The day the window starts on (in the zone). */
    public LocalDate fromDate() {
        return LocalDate.ofInstant(from, zone);
    }

    /** The day the window ends on: "today" for an evaluation that runs now. */
    public LocalDate toDate() {
        return LocalDate.ofInstant(to, zone);
    }
}
