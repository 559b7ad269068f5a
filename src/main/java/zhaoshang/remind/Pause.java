package zhaoshang.remind;

import java.time.LocalDate;

/** A member's leave (请假): no reminders @ them on these days. */
public record Pause(long id, String memberId, LocalDate from, LocalDate to) {
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
