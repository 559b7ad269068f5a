package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static zhaoshang.support.TestBot.number;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.SheetColumns;
import zhaoshang.support.TestBot;

/** Issue 11 item 5: likely duplicates are flagged in the confirmation and in the exported ledger, never merged. */
class DuplicateFlagTest {

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
    void theSameEnterpriseOnTheSameDayByAnotherMemberIsFlaggedAndBothKept() throws Exception {
        String first = number(bot.sayText("local-team1", "m-he",
                "走访\n企业：天津长荣科技集团股份有限公司\n时间：今天\n洽谈内容：印刷装备智能化改造"), "V");
        // the same enterprise by its short name, the same day, another member of the team
        String answer = bot.sayText("local-team1", "m-qian", "走访\n企业：天津长荣科技\n时间：今天\n洽谈内容：陪同座谈");
        String second = number(answer, "V");
        assertThat(second).isNotEqualTo(first);
        assertThat(answer).contains("疑似重复").contains(first).contains("两条都已保留");
        assertThat(bot.app.ledger().find(first).orElseThrow().active()).isTrue();
        assertThat(bot.app.ledger().find(second).orElseThrow().active()).isTrue();

        // not flagged: another day, the same member again, another team
        assertThat(bot.sayText("local-team1", "m-qian", "走访\n企业：天津长荣科技集团股份有限公司\n时间：昨天\n洽谈内容：回访"))
                .doesNotContain("疑似重复");
        assertThat(bot.sayText("local-team2", "m-xu", "走访\n企业：天津长荣科技集团股份有限公司\n时间：今天\n洽谈内容：对接"))
                .doesNotContain("疑似重复").doesNotContain(first);

        // 投资促进部 sees the flag in the ledger, on both rows
        JsonNode replies = bot.say("local-coord", "m-admin", "导出走访台账 第一工作组 11月");
        JsonNode file = replies.get(1);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bot.download(file.get("url").asText())))) {
            Map<String, String> flags = flags(wb.getSheet("走访企业台账"));
            assertThat(flags.get(second)).isEqualTo("疑似与 " + first + " 重复");
            assertThat(flags.get(first)).isEqualTo("疑似与 " + second + " 重复");
            assertThat(flags).hasSize(2);
        }
    }

    @Test
    void aSigningOfTheSameProjectIsFlagged() {
        String first = number(bot.sayText("local-team1", "m-he",
                "签约\n项目：碳化硅外延片项目\n企业：北京国联万众半导体科技有限公司\n签约日期：11月18日\n投资额：6.5亿元"), "S");
        // the same project signed in the name of the local company set up for it
        String answer = bot.sayText("local-team1", "m-lin",
                "签约\n项目：碳化硅外延片项目\n企业：山西潞安国联碳化硅有限公司\n签约日期：11月20日\n投资额：6.5亿元");
        assertThat(answer).contains("已登记签约").contains("疑似重复").contains(first);
        assertThat(number(answer, "S")).isNotEqualTo(first);
    }

    /** 编号 → 疑似重复 of every row that has a flag. */
    static Map<String, String> flags(Sheet sheet) {
        return SheetColumns.byNumber(sheet, "疑似重复");
    }
}
