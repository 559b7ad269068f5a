package zhaoshang.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayCalendarTest {

    private static final Path SHIPPED = Path.of("bot-config/holidays");

    @TempDir
    Path dir;

    @Test
    void shippedFilesLoadBothYears() {
        HolidayCalendar calendar = HolidayCalendar.load(SHIPPED);

        assertThat(calendar.years()).containsExactly(2025, 2026);
        assertThat(calendar.year(2026).orElseThrow().daysOff()).isEqualTo(33);
        assertThat(calendar.year(2025).orElseThrow().daysOff()).isEqualTo(28);
        assertThat(calendar.year(2026).orElseThrow().source()).contains("2026年部分节假日安排");
    }

    @Test
    void shippedFilesKnowHolidaysAndMakeUpDays() {
        HolidayCalendar calendar = HolidayCalendar.load(SHIPPED);

        assertThat(calendar.isHoliday(LocalDate.of(2026, 2, 17))).isTrue();
        assertThat(calendar.holidayName(LocalDate.of(2026, 2, 17))).contains("春节");
        assertThat(calendar.holidayName(LocalDate.of(2026, 10, 7))).contains("国庆节");
        assertThat(calendar.holidayName(LocalDate.of(2026, 10, 8))).isEmpty();
        assertThat(calendar.isMakeUpWorkday(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 10, 10))).isFalse();
        assertThat(calendar.year(2026).orElseThrow().workdays()).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
    }

    @Test
    void ignoresFilesThatAreNotYaml() throws IOException {
        write("README.md", "节假日说明");
        write("2026.yaml", """
                year: 2026
                holidays:
                  - {name: 元旦, from: 2026-01-01, to: 2026-01-03}
                workdays:
                  - 2026-01-04
                """);

        assertThat(HolidayCalendar.load(dir).years()).containsExactly(2026);
    }

    @Test
    void emptyWorkdaysAreAllowed() throws IOException {
        write("2026.yaml", """
                year: 2026
                holidays:
                  - {name: 元旦, from: 2026-01-01, to: 2026-01-01}
                workdays:
                """);

        assertThat(HolidayCalendar.load(dir).year(2026).orElseThrow().workdays()).isEmpty();
    }

    @Test
    void yearMustMatchFileName() throws IOException {
        write("2026.yaml", """
                year: 2025
                holidays: []
                """);

        assertProblem("2026.yaml", "year").contains("2025").contains("2026");
    }

    @Test
    void endBeforeStartNamesTheHoliday() throws IOException {
        write("2026.yaml", """
                year: 2026
                holidays:
                  - {name: 元旦, from: 2026-01-01, to: 2026-01-03}
                  - {name: 春节, from: 2026-02-15, to: 2026-02-01}
                """);

        assertThatThrownBy(() -> HolidayCalendar.load(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("2026.yaml")
                .hasMessageContaining("holidays 第2项（春节）")
                .hasMessageContaining("结束日期 2026-02-01 早于开始日期 2026-02-15");
    }

    @Test
    void dateOutsideTheYear() throws IOException {
        write("2026.yaml", """
                year: 2026
                holidays:
                  - {name: 元旦, from: 2025-12-31, to: 2026-01-01}
                """);

        assertProblem("2026.yaml", "holidays 第1项（元旦）").contains("2025-12-31").contains("不在 2026 年内");
    }

    @Test
    void workdayOutsideTheYear() throws IOException {
        write("2026.yaml", """
                year: 2026
                holidays: []
                workdays:
                  - 2027-01-02
                """);

        assertProblem("2026.yaml", "workdays 第1项（2027-01-02）").contains("不在 2026 年内");
    }

    @Test
    void unparseableDate() throws IOException {
        write("2026.yaml", """
                year: 2026
                holidays:
                  - {name: 春节, from: 2026-02-30, to: 2026-02-23}
                """);

        assertProblem("2026.yaml", "holidays 第1项（春节）").contains("“2026-02-30”不是有效的日期");
    }

    @Test
    void unparseableWorkday() throws IOException {
        write("2026.yaml", """
                year: 2026
                holidays: []
                workdays:
                  - 2026年1月4日
                """);

        assertProblem("2026.yaml", "workdays 第1项（2026年1月4日）").contains("不是有效的日期").contains("2026-01-01 这样的格式");
    }

    @Test
    void dayBothOffAndWorked() throws IOException {
        write("2026.yaml", """
                year: 2026
                holidays:
                  - {name: 元旦, from: 2026-01-01, to: 2026-01-03}
                workdays:
                  - 2026-01-03
                """);

        assertProblem("2026.yaml", "workdays 第1项（2026-01-03）")
                .contains("holidays 第1项（元旦）")
                .contains("既放假又上班");
    }

    @Test
    void overlappingHolidays() throws IOException {
        write("2026.yaml", """
                year: 2026
                holidays:
                  - {name: 中秋节, from: 2026-09-25, to: 2026-10-01}
                  - {name: 国庆节, from: 2026-10-01, to: 2026-10-07}
                """);

        assertProblem("2026.yaml", "holidays 第2项（国庆节）").contains("2026-10-01 重复").contains("holidays 第1项（中秋节）");
    }

    @Test
    void duplicateWorkday() throws IOException {
        write("2026.yaml", """
                year: 2026
                holidays: []
                workdays:
                  - 2026-02-14
                  - 2026-02-14
                """);

        assertProblem("2026.yaml", "workdays 第2项（2026-02-14）").contains("重复");
    }

    @Test
    void weekdayListedAsMakeUpDay() throws IOException {
        write("2026.yaml", """
                year: 2026
                holidays: []
                workdays:
                  - 2026-01-05
                """);

        assertProblem("2026.yaml", "workdays 第1项（2026-01-05）").contains("星期一").contains("本来就上班");
    }

    @Test
    void missingHolidayName() throws IOException {
        write("2026.yaml", """
                year: 2026
                holidays:
                  - {from: 2026-01-01, to: 2026-01-03}
                """);

        assertProblem("2026.yaml", "holidays 第1项").contains("缺少节日名称");
    }

    @Test
    void misspelledField() throws IOException {
        write("2026.yaml", """
                year: 2026
                holidays:
                  - {name: 元旦, form: 2026-01-01, to: 2026-01-03}
                """);

        assertProblem("2026.yaml", "holidays 第1项（元旦）").contains("“form”").contains("name、from、to");
    }

    @Test
    void missingYear() throws IOException {
        write("2026.yaml", """
                holidays: []
                """);

        assertProblem("2026.yaml", "year").contains("year: 2026");
    }

    @Test
    void brokenYaml() throws IOException {
        write("2026.yaml", """
                year: 2026
                holidays:
                  - {name: 元旦, from: 2026-01-01, to: 2026-01-03
                """);

        assertProblem("2026.yaml", null).contains("YAML 格式错误");
    }

    @Test
    void duplicateKeyIsAnError() throws IOException {
        write("2026.yaml", """
                year: 2026
                holidays: []
                holidays: []
                """);

        assertProblem("2026.yaml", null).contains("YAML 格式错误");
    }

    @Test
    void badFileName() throws IOException {
        write("holidays-2026.yaml", "year: 2026\n");

        assertProblem("holidays-2026.yaml", null).contains("按年份命名");
    }

    @Test
    void missingDirectory() {
        assertThatThrownBy(() -> HolidayCalendar.load(dir.resolve("nope")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("找不到节假日目录");
    }

    private org.assertj.core.api.AbstractStringAssert<?> assertProblem(String fileName, String entry) {
        ConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                ConfigException.class, () -> HolidayCalendar.load(dir));
        assertThat(e).as("expected a ConfigException").isNotNull();
        assertThat(e.file()).endsWith(fileName);
        assertThat(e.entry()).isEqualTo(entry);
        return assertThat(e.problem());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }
}
