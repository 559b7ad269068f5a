package zhaoshang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 2: a field's value ends with its clause ("企业：X有限公司；该企业主营…" is X's), and the words after the
 * cut stay in the report's free text instead of being dropped.
 */
class CutValueKeptTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ReportParser parser = new ReportParser(
            Clock.fixed(OffsetDateTime.parse("2026-11-22T10:00+08:00").toInstant(), SHANGHAI), SHANGHAI);

    private VisitReport visit(String text) {
        List<ParsedItem> items = parser.parse(text).items();
        assertThat(items).as(text).hasSize(1);
        assertThat(items.get(0).draft()).as(text).isInstanceOf(VisitReport.class);
        return (VisitReport) items.get(0).draft();
    }

    @Test
    void theWordsAfterAnEnterprisesClauseAreKeptBesideTheTalk() {
        VisitReport v = visit("走访\n企业：深圳市欣旺达科技有限公司；该企业主营储能电池\n日期：昨天\n洽谈内容：扩产\n投资意向：一般");
        assertThat(v.enterprise()).isEqualTo("深圳市欣旺达科技有限公司");
        assertThat(v.content()).contains("扩产").contains("该企业主营储能电池");
    }

    @Test
    void wordsReadIntoTheTalkAlreadyAreNotRepeated() {
        VisitReport v = visit("走访\n企业：深圳市欣旺达科技有限公司。对方计划扩产储能电池\n日期：昨天\n投资意向：一般");
        assertThat(v.enterprise()).isEqualTo("深圳市欣旺达科技有限公司");
        assertThat(v.content()).contains("对方计划扩产储能电池");
        assertThat(v.content().indexOf("对方计划扩产储能电池")).isEqualTo(v.content().lastIndexOf("对方计划扩产储能电池"));
    }
}
