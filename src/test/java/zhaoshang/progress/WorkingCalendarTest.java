package zhaoshang.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zhaoshang.config.HolidayCalendar;

class WorkingCalendarTest {

    private final WorkingCalendar calendar =
            new WorkingCalendar(HolidayCalendar.load(Path.of("bot-config/holidays")));

    @Test
    void tripSummaryDueFiveWorkingDaysAfterNationalDayReturn() {
        // Oct 1–7 off, Oct 8 and 9 work, Oct 10 is a make-up Saturday, Oct 11 Sunday off.
        assertThat(calendar.nthWorkingDayAfter(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void tripSummaryDueAfterAnOrdinaryWeek() {
        // Returned Friday 2026-11-13: due the following Friday.
        assertThat(calendar.nthWorkingDayAfter(LocalDate.of(2026, 11, 13), 5)).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void tripSummaryDueAcrossSpringFestival() {
        // Returned Friday 2026-02-13: Sat 14 is worked, 15–23 off, then 24, 25, 26, 27.
        assertThat(calendar.nthWorkingDayAfter(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-01, 2026-01-30",  // Jan 31 is a Saturday
            "2026-02, 2026-02-28",  // make-up Saturday after the Spring Festival
            "2026-04, 2026-04-30",
            "2026-05, 2026-05-29",  // 30, 31 weekend
            "2026-09, 2026-09-30",
            "2026-10, 2026-10-30",  // Oct 31 is a Saturday
            "2026-12, 2026-12-31",
            "2025-09, 2025-09-30",
            "2025-05, 2025-05-30",
            "2027-07, 2027-07-30",  // no data: Monday–Friday
    })
    void lastWorkingDayOfMonth(String month, String expected) {
        assertThat(calendar.lastWorkingDayOfMonth(YearMonth.parse(month))).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void firstWorkingDayOfMonth() {
        assertThat(calendar.firstWorkingDayOfMonth(YearMonth.of(2026, 10))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.firstWorkingDayOfMonth(YearMonth.of(2026, 1))).isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void makeUpWeekendIsWorkedAndHolidayWeekdayIsNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();   // Saturday, 调休
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();   // Monday, 国庆节
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 17))).isFalse();  // ordinary Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 16))).isTrue();   // ordinary Friday
    }

    @Test
    void yearWithoutDataFallsBackToMondayToFriday() {
        // 2027-01-01 will surely be 元旦, but without a 2027.yaml the bot can only count Monday–Friday.
        assertThat(calendar.hasData(2027)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();    // Friday
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();   // Saturday
        assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1))).isEqualTo(20);
        assertThat(calendar.nthWorkingDayAfter(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void emptyCalendarIsMondayToFriday() {
        WorkingCalendar plain = new WorkingCalendar(HolidayCalendar.empty());
        assertThat(plain.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(plain.isWorkingDay(LocalDate.of(2026, 10, 10))).isFalse();
    }

    @Test
    void yearsWithoutDataForTheStartupWarning() {
        assertThat(calendar.yearsWithoutData(List.of(2027, 2026, 2024))).containsExactly(2024, 2027);
        assertThat(calendar.yearsWithoutData(List.of(2025, 2026))).isEmpty();
        assertThat(calendar.hasData(2026)).isTrue();
    }

    @Test
    void nthWorkingDayBefore() {
        assertThat(calendar.nthWorkingDayBefore(LocalDate.of(2026, 10, 8), 1)).isEqualTo(LocalDate.of(2026, 9, 30));
        // the make-up Saturday before the Spring Festival counts
        assertThat(calendar.nthWorkingDayBefore(LocalDate.of(2026, 2, 24), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        // three working days before the last working day of September 2026 (reminder before the ledger deadline)
        assertThat(calendar.nthWorkingDayBefore(calendar.lastWorkingDayOfMonth(YearMonth.of(2026, 9)), 3))
                .isEqualTo(LocalDate.of(2026, 9, 24));
    }

    @Test
    void nMustBePositive() {
        assertThatThrownBy(() -> calendar.nthWorkingDayAfter(LocalDate.of(2026, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.nthWorkingDayBefore(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysInOctober2026() {
        // 22 weekdays, minus Oct 1, 2, 5, 6, 7, plus the make-up Saturday Oct 10
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1))).isEqualTo(18);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 1))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1))).isZero();
    }

    @Test
    void workingDaysLeftCountsTodayAndTheEnd() {
        // Sep 24 Thu, (25 中秋节, 26–27 off), 28, 29, 30
        assertThat(calendar.workingDaysLeft(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 30))).isEqualTo(4);
        assertThat(calendar.workingDaysLeft(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30))).isEqualTo(1);
        assertThat(calendar.workingDaysLeft(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 30))).isZero();
    }

    @Test
    void workingDaysInTheWholeYear() {
        // 2026: 261 weekdays, 33 days off of which 14 fall on weekends -> 19 weekdays off, plus 6 make-up days
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).isEqualTo(248);
    }
}
