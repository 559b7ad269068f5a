package zhaoshang.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One year's official arrangement as read from {@code bot-config/holidays/YYYY.yaml}:
 * the days off ({@link #holidays()}) and the weekend days that are worked instead ({@link #workdays()}).
 */
public record HolidayYear(int year, String source, List<Holiday> holidays, Set<LocalDate> workdays) {

    public HolidayYear {
        source = source == null ? "" : source;
        holidays = List.copyOf(holidays);
        workdays = Set.copyOf(workdays);
    }

    /** Number of days off, weekends inside the breaks included (2026: 33). */
    public int daysOff() {
        return holidays.stream().mapToInt(h -> (int) (h.to().toEpochDay() - h.from().toEpochDay() + 1)).sum();
    }
}
