package zhaoshang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 11 item 2 for signings: what a signing message says beyond its fields is kept in 备注, not dropped. */
class SigningRemarkTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ReportParser parser = new ReportParser(
            Clock.fixed(OffsetDateTime.parse("2026-11-22T10:00+08:00").toInstant(), SHANGHAI), SHANGHAI);

    private SigningReport signing(String text) {
        List<ParsedItem> items = parser.parse(text).items();
        assertThat(items).as(text).hasSize(1);
        assertThat(items.get(0).draft()).as(text).isInstanceOf(SigningReport.class);
        return (SigningReport) items.get(0).draft();
    }

    @Test
    void aNewsStyleSigningKeepsItsExtraSentencesInTheRemark() {
        SigningReport s = signing("11月18日，总投资6.5亿元的北京国联万众半导体科技有限公司碳化硅外延片项目在京签约，落户高新区。"
                + "项目达产后年产值可达10亿元，带动就业300人。");
        assertThat(s.enterprise()).isEqualTo("北京国联万众半导体科技有限公司");
        assertThat(s.amountYuan()).isEqualTo(650_000_000L);
        assertThat(s.remark()).isEqualTo("项目达产后年产值可达10亿元，带动就业300人");
    }

    @Test
    void aFirstPhaseAndWhatIsBuiltAreKeptButNotTheWordsAlreadyRead() {
        SigningReport s = signing("喜报！11月13日上午，第三工作组引进的深圳欣迪新能源装备技术有限公司储能设备生产基地项目在潞州区正式签约，"
                + "项目总投资5亿元，分两期建设，一期投资2亿元，主要生产储能变流器及系统集成设备。");
        assertThat(s.amountYuan()).isEqualTo(500_000_000L);
        assertThat(s.remark()).isEqualTo("分两期建设，一期投资2亿元，主要生产储能变流器及系统集成设备");
    }

    @Test
    void aSigningWhoseWordsAreAllReadHasNoRemark() {
        SigningReport s = signing("11月18日，总投资6.5亿元的北京国联万众半导体科技有限公司碳化硅外延片项目在京签约，落户高新区。");
        assertThat(s.area()).isEqualTo("高新区");
        assertThat(s.remark()).isNull();
    }

    @Test
    void aTemplateSigningTakesItsRemarkLine() {
        SigningReport s = signing("签约\n项目：碳化硅外延片项目\n企业：北京国联万众半导体科技有限公司\n签约日期：11月18日\n"
                + "投资额：6.5亿元\n备注：企业要求年底前交付标准厂房");
        assertThat(s.remark()).isEqualTo("企业要求年底前交付标准厂房");
    }

    @Test
    void theRemarkCanBeCorrectedAndCleared() {
        Correction c = parser.parseCorrection(ReportKind.SIGNING, "备注：厂房交付推迟到明年3月");
        assertThat(c.problems()).isEmpty();
        assertThat(c.values()).containsEntry("remark", "厂房交付推迟到明年3月");
        Correction cleared = parser.parseCorrection(ReportKind.SIGNING, "备注：");
        assertThat(cleared.problems()).isEmpty();
        assertThat(cleared.values()).containsEntry("remark", null);
    }
}
