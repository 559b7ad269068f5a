package zhaoshang.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import zhaoshang.progress.Period.Kind;

class PeriodTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void monthLabelAndBounds() {
        Period november = Period.month(YearMonth.of(2026, 11));
        assertThat(november.kind()).isEqualTo(Kind.MONTH);
        assertThat(november.label()).isEqualTo("2026年11月");
        assertThat(november.start()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(november.endInclusive()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(november.totalDays()).isEqualTo(30);
    }

    @Test
    void leapYearFebruary() {
        assertThat(Period.month(YearMonth.of(2028, 2)).endInclusive()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Period.month(YearMonth.of(2028, 2)).totalDays()).isEqualTo(29);
        assertThat(Period.month(YearMonth.of(2026, 2)).totalDays()).isEqualTo(28);
        assertThat(Period.year(2028).totalDays()).isEqualTo(366);
        assertThat(Period.quarter(2028, 1).totalDays()).isEqualTo(91);
    }

    @Test
    void quarters() {
        Period q4 = Period.quarter(2026, 4);
        assertThat(q4.label()).isEqualTo("2026年第四季度");
        assertThat(q4.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q4.endInclusive()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q4.totalDays()).isEqualTo(92);
        assertThat(Period.quarter(2026, 1).label()).isEqualTo("2026年第一季度");
        assertThat(Period.quarter(2026, 1).endInclusive()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Period.quarter(2026, 3).start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThatThrownBy(() -> Period.quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void year() {
        Period year = Period.year(2026);
        assertThat(year.label()).isEqualTo("2026年");
        assertThat(year.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.endInclusive()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void containingPutsQuarterBoundaryDaysInTheRightQuarter() {
        assertThat(Period.containing(Kind.QUARTER, LocalDate.of(2026, 9, 30))).isEqualTo(Period.quarter(2026, 3));
        assertThat(Period.containing(Kind.QUARTER, LocalDate.of(2026, 10, 1))).isEqualTo(Period.quarter(2026, 4));
        assertThat(Period.containing(Kind.QUARTER, LocalDate.of(2026, 12, 31))).isEqualTo(Period.quarter(2026, 4));
        assertThat(Period.containing(Kind.QUARTER, LocalDate.of(2027, 1, 1))).isEqualTo(Period.quarter(2027, 1));
        assertThat(Period.containing(Kind.MONTH, LocalDate.of(2028, 2, 29))).isEqualTo(Period.month(YearMonth.of(2028, 2)));
        assertThat(Period.containing(Kind.YEAR, LocalDate.of(2026, 6, 1))).isEqualTo(Period.year(2026));
        assertThatThrownBy(() -> Period.containing(Kind.CUSTOM, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void previousCrossesYearBoundaries() {
        assertThat(Period.month(YearMonth.of(2026, 1)).previous()).isEqualTo(Period.month(YearMonth.of(2025, 12)));
        assertThat(Period.quarter(2026, 1).previous()).isEqualTo(Period.quarter(2025, 4));
        assertThat(Period.year(2026).previous()).isEqualTo(Period.year(2025));
    }

    @Test
    void containsDates() {
        Period q4 = Period.quarter(2026, 4);
        assertThat(q4.contains(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(q4.contains(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(q4.contains(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(q4.contains(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void lastMinuteOfTheQuarterInShanghaiIsInTheQuarter() {
        Period q3 = Period.quarter(2026, 3);
        var lastMinute = LocalDateTime.of(2026, 9, 30, 23, 59, 59).atZone(SHANGHAI).toInstant();
        var midnight = LocalDateTime.of(2026, 10, 1, 0, 0).atZone(SHANGHAI).toInstant();

        assertThat(q3.contains(lastMinute, SHANGHAI)).isTrue();
        assertThat(q3.contains(midnight, SHANGHAI)).isFalse();
        assertThat(Period.quarter(2026, 4).contains(midnight, SHANGHAI)).isTrue();
    }

    @Test
    void firstMomentOfTheMonthInShanghaiIsInTheNewMonth() {
        var firstMoment = LocalDateTime.of(2026, 11, 1, 0, 0).atZone(SHANGHAI).toInstant();
        Period october = Period.month(YearMonth.of(2026, 10));
        Period november = Period.month(YearMonth.of(2026, 11));

        assertThat(october.contains(firstMoment, SHANGHAI)).isFalse();
        assertThat(november.contains(firstMoment, SHANGHAI)).isTrue();
        // 2026-11-01 00:00 in Shanghai is 2026-10-31 16:00 UTC: a UTC clock would get it wrong
        assertThat(november.startInstant(SHANGHAI).toString()).isEqualTo("2026-10-31T16:00:00Z");
        assertThat(october.endExclusiveInstant(SHANGHAI)).isEqualTo(november.startInstant(SHANGHAI));
    }

    @Test
    void elapsedDaysAreClamped() {
        Period november = Period.month(YearMonth.of(2026, 11));
        assertThat(november.elapsedDays(LocalDate.of(2026, 10, 31))).isZero();
        assertThat(november.elapsedDays(LocalDate.of(2026, 11, 1))).isEqualTo(1);
        assertThat(november.elapsedDays(LocalDate.of(2026, 11, 20))).isEqualTo(20);
        assertThat(november.elapsedDays(LocalDate.of(2026, 11, 30))).isEqualTo(30);
        assertThat(november.elapsedDays(LocalDate.of(2027, 3, 1))).isEqualTo(30);
        assertThat(november.remainingDays(LocalDate.of(2026, 11, 20))).isEqualTo(10);
        assertThat(november.remainingDays(LocalDate.of(2026, 10, 1))).isEqualTo(30);
    }

    @Test
    void customLabels() {
        assertThat(Period.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15)).label())
                .isEqualTo("2026年11月1日—11月15日");
        assertThat(Period.custom(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 5)).label())
                .isEqualTo("2025年12月20日—2026年1月5日");
        assertThat(Period.custom(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 5)).label()).isEqualTo("2026年11月5日");
        assertThat(Period.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15)).kind()).isEqualTo(Kind.CUSTOM);
    }

    @Test
    void endBeforeStartIsRejected() {
        assertThatThrownBy(() -> Period.custom(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
