package zhaoshang.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The 24-hour rule for visits: a visit must be recorded by the end of the day after the visit day (24 hours
 * after the visit day ended), in the bot's zone (Asia/Shanghai). Recorded 11-19 23:59:59 for a visit on 11-18 is
 * in time; recorded 11-20 00:00 is late (逾期登记).
 */
public final class VisitDeadline {

    private VisitDeadline() { }

    /** The first instant that is late for a visit on this day: the start of the second day after it. */
    public static Instant deadline(LocalDate visitDate, ZoneId zone) {
        return visitDate.plusDays(2).atStartOfDay(zone).toInstant();
    }

    /** Whether a visit on visitDate recorded at recordedAt is 逾期登记. */
    public static boolean isLate(LocalDate visitDate, Instant recordedAt, ZoneId zone) {
        return !recordedAt.isBefore(deadline(visitDate, zone));
    }
}
