package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.TestBot;

/**
 * Every command taking a period, as people speak it, with the bot's clock moved (never slept) from November 2026
 * over 1 December and the new year to 4 January and February 2027: a month, quarter or half-year named without a
 * year is the latest that has begun, a future one named with its year is refused, 导出全部台账 takes the year so
 * far (last year in January, saying so), and every answer states its period in words.
 */
class CalendarFlowTest {

    @TempDir
    Path dir;
    TestBot bot;

    @BeforeEach
    void start() {
        bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00");
        visit("local-team1", "m-he", "深圳欣迪新能源装备技术有限公司");
        visit("local-team1", "m-qian", "东莞聚景实业有限公司");
        visit("local-team2", "m-xu", "康佳集团");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private void visit(String group, String sender, String enterprise) {
        assertThat(bot.sayText(group, sender, "走访\n企业：" + enterprise + "\n时间：今天\n洽谈内容：项目选址\n投资意向：较强"))
                .contains("已登记走访");
    }

    private void clock(String now) {
        assertThat(bot.post("/local/clock", Map.of("now", now)).status()).isEqualTo(200);
    }

    private String text(String group, String sender, String message) {
        return bot.say(group, sender, message).get(0).path("text").asText();
    }

    private String fileName(String group, String sender, String message) {
        JsonNode replies = bot.say(group, sender, message);
        for (JsonNode r : replies) {
            if (r.path("type").asText().equals("file")) return r.path("name").asText();
        }
        throw new AssertionError("no file in " + replies);
    }

    @Test
    void onTheFirstOfAMonth() {
        clock("2026-12-01T00:05:00+08:00");
        assertThat(text("local-team1", "m-he", "导出台账 11月")).contains("第一工作组 2026年11月台账：走访 2 条");
        assertThat(fileName("local-team1", "m-he", "导出台账 11月")).isEqualTo("招商台账_第一工作组_2026-11.xlsx");
        assertThat(text("local-team1", "m-he", "导出台账")).contains("第一工作组 2026年12月台账：走访 0 条")
                .contains("本月刚开始；上月（2026年11月）请发“导出台账 11月”");
        assertThat(text("local-team1", "m-lin", "本月进度")).contains("第一工作组 2026年12月进度")
                .contains("上月（2026年11月）请发“进度 11月”");
        assertThat(text("local-team1", "m-lin", "进度 11月")).contains("第一工作组 2026年11月进度")
                .contains("拜访重点企业 **2/15**").contains("2026年11月已结束，截至 12月1日的台账");
        assertThat(text("local-team1", "m-lin", "进度 12月")).contains("第一工作组 2026年12月进度");
        assertThat(text("local-coord", "m-admin", "排行")).contains("月擂台 · 2026年12月").contains("请发“排行 11月”");
        assertThat(text("local-coord", "m-admin", "排行 11月")).contains("月擂台 · 2026年11月").doesNotContain("本月刚开始");
    }

    @Test
    void acrossTheNewYear() {
        clock("2026-12-15T10:00:00+08:00");
        visit("local-team1", "m-he", "安徽申焰新能源科技有限责任公司");
        visit("local-team2", "m-xu", "天津长荣科技集团股份有限公司");
        visit("local-team2", "m-lu", "内洽特克（天津）国际贸易有限公司");

        for (String now : new String[] {"2027-01-01T00:05:00+08:00", "2027-01-04T10:00:00+08:00"}) {
            clock(now);
            String day = now.startsWith("2027-01-01") ? "1月1日" : "1月4日";
            assertThat(text("local-team1", "m-he", "导出台账 12月")).as(now).contains("第一工作组 2026年12月台账：走访 1 条");
            assertThat(fileName("local-team1", "m-he", "导出台账 12月")).isEqualTo("招商台账_第一工作组_2026-12.xlsx");
            assertThat(text("local-team1", "m-he", "导出台账 11月")).contains("第一工作组 2026年11月台账：走访 2 条");
            assertThat(text("local-coord", "m-admin", "进度 第二工作组 12月")).contains("第二工作组 2026年12月进度")
                    .contains("拜访重点企业 **2/15**").contains("2026年12月已结束，截至 2027年" + day + "的台账");
            assertThat(text("local-coord", "m-admin", "排行 12月")).contains("月擂台 · 2026年12月")
                    .contains("第二工作组 **").contains("走访2/15");
            assertThat(text("local-coord", "m-admin", "擂台")).contains("月擂台 · 2027年1月").contains("请发“排行 12月”");
            assertThat(text("local-team1", "m-lin", "本月进度")).contains("第一工作组 2027年1月进度")
                    .contains("上月（2026年12月）请发“进度 12月”");
            assertThat(text("local-team1", "m-lin", "本季进度")).contains("第一工作组 2027年第一季度进度");
            assertThat(text("local-team1", "m-lin", "本年进度")).contains("第一工作组 2027年进度");
            assertThat(text("local-team1", "m-lin", "完成情况 第四季度")).contains("第一工作组 2026年第四季度进度")
                    .contains("拜访重点企业 **3/45**");
            assertThat(text("local-team1", "m-lin", "进度 下半年")).contains("第一工作组 2026年下半年进度");
            assertThat(text("local-team1", "m-lin", "进度 上月")).contains("第一工作组 2026年12月进度");
            assertThat(text("local-coord", "m-admin", "本年进度")).contains("各工作组 2027年进度");
            assertThat(text("local-team1", "m-he", "导出走访台账 本季度")).contains("第一工作组 2027年第一季度台账：走访 0 条");
            assertThat(text("local-team1", "m-he", "导出走访台账 第四季度")).contains("第一工作组 2026年第四季度台账：走访 3 条");

            // a future period named with its year gets a clear answer instead of an empty file
            assertThat(text("local-team1", "m-he", "导出台账 2027年12月")).contains("“2027年12月”还没有开始")
                    .contains("今天是2027年" + day).contains("例如“2026年12月”");
            assertThat(bot.say("local-team1", "m-he", "导出台账 2027年12月")).hasSize(1);
            assertThat(text("local-coord", "m-admin", "排行 明年")).contains("还没有开始");
            assertThat(text("local-team1", "m-lin", "进度 2027年第四季度")).contains("还没有开始").contains("例如“2026年第四季度”");

            // 导出全部台账 in January: last year's whole ledgers, saying so and how to get this year's
            String all = text("local-coord", "m-admin", "导出全部台账");
            assertThat(all).contains("全部工作组 2026年台账：走访 6 条").contains("已按上一年（2026年全年）导出")
                    .contains("“导出全部台账 2027年”");
            assertThat(fileName("local-coord", "m-admin", "导出全部台账")).isEqualTo("招商台账_全部工作组_2026.xlsx");
            assertThat(text("local-team1", "m-lin", "导出全部台账")).contains("第一工作组 2026年台账：走访 3 条");
            assertThat(text("local-coord", "m-admin", "导出全部台账 2027年")).contains("全部工作组 2027年台账：走访 0 条");
        }

        clock("2027-02-03T10:00:00+08:00");
        visit("local-team1", "m-he", "比亚迪深圳弗迪电池有限公司");
        assertThat(text("local-coord", "m-admin", "导出全部台账")).contains("全部工作组 2027年台账：走访 1 条")
                .contains("导出2027年全年至今（截至2月3日）的全部台账");
        assertThat(text("local-team1", "m-he", "导出台账 12月")).contains("2026年12月台账：走访 1 条");
    }
}
