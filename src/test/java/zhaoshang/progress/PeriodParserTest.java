package zhaoshang.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import zhaoshang.progress.Period.Kind;

class PeriodParserTest {

    /** A Friday in the fourth quarter. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static Period parsed(String text) {
        PeriodParse result = PeriodParser.parse(text, Kind.MONTH, TODAY);
        assertThat(result.error()).as("error for “%s”", text).isEmpty();
        return result.period().orElseThrow();
    }

    private static String error(String text) {
        PeriodParse result = PeriodParser.parse(text, Kind.MONTH, TODAY);
        assertThat(result.period()).as("period for “%s”", text).isEmpty();
        return result.error().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
            "本月, 2026年11月",
            "这个月, 2026年11月",
            "当月, 2026年11月",
            "上月, 2026年10月",
            "上个月, 2026年10月",
            "本季, 2026年第四季度",
            "本季度, 2026年第四季度",
            "这季度, 2026年第四季度",
            "上季度, 2026年第三季度",
            "本年, 2026年",
            "今年, 2026年",
            "本年度, 2026年",
            "全年, 2026年",
            "去年, 2025年",
            "11月, 2026年11月",
            "11月份, 2026年11月",
            "十一月, 2026年11月",
            "三月, 2026年3月",
            "12月, 2025年12月",
            "2026年11月, 2026年11月",
            "2025年3月, 2025年3月",
            "2026-11, 2026年11月",
            "2026.11, 2026年11月",
            "2026/9, 2026年9月",
            "2026 11月, 2026年11月",
            "去年11月, 2025年11月",
            "2026年, 2026年",
            "2025年度, 2025年",
            "2026, 2026年",
            "2026年第三季度, 2026年第三季度",
            "第三季度, 2026年第三季度",
            "三季度, 2026年第三季度",
            "第3季度, 2026年第三季度",
            "Q3, 2026年第三季度",
            "q1, 2026年第一季度",
            "2026Q3, 2026年第三季度",
            "2025-Q4, 2025年第四季度",
            "去年第四季度, 2025年第四季度",
            "上半年, 2026年上半年",
            "下半年, 2026年下半年",
            "2025年下半年, 2025年下半年",
            "11月1日-11月15日, 2026年11月1日—11月15日",
            "11月1日—11月15日, 2026年11月1日—11月15日",
            "11月1日至15日, 2026年11月1日—11月15日",
            "11月1号到11月15号, 2026年11月1日—11月15日",
            "2026-11-01至2026-11-15, 2026年11月1日—11月15日",
            "2025-11-01至2025-11-15, 2025年11月1日—11月15日",
            "11月5日, 2026年11月5日",
            "11.1-11.15, 2026年11月1日—11月15日",
            "11/1-11/15, 2026年11月1日—11月15日",
            "2026.11.5, 2026年11月5日",
            "2026年 11月, 2026年11月",
            "2026 年 第 3 季度, 2026年第三季度",
            "2026年Q3, 2026年第三季度",
            "今年3月, 2026年3月",
            "十二月份, 2025年12月",
            "上一个月, 2026年10月",
            "上个季度, 2026年第三季度",
            "2026年11月1日至2026年11月15日, 2026年11月1日—11月15日",
            "11月1日——11月15日, 2026年11月1日—11月15日",
    })
    void readsPeriods(String text, String label) {
        assertThat(parsed(text).label()).isEqualTo(label);
    }

    @Test
    void emptyTextIsTheDefaultPeriodContainingToday() {
        assertThat(PeriodParser.parse("", Kind.MONTH, TODAY).period()).contains(Period.month(YearMonth.of(2026, 11)));
        assertThat(PeriodParser.parse("  ", Kind.QUARTER, TODAY).period()).contains(Period.quarter(2026, 4));
        assertThat(PeriodParser.parse(null, Kind.YEAR, TODAY).period()).contains(Period.year(2026));
    }

    @Test
    void kindsAndBoundsOfParsedPeriods() {
        assertThat(parsed("第四季度")).isEqualTo(Period.quarter(2026, 4));
        assertThat(parsed("11月")).isEqualTo(Period.month(YearMonth.of(2026, 11)));
        assertThat(parsed("上半年").kind()).isEqualTo(Kind.CUSTOM);
        assertThat(parsed("上半年").start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(parsed("上半年").endInclusive()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(parsed("下半年").start()).isEqualTo(LocalDate.of(2026, 7, 1));
        Period range = parsed("11月1日-11月15日");
        assertThat(range.kind()).isEqualTo(Kind.CUSTOM);
        assertThat(range.start()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(range.endInclusive()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(range.totalDays()).isEqualTo(15);
    }

    @Test
    void relativePeriodsCrossTheYearInJanuary() {
        LocalDate january = LocalDate.of(2026, 1, 10);
        assertThat(PeriodParser.parse("上月", Kind.MONTH, january).period()).contains(Period.month(YearMonth.of(2025, 12)));
        assertThat(PeriodParser.parse("上季度", Kind.MONTH, january).period()).contains(Period.quarter(2025, 4));
        assertThat(PeriodParser.parse("去年", Kind.MONTH, january).period()).contains(Period.year(2025));
    }

    @Test
    void periodWithoutYearIsTheLatestThatHasBegun() {
        LocalDate march = LocalDate.of(2026, 3, 5);
        assertThat(PeriodParser.parse("12月", Kind.MONTH, march).period()).contains(Period.month(YearMonth.of(2025, 12)));
        assertThat(PeriodParser.parse("3月", Kind.MONTH, march).period()).contains(Period.month(YearMonth.of(2026, 3)));
        assertThat(PeriodParser.parse("4月", Kind.MONTH, march).period()).contains(Period.month(YearMonth.of(2025, 4)));
        assertThat(PeriodParser.parse("第二季度", Kind.MONTH, march).period()).contains(Period.quarter(2025, 2));
        assertThat(PeriodParser.parse("第一季度", Kind.MONTH, march).period()).contains(Period.quarter(2026, 1));
        assertThat(PeriodParser.parse("下半年", Kind.MONTH, march).period().orElseThrow().label()).isEqualTo("2025年下半年");
        assertThat(PeriodParser.parse("上半年", Kind.MONTH, march).period().orElseThrow().label()).isEqualTo("2026年上半年");
        assertThat(PeriodParser.parse("5月1日", Kind.MONTH, march).period().orElseThrow().label()).isEqualTo("2025年5月1日");
        assertThat(PeriodParser.parse("5月1日-5月3日", Kind.MONTH, march).period().orElseThrow().label())
                .isEqualTo("2025年5月1日—5月3日");
        assertThat(PeriodParser.parse("3月1日-3月31日", Kind.MONTH, march).period().orElseThrow().label())
                .as("begun, still running").isEqualTo("2026年3月1日—3月31日");
    }

    /** On 2027-01-01 00:05 and on 2027-01-04 every period named without a year is in 2026 (or the new year's first days). */
    @ParameterizedTest
    @CsvSource({
            "2027-01-01, 12月, 2026年12月",
            "2027-01-04, 12月, 2026年12月",
            "2027-01-04, 11月, 2026年11月",
            "2027-01-04, 十二月, 2026年12月",
            "2027-01-04, 1月, 2027年1月",
            "2027-01-01, 1月, 2027年1月",
            "2027-01-04, 第四季度, 2026年第四季度",
            "2027-01-04, Q4, 2026年第四季度",
            "2027-01-04, 第一季度, 2027年第一季度",
            "2027-01-04, 下半年, 2026年下半年",
            "2027-01-04, 上半年, 2027年上半年",
            "2027-01-04, 上月, 2026年12月",
            "2027-01-04, 上季度, 2026年第四季度",
            "2027-01-04, 去年, 2026年",
            "2027-01-04, 本年, 2027年",
            "2027-01-04, 12月31日, 2026年12月31日",
            "2027-01-04, 12月20日-1月3日, 2026年12月20日—2027年1月3日",
            "2027-01-04, 12.1-12.31, 2026年12月1日—12月31日",
            "2027-01-04, 2026年12月, 2026年12月",
            "2026-12-01, 12月, 2026年12月",
            "2026-12-01, 本月, 2026年12月",
            "2026-12-01, 上月, 2026年11月",
            "2026-11-30, 12月, 2025年12月",
            "2026-10-01, 第四季度, 2026年第四季度",
            "2026-09-30, 第四季度, 2025年第四季度",
            "2026-07-01, 下半年, 2026年下半年",
            "2026-06-30, 下半年, 2025年下半年",
    })
    void acrossTheYearAndOnTheFirstOfAMonth(LocalDate today, String text, String label) {
        PeriodParse result = PeriodParser.parse(text, Kind.MONTH, today);
        assertThat(result.error()).as("error for “%s” on %s", text, today).isEmpty();
        assertThat(result.period().orElseThrow().label()).isEqualTo(label);
        assertThat(result.period().orElseThrow().begun(today)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "2027年12月, “2027年12月”还没有开始, 例如“2026年12月”",
            "今年12月, “今年12月”（2027年12月）还没有开始, 例如“2026年12月”",
            "2027年第四季度, “2027年第四季度”还没有开始, 例如“2026年第四季度”",
            "2027年下半年, “2027年下半年”还没有开始, 例如“2026年下半年”",
            "明年, “明年”（2028年）还没有开始, 例如“2027年”",
            "2028年, “2028年”还没有开始, 例如“2027年”",
            "2027年3月1日, “2027年3月1日”还没有开始, 例如“2026年3月1日”",
    })
    void aFuturePeriodNamedWithItsYearIsRefused(String text, String start, String suggestion) {
        LocalDate today = LocalDate.of(2027, 1, 4);
        String error = PeriodParser.parse(text, Kind.MONTH, today).error().orElseThrow();
        assertThat(error).startsWith(start).contains("今天是2027年1月4日").contains(suggestion);
    }

    @Test
    void rangeOverNewYear() {
        LocalDate january = LocalDate.of(2026, 1, 10);
        Period range = PeriodParser.parse("12月20日-1月5日", Kind.MONTH, january).period().orElseThrow();
        assertThat(range.start()).isEqualTo(LocalDate.of(2025, 12, 20));
        assertThat(range.endInclusive()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(range.label()).isEqualTo("2025年12月20日—2026年1月5日");
    }

    @Test
    void rangeOverNewYearAskedInDecember() {
        LocalDate december = LocalDate.of(2026, 12, 25);
        Period range = PeriodParser.parse("12月20日-1月5日", Kind.MONTH, december).period().orElseThrow();
        assertThat(range.start()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(range.endInclusive()).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void leapDay() {
        LocalDate in2028 = LocalDate.of(2028, 3, 1);
        assertThat(PeriodParser.parse("2月29日", Kind.MONTH, in2028).period().orElseThrow().start())
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(PeriodParser.parse("2月", Kind.MONTH, in2028).period().orElseThrow().endInclusive())
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(PeriodParser.parse("2月29日", Kind.MONTH, TODAY).error().orElseThrow())
                .isEqualTo("“2月29日”不是有效的日期，请检查月份和日子");
    }

    @Test
    void fullWidthDigitsAndLetters() {
        assertThat(parsed("１１月").label()).isEqualTo("2026年11月");
        assertThat(parsed("２０２６年第３季度").label()).isEqualTo("2026年第三季度");
        assertThat(parsed("Ｑ４").label()).isEqualTo("2026年第四季度");
        assertThat(parsed("１１月１日－１１月１５日").label()).isEqualTo("2026年11月1日—11月15日");
    }

    @Test
    void invalidMonth() {
        assertThat(error("13月")).isEqualTo("“13月”不是有效的月份，请写 1月—12月，例如“11月”或“2026年11月”");
        assertThat(error("十三月")).startsWith("“十三月”不是有效的月份");
        assertThat(error("2026-13")).startsWith("“2026-13”不是有效的月份");
        assertThat(error("0月")).startsWith("“0月”不是有效的月份");
    }

    @Test
    void invalidQuarter() {
        assertThat(error("第五季度")).isEqualTo("“第五季度”不存在，季度只有第一至第四季度");
        assertThat(error("Q5")).isEqualTo("“Q5”不存在，季度只有第一至第四季度");
    }

    @Test
    void invalidDates() {
        assertThat(error("2月30日")).isEqualTo("“2月30日”不是有效的日期，请检查月份和日子");
        assertThat(error("11月15日-11月32日")).contains("不是有效的日期");
        assertThat(error("2026-11-15至2026-11-01")).contains("结束日期早于开始日期");
    }

    @Test
    void invalidYear() {
        assertThat(error("3026年")).contains("年份不对");
    }

    @ParameterizedTest
    @ValueSource(strings = {"明天", "本周", "abc", "11月 1组", "上月 本月"})
    void unreadableTextGetsAHint(String text) {
        assertThat(error(text)).startsWith("看不懂时间范围“" + text + "”").contains("2026年11月");
    }

    @Test
    void findTakesThePeriodOutOfTheText() {
        PeriodParse result = PeriodParser.find("第二工作组 10月", Kind.MONTH, TODAY);
        assertThat(result.period()).contains(Period.month(YearMonth.of(2026, 10)));
        assertThat(result.rest()).isEqualTo("第二工作组");
    }

    @Test
    void findWithThePeriodFirst() {
        PeriodParse result = PeriodParser.find("本季度 第三工作组", Kind.MONTH, TODAY);
        assertThat(result.period()).contains(Period.quarter(2026, 4));
        assertThat(result.rest()).isEqualTo("第三工作组");
    }

    @Test
    void findWithoutAPeriodUsesTheDefault() {
        PeriodParse result = PeriodParser.find("第二工作组", Kind.MONTH, TODAY);
        assertThat(result.period()).contains(Period.month(YearMonth.of(2026, 11)));
        assertThat(result.rest()).isEqualTo("第二工作组");
    }

    @Test
    void findWithATeamNumberedInDigits() {
        PeriodParse result = PeriodParser.find("2组 2026年10月", Kind.MONTH, TODAY);
        assertThat(result.period()).contains(Period.month(YearMonth.of(2026, 10)));
        assertThat(result.rest()).isEqualTo("2组");
    }

    @Test
    void findReportsAnInvalidPeriod() {
        PeriodParse result = PeriodParser.find("第二工作组 13月", Kind.MONTH, TODAY);
        assertThat(result.error()).contains("“13月”不是有效的月份，请写 1月—12月，例如“11月”或“2026年11月”");
        assertThat(result.rest()).isEqualTo("第二工作组");
    }

    @Test
    void findRefusesTwoPeriods() {
        PeriodParse result = PeriodParser.find("10月 11月", Kind.MONTH, TODAY);
        assertThat(result.error()).contains("一句话里只能写一个时间范围，这里有“10月”和“11月”");
    }

    @Test
    void findLeavesRecordNumbersAlone() {
        PeriodParse result = PeriodParser.find("#V-2026 本月", Kind.MONTH, TODAY);
        assertThat(result.period()).contains(Period.month(YearMonth.of(2026, 11)));
        assertThat(result.rest()).isEqualTo("#V-2026");
    }
}
