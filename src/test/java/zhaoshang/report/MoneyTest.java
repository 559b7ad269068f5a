package zhaoshang.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @ParameterizedTest(name = "{0} → {1} 元")
    @CsvSource(delimiter = '|', value = {
            "5亿元|500000000", "1.15亿|115000000", "3000万元|30000000", "8000万|80000000", "12000万元|120000000",
            "2.3亿|230000000", "50,000万|500000000", "5000万元人民币|50000000", "一点五亿|150000000", "2亿元|200000000",
            "6.2亿元|620000000", "8000000元|8000000", "1亿5000万|150000000", "1亿5000|150000000", "两千五百万|25000000",
            "十五亿|1500000000", "三千万元|30000000", "1.5个亿|150000000", "约2亿|200000000", "2亿左右|200000000",
            "人民币3000万元|30000000", "￥500万|5000000", "0.5万元|5000", "3万5|35000", "1 000万|10000000",
            "1.23456789亿|123456789", "3千万|30000000", "一亿五千万|150000000", "两亿五|250000000", "一亿二|120000000", "三千五百万|35000000", "总投资1.15亿|115000000", "12.345元|12"})
    void readsExactYuan(String text, long yuan) {
        assertThat(Money.read(text).yuan()).isEqualTo(yuan);
    }

    @ParameterizedTest
    @CsvSource({"很多", "不少", "亿", "万元", "1.2.3亿", "5万1亿", "..亿", "一些钱"})
    void notANumber(String text) {
        assertThat(Money.read(text).failure()).isEqualTo(Money.Failure.NOT_A_NUMBER);
    }

    @ParameterizedTest
    @CsvSource({"一个多亿", "3亿多元", "3000多万", "2亿余元", "十几亿", "几千万", "数亿元", "上亿", "两三个亿", "四五千万", "三到五个亿",
            "3-5亿", "3亿至5亿元", "五千万到一个亿", "五千万至1亿元"})
    void vagueAmountIsNoAmount(String text) {
        assertThat(Money.read(text).failure()).isEqualTo(Money.Failure.VAGUE);
    }

    @ParameterizedTest(name = "{0} → {1} 元")
    @CsvSource(delimiter = '|', value = {"10亿元以上|1000000000", "十个亿以上|1000000000", "超10亿元|1000000000", "大概四个亿|400000000",
            "一点二亿|120000000", "两点五亿|250000000", "八千万|80000000", "二十亿|2000000000", "一千二百万|12000000", "三十四亿|3400000000"})
    void spokenAndBoundedAmountsAreRead(String text, long yuan) {
        assertThat(Money.read(text).yuan()).isEqualTo(yuan);
    }

    @ParameterizedTest(name = "{0} → {1} 元")
    @CsvSource(delimiter = '|', value = {"4e|400000000", "2.5E|250000000", "12e左右|1200000000", "6kw|60000000", "1.5KW|15000000",
            "9000w|90000000", "约7e|700000000"})
    void unitsTypedInLettersAreRead(String text, long yuan) {
        assertThat(Money.read(text).yuan()).isEqualTo(yuan);
    }

    @ParameterizedTest
    @CsvSource({"1e16", "3kW", "5kwh", "Mate16e"})
    void lettersThatAreNoUnitAreNoAmount(String text) {
        assertThat(Money.read(text).ok()).isFalse();
    }

    @Test
    void figureReadWithWhatFollowsIt() {
        assertThat(Money.readInContext("3亿", "多元，落户潞州区").failure()).isEqualTo(Money.Failure.VAGUE);
        assertThat(Money.readInContext("2亿", "美元").failure()).isEqualTo(Money.Failure.FOREIGN_CURRENCY);
        assertThat(Money.readInContext("3亿", "港元（约合人民币2.75亿元），落户高新区").yuan()).isEqualTo(275_000_000L);
        assertThat(Money.readInContext("2亿", "美元。另有配套资金人民币5000万元").failure())
                .isEqualTo(Money.Failure.FOREIGN_CURRENCY);
        assertThat(Money.readInContext("2亿", "元，意向较强").yuan()).isEqualTo(200_000_000L);
        assertThat(Money.readInContext("5000万", "平方米").yuan()).isEqualTo(50_000_000L);
    }

    @Test
    void numberWithoutUnitIsRefused() {
        assertThat(Money.read("5000").failure()).isEqualTo(Money.Failure.NO_UNIT);
        assertThat(Money.read("5,000").failure()).isEqualTo(Money.Failure.NO_UNIT);
    }

    @ParameterizedTest
    @CsvSource({"500万美元", "$5M", "100万欧元", "2000万港币", "3亿日元"})
    void foreignCurrencyIsRefused(String text) {
        assertThat(Money.read(text).failure()).isEqualTo(Money.Failure.FOREIGN_CURRENCY);
    }

    @ParameterizedTest
    @CsvSource({"5亿港元（约合人民币4.6亿元）, 460000000", "1200万美元（约8600万元人民币）, 86000000",
            "12亿日元，折合人民币5800万元, 58000000", "500万欧元(折合人民币约3900万元), 39000000"})
    void aConversionTheMemberWroteIsRead(String text, long yuan) {
        assertThat(Money.read(text).yuan()).isEqualTo(yuan);
    }

    @Test
    void aForeignFigureWithoutAConversionStaysRefused() {
        assertThat(Money.read("500万美元（约3500万港元）").failure()).isEqualTo(Money.Failure.FOREIGN_CURRENCY);
        assertThat(Money.read("2亿日元，人民币待折算").failure()).isEqualTo(Money.Failure.FOREIGN_CURRENCY);
    }

    @Test
    void absurdAmountIsRefusedNotOverflowed() {
        assertThat(Money.read("99999999999999亿").failure()).isEqualTo(Money.Failure.TOO_LARGE);
        assertThat(Money.read("1" + "0".repeat(30) + "亿").ok()).isFalse();
    }

    @Test
    void formatsInWanYuan() {
        assertThat(Money.formatWan(620_000_000L)).isEqualTo("62000万元");
        assertThat(Money.formatWan(115_000_000L)).isEqualTo("11500万元");
        assertThat(Money.formatWan(5_000L)).isEqualTo("0.5万元");
        assertThat(Money.formatWan(123_456_789L)).isEqualTo("12345.6789万元");
        assertThat(Money.formatWan(0L)).isEqualTo("0万元");
    }
}
