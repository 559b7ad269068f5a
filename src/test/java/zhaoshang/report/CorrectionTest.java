package zhaoshang.report;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ReportParser parser = new ReportParser(
            Clock.fixed(OffsetDateTime.parse("2026-11-22T10:00+08:00").toInstant(), SHANGHAI), SHANGHAI);

    @Test
    void intentAndAmountFromTheSampleCommand() {
        Correction c = parser.parseCorrection(ReportKind.VISIT, "投资意向：明确；拟投资额：2亿");
        assertThat(c.isValid()).isTrue();
        assertThat(c.values()).containsEntry("intent", "明确").containsEntry("amountYuan", 200_000_000L);
        assertThat(c.values().keySet()).containsExactly("intent", "amountYuan");
    }

    @Test
    void synonymsAndDatesAsInReports() {
        Correction c = parser.parseCorrection(ReportKind.VISIT, "时间：上周五\n公司：康佳集团");
        assertThat(c.values()).containsEntry("date", LocalDate.of(2026, 11, 13)).containsEntry("enterprise", "康佳集团");
    }

    @Test
    void contactsCorrectedInTheLedgerForm() {
        Correction c = parser.parseCorrection(ReportKind.VISIT, "对接人：王总 副总经理、李经理");
        assertThat(c.values()).containsEntry("contacts", "王总（副总经理）、李经理");
        assertThat(parser.parseCorrection(ReportKind.VISIT, "对接人：Tony Wang 总经理").values()).containsEntry("contacts", "Tony Wang 总经理");
    }

    @Test
    void spaceInsteadOfColonForOneField() {
        Correction c = parser.parseCorrection(ReportKind.VISIT, "意向 强烈");
        assertThat(c.values()).containsEntry("intent", "较强");
    }

    @Test
    void unknownFieldNameIsAProblem() {
        Correction c = parser.parseCorrection(ReportKind.VISIT, "投资意向：明确；备注：下月再访");
        assertThat(c.isValid()).isFalse();
        assertThat(c.problems()).extracting(Problem::field).containsExactly("备注");
        assertThat(c.values()).isEmpty();
    }

    @Test
    void amountThatIsNotMoneyNamesTheField() {
        Correction c = parser.parseCorrection(ReportKind.SIGNING, "投资额：很多");
        assertThat(c.problems()).extracting(Problem::field).containsExactly("投资额");
        assertThat(c.problems().get(0).message()).contains("很多");
    }

    @Test
    void futureVisitDateIsRefusedButInspectionDateIsPlanned() {
        assertThat(parser.parseCorrection(ReportKind.VISIT, "日期：明天").problems())
                .extracting(Problem::field).containsExactly("走访日期");
        assertThat(parser.parseCorrection(ReportKind.INSPECTION, "日期：明天").values())
                .containsEntry("date", LocalDate.of(2026, 11, 23));
    }

    @Test
    void signingProgressMustBeAStage() {
        assertThat(parser.parseCorrection(ReportKind.SIGNING, "进度：已开工").values()).containsEntry("progress", "开工");
        assertThat(parser.parseCorrection(ReportKind.SIGNING, "进度：快了").problems())
                .extracting(Problem::field).containsExactly("项目进度");
    }

    @Test
    void emptyOptionalValueClearsItButRequiredCannotBeCleared() {
        Correction clear = parser.parseCorrection(ReportKind.VISIT, "拟投资额：");
        assertThat(clear.isValid()).isTrue();
        assertThat(clear.values()).containsEntry("amountYuan", null);
        assertThat(parser.parseCorrection(ReportKind.VISIT, "企业：").problems())
                .extracting(Problem::field).containsExactly("企业名称");
    }

    @Test
    void tripDatesRangeFillsBothDates() {
        Correction c = parser.parseCorrection(ReportKind.TRIP_PLAN, "时间：11月25日-11月29日");
        assertThat(c.values()).containsEntry("departDate", LocalDate.of(2026, 11, 25))
                .containsEntry("returnDate", LocalDate.of(2026, 11, 29));
        Correction planned = parser.parseCorrection(ReportKind.TRIP_PLAN, "拟拜访：康佳集团（11/25）");
        assertThat(planned.values().get("plannedVisits"))
                .isEqualTo(List.of(new TripPlanReport.PlannedVisit("康佳集团", LocalDate.of(2026, 11, 25))));
    }

    @Test
    void nothingToCorrect() {
        assertThat(parser.parseCorrection(ReportKind.VISIT, "  ").isValid()).isFalse();
        assertThat(parser.parseCorrection(ReportKind.VISIT, "明确").problems()).isNotEmpty();
    }
}
