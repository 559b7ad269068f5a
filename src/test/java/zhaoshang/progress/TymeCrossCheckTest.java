package zhaoshang.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.tyme.holiday.LegalHoliday;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zhaoshang.config.HolidayCalendar;

/**
 * The shipped bot-config/holidays files against tyme4j (test scope only), which carries the State
 * Council notices: every day of the year must agree on working / not working, and every day off
 * on the holiday's name.
 */
class TymeCrossCheckTest {

    private final HolidayCalendar holidays = HolidayCalendar.load(Path.of("bot-config/holidays"));
    private final WorkingCalendar calendar = new WorkingCalendar(holidays);

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void everyDayAgreesWithTyme(int year) {
        SoftAssertions softly = new SoftAssertions();
        int daysOff = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            LegalHoliday tyme = LegalHoliday.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean tymeWorking = tyme == null ? !weekend : tyme.isWork();
            softly.assertThat(calendar.isWorkingDay(d)).as("working day %s", d).isEqualTo(tymeWorking);
            softly.assertThat(holidays.isMakeUpWorkday(d)).as("make-up day %s", d)
                    .isEqualTo(tyme != null && tyme.isWork());
            if (tyme != null && !tyme.isWork()) {
                daysOff++;
                softly.assertThat(holidays.holidayName(d).map(TymeCrossCheckTest::loose))
                        .as("holiday name %s", d).contains(loose(tyme.getName()));
            } else {
                softly.assertThat(holidays.holidayName(d)).as("holiday name %s", d).isEmpty();
            }
        }
        softly.assertThat(daysOff).as("tyme days off").isEqualTo(holidays.year(year).orElseThrow().daysOff());
        softly.assertAll();
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void tymeHasNoDataWeDoNotHave(int year) {
        // guard against tyme's answer being "no data" for the whole year, which would make the check vacuous
        assertThat(LegalHoliday.fromYmd(year, 10, 1)).isNotNull();
    }

    /** "国庆节、中秋节" and tyme's "国庆中秋" are the same holiday. */
    private static String loose(String name) {
        return name.replace("节", "").replace("、", "");
    }
}
