package zhaoshang.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ReportParser parser = new ReportParser(
            Clock.fixed(OffsetDateTime.parse("2026-11-22T10:00+08:00").toInstant(), SHANGHAI), SHANGHAI);

    /** What a member types into the blank required lines of each template. */
    private static final Map<ReportKind, Map<String, String>> FILL = Map.of(
            ReportKind.VISIT, Map.of("企业：", "企业：康佳集团", "洽谈内容：", "洽谈内容：MLED项目"),
            ReportKind.LEAD, Map.of("企业：", "企业：康佳集团", "项目：", "项目：MLED先进制造中心"),
            ReportKind.INSPECTION, Map.of("企业：", "企业：康佳集团", "日期：", "日期：12月3日"),
            ReportKind.SIGNING, Map.of("项目：", "项目：特种碳素材料项目", "企业：", "企业：大运集团", "投资额：", "投资额：1.2亿"),
            ReportKind.TRIP_PLAN, Map.of("目的地：", "目的地：深圳", "出发：", "出发：11月24日", "返回：", "返回：11月30日"),
            ReportKind.TRIP_SUMMARY, Map.of("走访情况：", "走访情况：走访企业7家"));

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void blankTemplateIsReadAsItsKindWithMissingFields(ReportKind kind) {
        ParseOutcome outcome = parser.parse(Templates.of(kind));
        assertThat(outcome.items()).hasSize(1);
        assertThat(outcome.items().get(0)).isInstanceOf(ParsedItem.Invalid.class);
        assertThat(outcome.items().get(0).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void filledTemplateIsUnderstood(ReportKind kind) {
        StringBuilder text = new StringBuilder();
        for (String line : Templates.of(kind).split("\n")) {
            text.append(FILL.get(kind).getOrDefault(line, line)).append('\n');
        }
        ParseOutcome outcome = parser.parse(text.toString());
        assertThat(outcome.items()).hasSize(1);
        assertThat(outcome.items().get(0)).as(outcome.toString()).isInstanceOf(ParsedItem.Ok.class);
        assertThat(outcome.items().get(0).kind()).isEqualTo(kind);
    }

    @Test
    void allTemplatesInKindOrder() {
        assertThat(Templates.all().keySet()).containsExactly(ReportKind.values());
        assertThat(Templates.all().get(ReportKind.VISIT)).startsWith("走访\n企业：\n时间：今天\n");
    }

    @Test
    void kindsByTheNamesMembersUse() {
        assertThat(ReportKinds.fromName("走访")).contains(ReportKind.VISIT);
        assertThat(ReportKinds.fromName(" 拜访 ")).contains(ReportKind.VISIT);
        assertThat(ReportKinds.fromName("实效线索")).contains(ReportKind.LEAD);
        assertThat(ReportKinds.fromName("来区考察")).contains(ReportKind.INSPECTION);
        assertThat(ReportKinds.fromName("签约台账")).contains(ReportKind.SIGNING);
        assertThat(ReportKinds.fromName("出差计划")).contains(ReportKind.TRIP_PLAN);
        assertThat(ReportKinds.fromName("招商总结")).contains(ReportKind.TRIP_SUMMARY);
        assertThat(ReportKinds.fromName("【外出总结】")).contains(ReportKind.TRIP_SUMMARY);
        assertThat(ReportKinds.fromName("V")).contains(ReportKind.VISIT);
        assertThat(ReportKinds.fromName("进度")).isEmpty();
        assertThat(ReportKinds.fromName("走访情况")).isEmpty();
        assertThat(ReportKinds.fromName(null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void everyRecordComponentHasAChineseLabel(ReportKind kind) {
        Class<?> type = switch (kind) {
            case VISIT -> VisitReport.class;
            case LEAD -> LeadReport.class;
            case INSPECTION -> InspectionReport.class;
            case SIGNING -> SigningReport.class;
            case TRIP_PLAN -> TripPlanReport.class;
            case TRIP_SUMMARY -> TripSummaryReport.class;
        };
        for (RecordComponent rc : type.getRecordComponents()) {
            String label = FieldLabels.label(kind, rc.getName());
            assertThat(label).as(rc.getName()).isNotEqualTo(rc.getName());
            assertThat(label.codePoints().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF)).as(label).isTrue();
        }
        assertThat(FieldLabels.label(ReportKind.VISIT, "intent")).isEqualTo("投资意向");
        assertThat(FieldLabels.label(ReportKind.SIGNING, "amountYuan")).isEqualTo("投资额");
    }
}
