package zhaoshang.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static zhaoshang.report.ChineseDates.Resolution.NEAREST;
import static zhaoshang.report.ChineseDates.Resolution.PAST;

class ChineseDatesTest {

    /** A Sunday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026-11-18, 2026-11-18", "2026/11/18, 2026-11-18", "2026.11.18, 2026-11-18", "2026年11月18日, 2026-11-18",
            "2026年11月18号, 2026-11-18", "11月18日, 2026-11-18", "11月18号, 2026-11-18", "11月18, 2026-11-18",
            "11.18, 2026-11-18", "11/18, 2026-11-18", "18日, 2026-11-18", "今天, 2026-11-22", "今日, 2026-11-22",
            "昨天, 2026-11-21", "前天, 2026-11-20", "大前天, 2026-11-19", "明天, 2026-11-23",
            "本周二, 2026-11-17", "这周一, 2026-11-16", "上周五, 2026-11-13", "上个星期三, 2026-11-11", "下周一, 2026-11-23",
            "周二, 2026-11-17", "星期二, 2026-11-17", "礼拜天, 2026-11-22", "周日, 2026-11-22", "周六, 2026-11-21",
            "11月17日下午, 2026-11-17", "11月17日 下午3点, 2026-11-17", "今天上午10:30, 2026-11-22", "11月17日（周二）, 2026-11-17",
            "12月28日, 2025-12-28", "25日, 2026-10-25"})
    void pastResolution(String text, String expected) {
        assertThat(ChineseDates.parse(text, TODAY, PAST)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"11月24日, 2026-11-24", "12月14日, 2026-12-14", "周二, 2026-11-24", "周五, 2026-11-20",
            "11月20日, 2026-11-20", "25日, 2026-11-25", "1月3日, 2027-01-03"})
    void nearestResolution(String text, String expected) {
        assertThat(ChineseDates.parse(text, TODAY, NEAREST)).contains(LocalDate.parse(expected));
    }

    @Test
    void decemberDateTypedInJanuaryIsLastYear() {
        assertThat(ChineseDates.parse("12月28日", LocalDate.of(2027, 1, 5), PAST)).contains(LocalDate.of(2026, 12, 28));
    }

    @Test
    void leapDayWithoutYearGoesBackToTheLastLeapYear() {
        assertThat(ChineseDates.parse("2月29日", TODAY, PAST)).contains(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @CsvSource({"很多", "下下周", "1.15亿", "13月1日", "2026-13-01", "11月", "20261118", "123.45", "周八", "'11.18.5'"})
    void notDates(String text) {
        assertThat(ChineseDates.parse(text, TODAY, PAST)).isEmpty();
    }

    @Test
    void dayThatDoesNotExistIsReadButHasNoDate() {
        ChineseDates.Reading r = ChineseDates.readWhole("2月30日", TODAY, NEAREST);
        assertThat(r).isNotNull();
        assertThat(r.exists()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'11月24日-11月30日', 2026-11-24, 2026-11-30", "'11月24日至30日', 2026-11-24, 2026-11-30",
            "'11月24日~11月30日 深圳、东莞', 2026-11-24, 2026-11-30", "'11/24-11/30', 2026-11-24, 2026-11-30",
            "'11月28日-12月2日', 2026-11-28, 2026-12-02", "'11月28日至3日', 2026-11-28, 2026-12-03",
            "'2026-12-28 到 2027-01-03', 2026-12-28, 2027-01-03",
            "'下周三到周五', 2026-11-25, 2026-11-27", "'下周五至周一', 2026-11-27, 2026-11-30", "'上周一至周五', 2026-11-09, 2026-11-13"})
    void ranges(String text, String start, String end) {
        assertThat(ChineseDates.parseRange(text, TODAY, NEAREST))
                .contains(new ChineseDates.Range(LocalDate.parse(start), LocalDate.parse(end)));
    }

    @Test
    void rangeAcrossTheYearEnd() {
        assertThat(ChineseDates.parseRange("12月28日-1月3日", LocalDate.of(2026, 12, 20), NEAREST))
                .contains(new ChineseDates.Range(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3)));
    }

    /** Monday 4 January 2027: the first days of a year, where every bare weekday and day of the month is last year's. */
    private static final LocalDate NEW_YEAR_MONDAY = LocalDate.of(2027, 1, 4);

    @ParameterizedTest(name = "sent on 2027-01-04: {0} → {1}")
    @CsvSource({"周四, 2026-12-31", "周日, 2027-01-03", "上周三, 2026-12-30", "上周日, 2027-01-03", "上周末, 2027-01-02",
            "本周五, 2027-01-08", "下周一, 2027-01-11", "12月30日, 2026-12-30", "12.31, 2026-12-31", "十二月三十一日, 2026-12-31",
            "二十八号, 2026-12-28", "28号, 2026-12-28", "3号, 2027-01-03", "元月2日, 2027-01-02"})
    void pastAtTheYearStart(String text, String expected) {
        assertThat(ChineseDates.parse(text, NEW_YEAR_MONDAY, PAST)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "sent on 2026-12-28: {0} → {1}")
    @CsvSource({"1月6日, 2027-01-06", "一月六号, 2027-01-06", "元月6日, 2027-01-06", "1.6, 2027-01-06", "12月30日, 2026-12-30", "6号, 2027-01-06"})
    void nearestAtTheYearEnd(String text, String expected) {
        assertThat(ChineseDates.parse(text, LocalDate.of(2026, 12, 28), NEAREST)).contains(LocalDate.parse(expected));
    }

    @Test
    void dayOfTheMonthThatLastMonthLacksGoesBackToTheLatestMonthWithIt() {
        // sent on 1 March 2027: February has no 29th, 30th or 31st
        assertThat(ChineseDates.parse("31号", LocalDate.of(2027, 3, 1), PAST)).contains(LocalDate.of(2027, 1, 31));
        assertThat(ChineseDates.parse("29号", LocalDate.of(2027, 3, 1), PAST)).contains(LocalDate.of(2027, 1, 29));
        assertThat(ChineseDates.parse("1号", LocalDate.of(2027, 3, 1), PAST)).contains(LocalDate.of(2027, 3, 1));
        // sent on 1 December: November has no 31st
        assertThat(ChineseDates.parse("31日", LocalDate.of(2026, 12, 1), PAST)).contains(LocalDate.of(2026, 10, 31));
    }

    @Test
    void tripAcrossTheNewYearWrittenInJanuary() {
        assertThat(ChineseDates.parseRange("12月28日至1月5日", LocalDate.of(2027, 1, 6), PAST))
                .contains(new ChineseDates.Range(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5)));
        assertThat(ChineseDates.parseRange("12.28-1.5", LocalDate.of(2027, 1, 6), NEAREST))
                .contains(new ChineseDates.Range(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5)));
        assertThat(ChineseDates.parseRange("12月28日至5日", LocalDate.of(2027, 1, 6), PAST))
                .contains(new ChineseDates.Range(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5)));
    }
}
