package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static zhaoshang.support.TestBot.number;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.report.SigningReport;
import zhaoshang.support.SheetColumns;
import zhaoshang.support.TestBot;

/**
 * Issue 11 item 2 for signings: a news-style signing's sentence that fills no field is kept in 备注, shown in the
 * confirmation, can be corrected like any field and is the last printed column of the exported 签约项目台账.
 */
class SigningRemarkFlowTest {

    static final String NEWS = "11月18日，总投资6.5亿元的北京国联万众半导体科技有限公司碳化硅外延片项目在京签约，落户高新区。"
            + "项目达产后年产值可达10亿元，带动就业300人。";

    @TempDir
    Path dir;
    TestBot bot;

    @BeforeEach
    void start() {
        bot = TestBot.start(dir, "2026-11-22T10:00:00+08:00");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void theSentenceBeyondTheFieldsIsConfirmedCorrectableAndExported() throws Exception {
        String answer = bot.sayText("local-team1", "m-he", "@招商助手 " + NEWS);
        String number = number(answer, "S");
        assertThat(answer).contains("已登记签约").contains("备注").contains("项目达产后年产值可达10亿元，带动就业300人");
        SigningReport stored = (SigningReport) bot.app.ledger().find(number).orElseThrow().report();
        assertThat(stored.remark()).isEqualTo("项目达产后年产值可达10亿元，带动就业300人");

        // exported: 备注 is the last column the page prints, with the member's words
        assertThat(exportedRemark(number)).isEqualTo("项目达产后年产值可达10亿元，带动就业300人");

        // corrected like any other field
        String corrected = bot.sayText("local-team1", "m-he", "更正 " + number + " 备注：企业要求年底前交付标准厂房");
        assertThat(corrected).contains("已更正").contains("企业要求年底前交付标准厂房");
        assertThat(((SigningReport) bot.app.ledger().find(number).orElseThrow().report()).remark())
                .isEqualTo("企业要求年底前交付标准厂房");
        assertThat(exportedRemark(number)).isEqualTo("企业要求年底前交付标准厂房");
    }

    /** The 备注 cell of the record's row in the exported 签约项目台账, checking 备注 is the last printed column. */
    private String exportedRemark(String number) throws Exception {
        JsonNode replies = bot.say("local-coord", "m-admin", "导出签约台账 第一工作组 11月");
        JsonNode file = replies.get(1);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bot.download(file.get("url").asText())))) {
            Sheet sheet = wb.getSheet("签约项目台账");
            List<String> headers = SheetColumns.headers(sheet);
            int remark = headers.indexOf("备注");
            assertThat(headers.get(remark - 1)).isEqualTo("责任人");
            assertThat(headers.get(remark + 1)).as("备注 right before the office's own columns (编号 first)").isEqualTo("编号");
            return SheetColumns.byNumber(sheet, "备注").get(number);
        }
    }
}
