package zhaoshang.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import zhaoshang.config.HolidayCalendar;

/**
 * Chinese working days (工作日): Monday to Friday, except statutory days off, plus the 调休
 * weekend days that are worked. A year without holiday data falls back to plain Monday–Friday;
 * ask {@link #yearsWithoutData} to warn the admin about it (startup, /healthz).
 */
public final class WorkingCalendar {

    private final HolidayCalendar holidays;

    public WorkingCalendar(HolidayCalendar holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    public boolean isWorkingDay(LocalDate date) {
        if (holidays.isMakeUpWorkday(date)) {
            return true;
        }
        if (holidays.isHoliday(date)) {
            return false;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The n-th working day strictly after {@code date}: a trip returning 2026-09-30 has its summary
     * due on {@code nthWorkingDayAfter(2026-09-30, 5)} = 2026-10-13.
     */
    public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        return step(date, n, 1);
    }

    /** The n-th working day strictly before {@code date} (n = 1: the previous working day). */
    public LocalDate nthWorkingDayBefore(LocalDate date, int n) {
        return step(date, n, -1);
    }

    /** The last working day of the month; may be a 调休 Saturday (2026-02 → 2026-02-28). */
    public LocalDate lastWorkingDayOfMonth(YearMonth month) {
        LocalDate day = month.atEndOfMonth();
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The first working day of the month (2026-10 → 2026-10-08). */
    public LocalDate firstWorkingDayOfMonth(YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Working days in [fromInclusive, toExclusive); 0 when the range is empty or reversed. */
    public int workingDaysBetween(LocalDate fromInclusive, LocalDate toExclusive) {
        int count = 0;
        for (LocalDate d = fromInclusive; d.isBefore(toExclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Working days still ahead in a period ending {@code endInclusive}, counting today when today is
     * a working day (the day is not over yet); 0 once the end has passed.
     */
    public int workingDaysLeft(LocalDate today, LocalDate endInclusive) {
        return workingDaysBetween(today, endInclusive.plusDays(1));
    }

    public boolean hasData(int year) {
        return holidays.years().contains(year);
    }

    /**
     * Which of the given years have no holiday file, ascending; for a warning such as
     * "2027 年节假日数据缺失，按周一至周五计算工作日". Typically asked for this year and next year.
     */
    public Set<Integer> yearsWithoutData(Collection<Integer> years) {
        Set<Integer> missing = new TreeSet<>();
        for (Integer year : years) {
            if (!hasData(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    private LocalDate step(LocalDate date, int n, int direction) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate day = date;
        int found = 0;
        while (found < n) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }
}
