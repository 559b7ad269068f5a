package zhaoshang.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A reporting period: whole days from {@code start} through {@code endInclusive}, with the label
 * people see ("2026年11月", "2026年第四季度", "2026年", "11月1日—11月15日").
 * As instants it is half-open: [start 00:00, the day after the end 00:00) in the given zone.
 */
public record Period(Kind kind, LocalDate start, LocalDate endInclusive, String label) {

    public enum Kind { MONTH, QUARTER, YEAR, CUSTOM }

    private static final String[] QUARTER_NAMES = {"一", "二", "三", "四"};

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endInclusive, "endInclusive");
        Objects.requireNonNull(label, "label");
        if (endInclusive.isBefore(start)) {
            throw new IllegalArgumentException("period ends " + endInclusive + " before it starts " + start);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth(),
                month.getYear() + "年" + month.getMonthValue() + "月");
    }

    /** Quarter 1–4 of the year; Q4 is Oct 1 – Dec 31. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4, was " + quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new Period(Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth(),
                year + "年第" + QUARTER_NAMES[quarter - 1] + "季度");
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year + "年");
    }

    /**
     * A custom range labelled with its year, as answers state their period in words: "2026年11月1日—11月15日" (both in
     * one year) or "2025年12月20日—2026年1月5日"; a single day is labelled "2026年11月5日".
     */
    public static Period custom(LocalDate start, LocalDate endInclusive) {
        return custom(start, endInclusive, defaultCustomLabel(start, endInclusive, true));
    }

    public static Period custom(LocalDate start, LocalDate endInclusive, String label) {
        return new Period(Kind.CUSTOM, start, endInclusive, label);
    }

    /** The month, quarter or year that contains the date. */
    public static Period containing(Kind kind, LocalDate date) {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(date));
            case QUARTER -> quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case YEAR -> year(date.getYear());
            case CUSTOM -> throw new IllegalArgumentException("a custom period has no natural boundaries");
        };
    }

    /** The month, quarter or year just before this one (上月, 上季度, 去年). */
    public Period previous() {
        if (kind == Kind.CUSTOM) {
            throw new IllegalArgumentException("a custom period has no previous period");
        }
        return containing(kind, start.minusDays(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(endInclusive);
    }

    /** Whether the period has begun on {@code today} (it may still be running). */
    public boolean begun(LocalDate today) {
        return !start.isAfter(today);
    }

    /** Whether the period is over before {@code today}. */
    public boolean over(LocalDate today) {
        return endInclusive.isBefore(today);
    }

    /** Whether the moment falls in [start 00:00, day after end 00:00) in the zone. */
    public boolean contains(Instant instant, ZoneId zone) {
        return !instant.isBefore(startInstant(zone)) && instant.isBefore(endExclusiveInstant(zone));
    }

    public int totalDays() {
        return (int) ChronoUnit.DAYS.between(start, endInclusive) + 1;
    }

    /** Days from the start through today, 0 before the period and {@link #totalDays()} after it. */
    public int elapsedDays(LocalDate today) {
        if (today.isBefore(start)) {
            return 0;
        }
        if (today.isAfter(endInclusive)) {
            return totalDays();
        }
        return (int) ChronoUnit.DAYS.between(start, today) + 1;
    }

    /** Calendar days still ahead after today: {@code totalDays() - elapsedDays(today)}. */
    public int remainingDays(LocalDate today) {
        return totalDays() - elapsedDays(today);
    }

    public Instant startInstant(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    public Instant endExclusiveInstant(ZoneId zone) {
        return endInclusive.plusDays(1).atStartOfDay(zone).toInstant();
    }

    static String defaultCustomLabel(LocalDate start, LocalDate end, boolean withYear) {
        boolean sameYear = start.getYear() == end.getYear();
        String from = (withYear || !sameYear ? start.getYear() + "年" : "") + monthDay(start);
        if (start.equals(end)) {
            return from;
        }
        String to = (sameYear ? "" : end.getYear() + "年") + monthDay(end);
        return from + "—" + to;
    }

    private static String monthDay(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
