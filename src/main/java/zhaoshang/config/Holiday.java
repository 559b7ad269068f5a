package zhaoshang.config;

import java.time.LocalDate;
import java.util.Objects;

/** One statutory holiday break, e.g. 春节 2026-02-15 to 2026-02-23, both ends included. */
public record Holiday(String name, LocalDate from, LocalDate to) {

    public Holiday {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("holiday " + name + " ends " + to + " before it starts " + from);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
