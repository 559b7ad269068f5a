package zhaoshang.ledger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants as fixed-width ISO-8601 UTC text (2026-11-18T02:03:04.000000Z), so that text order is time order.
 * Stored to the microsecond.
 */
final class UtcText {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private UtcText() { }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
