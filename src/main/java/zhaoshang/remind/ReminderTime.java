package zhaoshang.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import zhaoshang.config.Schedules;
import zhaoshang.progress.WorkingCalendar;

/**
 * When a reminder planned for a day and a time of day is actually due: quiet hours (免打扰, e.g. 21:00–08:00) move
 * it to their end, and rules that only speak on working days move it to the next working day's same time.
 */
public final class ReminderTime {

    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final LocalTime quietFrom;
    private final LocalTime quietTo;

    public ReminderTime(WorkingCalendar calendar, ZoneId zone, Schedules schedules) {
        this(calendar, zone, schedules.quietFrom(), schedules.quietTo());
    }

    public ReminderTime(WorkingCalendar calendar, ZoneId zone, LocalTime quietFrom, LocalTime quietTo) {
        this.calendar = calendar;
        this.zone = zone;
        this.quietFrom = quietFrom;
        this.quietTo = quietTo;
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The moment a reminder planned for {@code time} on {@code day} goes out. */
    public Instant at(LocalDate day, LocalTime time, boolean workingDaysOnly) {
        LocalDate d = day;
        LocalTime t = time;
        for (int guard = 0; guard < 400; guard++) {
            if (workingDaysOnly && !calendar.isWorkingDay(d)) {
                d = d.plusDays(1);
                continue;
            }
            if (quiet(t)) {
                // waits for the end of the quiet hours: later today, or tomorrow morning when they run past midnight
                if (overnight() && !t.isBefore(quietFrom)) d = d.plusDays(1);
                t = quietTo;
                continue;
            }
            return d.atTime(t).atZone(zone).toInstant();
        }
        throw new IllegalStateException("no working day within 400 days of " + day);
    }

    /** Whether a moment falls in the quiet hours. */
    public boolean quiet(Instant instant) {
        return quiet(instant.atZone(zone).toLocalTime());
    }

    public boolean quiet(LocalTime t) {
        if (quietFrom.equals(quietTo)) return false;
        if (overnight()) return !t.isBefore(quietFrom) || t.isBefore(quietTo);
        return !t.isBefore(quietFrom) && t.isBefore(quietTo);
    }

    /** 00:00 of a day, in the zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public LocalTime quietFrom() {
        return quietFrom;
    }

    public LocalTime quietTo() {
        return quietTo;
    }

    private boolean overnight() {
        return quietFrom.isAfter(quietTo);
    }
}
