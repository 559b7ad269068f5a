package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.TestBot;

/**
 * A month of 报送 → 退回 → 更正 → 报送 again → 备案 through the simulator, with a moving clock: who is told what, once;
 * month-end reminders that stop naming the team that submitted; every version downloadable and read back with POI.
 */
class SubmissionFlowTest {

    @TempDir
    Path dir;

    /** The bot's messages in a conversation that start with 【 (reminders and notices), whole. */
    private static List<String> notices(TestBot bot, String conversation) {
        return bot.history(conversation).stream().filter(m -> !m.path("sender").asText().startsWith("m-"))
                .map(TestBot::plain).filter(t -> t.startsWith("【")).toList();
    }

    private static List<JsonNode> files(TestBot bot, String conversation) {
        return bot.history(conversation).stream().filter(m -> m.path("type").asText().equals("file")).toList();
    }

    private static String cells(Sheet s) {
        StringBuilder sb = new StringBuilder();
        // names wider than their column are laid out on whole words (a line feed in the cell): read them whole
        for (Row r : s) r.forEach(c -> sb.append(c.toString().replace("\n", "")).append('|'));
        return sb.toString();
    }

    @Test
    void aMonthSubmittedReturnedCorrectedAndFiled() throws Exception {
        try (TestBot bot = TestBot.start(dir, "2026-11-23T10:00:00+08:00")) {
            String visit = bot.sayText("local-team1", "m-he", "走访\n企业：深圳欣迪新能源装备技术有限公司\n时间：今天\n"
                    + "洽谈内容：储能设备生产基地选址\n投资意向：较强");
            String v1 = TestBot.number(visit, "V");
            bot.sayText("local-team1", "m-qian", "线索\n企业：深圳华强电子\n项目名称：功率器件封测\n拟投资额：3000万\n跟踪责任人：钱思远");

            // only the 组长 or a member the 组长 names may submit
            assertThat(bot.sayText("local-team1", "m-he", "报送 11月台账")).contains("只有组长").contains("林晓东");
            assertThat(bot.sayText("local-team1", "m-he", "指定报送人 钱思远")).contains("只有组长");
            assertThat(bot.sayText("local-team1", "m-lin", "指定报送人 何雨晴")).contains("已指定 何雨晴");
            assertThat(bot.sayText("local-team2", "m-fang", "报送 11月台账 第一工作组")).contains("只能报送本组");

            JsonNode first = bot.say("local-team1", "m-he", "报送 11月台账");
            assertThat(TestBot.plain(first.get(0))).contains("已报送 第一工作组 2026年11月台账（第1版）")
                    .contains("走访 1 条、线索 1 条、考察 0 条、签约 0 条").contains("校验码");
            assertThat(first.get(1).path("name").asText()).isEqualTo("报送台账_第一工作组_2026-11-v1.xlsx");
            assertThat(bot.sayText("local-team1", "m-lin", "报送 11月台账")).contains("第1版已报送").contains("无需重复报送");

            bot.jump("2026-11-23T10:01");     // the next evaluation posts it to the coordination group, once
            bot.jump("2026-11-23T10:02");
            List<String> coord = notices(bot, "local-coord");
            assertThat(coord).hasSize(1);
            assertThat(coord.get(0)).startsWith("【台账报送】").contains("第一工作组报送了2026年11月台账（第1版）")
                    .contains("报送人：何雨晴").contains("请回复“备案 第一工作组 11月”");
            assertThat(bot.history("local-coord").stream().filter(m -> TestBot.plain(m).startsWith("【台账报送】"))
                    .findFirst().orElseThrow().toString()).contains("m-admin");
            assertThat(files(bot, "local-coord")).extracting(f -> f.path("name").asText())
                    .containsExactly("报送台账_第一工作组_2026-11-v1.xlsx");

            // 投资促进部 returns it with a reason; only 投资促进部, only in the coordination group
            assertThat(bot.sayText("local-team1", "m-lin", "备案 第一工作组 11月")).contains("由投资促进部办理");
            assertThat(bot.sayText("local-coord", "m-admin", "退回 第一工作组 11月")).contains("请写明退回原因");
            assertThat(bot.sayText("local-coord", "m-admin", "退回 第一工作组 11月 原因：走访台账缺对接人员"))
                    .contains("已退回").contains("第1版").contains("走访台账缺对接人员").contains("林晓东");
            assertThat(bot.sayText("local-team1", "m-lin", "本月进度")).contains("台账报送：退回（第1版）");
            bot.jump("2026-11-23T10:10");
            List<String> team1 = notices(bot, "local-team1");
            assertThat(team1).hasSize(1);
            assertThat(team1.get(0)).startsWith("【台账退回】\n").contains("原因：走访台账缺对接人员")
                    .contains("报送 11月台账");
            String returnedRaw = bot.history("local-team1").stream()
                    .filter(m -> TestBot.plain(m).startsWith("【台账退回】")).findFirst().orElseThrow().toString();
            assertThat(returnedRaw).contains("m-lin").contains("m-he");

            // the correction of a returned month is expected: nothing flagged; the next version lists it
            assertThat(bot.sayText("local-team1", "m-he", "更正 " + v1 + " 对接人员：崔健（总裁）")).contains("已更正");
            JsonNode second = bot.say("local-team1", "m-lin", "报送 11月台账");
            assertThat(TestBot.plain(second.get(0))).contains("第2版").contains("与第1版相比")
                    .contains(v1 + " 对接人员：（空） → 崔健（总裁）");
            bot.jump("2026-11-23T10:20");
            coord = notices(bot, "local-coord");
            assertThat(coord).hasSize(2);
            assertThat(coord.get(1)).contains("（第2版）").contains("与第1版相比（1 项）")
                    .contains(v1 + " 对接人员：（空） → 崔健（总裁）").contains("报送人：林晓东");

            assertThat(bot.sayText("local-coord", "m-admin", "备案 第一工作组 11月")).contains("已备案").contains("第2版");
            assertThat(bot.sayText("local-coord", "m-admin", "备案 第一工作组 11月")).contains("已备案，没有待办理的版本");
            bot.jump("2026-11-23T10:30");
            assertThat(notices(bot, "local-team1")).hasSize(2).last().asString().startsWith("【台账已备案】");

            // a correction after 备案 is allowed and flagged to 投资促进部, once
            assertThat(bot.sayText("local-team1", "m-he", "更正 " + v1 + " 投资意向：明确")).contains("已更正");
            bot.jump("2026-11-23T10:40");
            bot.jump("2026-11-23T10:50");
            coord = notices(bot, "local-coord");
            assertThat(coord).hasSize(3);
            assertThat(coord.get(2)).startsWith("【已报送台账有改动】").contains("第一工作组2026年11月台账已备案（第2版）")
                    .contains("何雨晴").contains("更正 " + v1).contains("投资意向：较强 → 明确").contains("下一版报送");

            // month end: team1 has handed in November, team2 has not
            bot.jump("2026-11-25T09:00");
            bot.jump("2026-11-30T09:00");
            bot.jump("2026-11-30T18:00");
            assertThat(notices(bot, "local-team1")).noneMatch(t -> t.startsWith("【月底台账提醒】"));
            assertThat(notices(bot, "local-team2")).filteredOn(t -> t.startsWith("【月底台账提醒】")).hasSize(2);
            String summary = notices(bot, "local-coord").stream().filter(t -> t.startsWith("【月度汇总】")).findFirst()
                    .orElseThrow();
            assertThat(summary.lines().filter(l -> l.startsWith("第一工作组"))).singleElement().asString()
                    .endsWith("台账已备案第2版");
            assertThat(summary.lines().filter(l -> l.startsWith("第二工作组"))).singleElement().asString()
                    .endsWith("台账未报送");
            assertThat(bot.sayText("local-coord", "m-admin", "本月进度")).contains("第一工作组 已备案（第2版）")
                    .contains("第二工作组 未报送");

            // every version stays downloadable, frozen, and reads back with POI
            JsonNode records = bot.say("local-coord", "m-admin", "报送记录 第一工作组 11月");
            assertThat(TestBot.plain(records.get(0))).contains("第1版").contains("退回").contains("走访台账缺对接人员")
                    .contains("第2版").contains("已备案");
            assertThat(records.get(1).path("name").asText()).isEqualTo("报送台账_第一工作组_2026-11-v2.xlsx");
            byte[] v2 = bot.download(records.get(1).path("url").asText());
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(v2))) {
                assertThat(wb.getSheetName(0)).isEqualTo("报送说明");
                assertThat(cells(wb.getSheet("报送说明"))).contains("第一工作组").contains("第2版").contains("林晓东")
                        .contains(v1 + " 对接人员：（空） → 崔健（总裁）");
                String visits = cells(wb.getSheet("走访企业台账"));
                // frozen as submitted: the intent corrected after 备案 is not in it
                assertThat(visits).contains("深圳欣迪新能源装备技术有限公司").contains("崔健（总裁）").contains("较强")
                        .doesNotContain("明确");
                assertThat(cells(wb.getSheet("实效线索台账"))).contains("深圳华强电子");
            }
            JsonNode old = bot.say("local-team1", "m-lin", "报送记录 11月 第1版");
            assertThat(old.get(1).path("name").asText()).isEqualTo("报送台账_第一工作组_2026-11-v1.xlsx");
            byte[] v1bytes = bot.download(old.get(1).path("url").asText());
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(v1bytes));
            assertThat(TestBot.plain(old.get(0))).contains(hash.substring(0, 16));
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(v1bytes))) {
                assertThat(cells(wb.getSheet("报送说明"))).contains("首次报送");
                assertThat(cells(wb.getSheet("走访企业台账"))).doesNotContain("崔健");
            }
            assertThat(bot.sayText("local-team2", "m-fang", "报送记录 第一工作组 11月")).contains("只能查看本组")
                    .doesNotContain("第2版");
        }
    }
    @Test
    void theDayAfterReturnReminderSkipsATeamThatSubmittedOnItsWayBack() {
        try (TestBot bot = TestBot.start(dir, "2026-11-23T10:00:00+08:00")) {
            for (String[] t : new String[][]{{"local-team1", "m-he"}, {"local-team2", "m-xu"}}) {
                assertThat(bot.sayText(t[0], t[1], "外出计划\n目的地：深圳\n出发：11月24日\n返回：11月26日\n拟拜访：深圳华强电子"))
                        .contains("#T-");
            }
            bot.jump("2026-11-25T10:00");
            assertThat(bot.sayText("local-team1", "m-lin", "报送 11月台账")).contains("第1版");   // before the return
            bot.jump("2026-11-26T17:00");
            assertThat(bot.sayText("local-team2", "m-fang", "报送 11月台账")).contains("第1版");  // also before the return
            assertThat(bot.sayText("local-team1", "m-lin", "报送 11月台账")).contains("无需重复报送");
            bot.sayText("local-team1", "m-qian", "走访\n企业：深圳华强电子\n时间：今天\n洽谈内容：返回前补登");
            assertThat(bot.sayText("local-team1", "m-lin", "报送 11月台账")).contains("第2版").contains("新增 #V-");
            bot.jump("2026-11-27T09:00");
            assertThat(notices(bot, "local-team1")).noneMatch(t -> t.startsWith("【返回报送台账提醒】"));
            // team 2 submitted on its return day: that counts
            assertThat(notices(bot, "local-team2")).noneMatch(t -> t.startsWith("【返回报送台账提醒】"));
        }
    }

    @Test
    void theDayAfterReturnReminderStillComesWhenTheSubmissionWasBeforeTheTripEnded() {
        try (TestBot bot = TestBot.start(dir, "2026-11-23T10:00:00+08:00")) {
            bot.sayText("local-team1", "m-he", "外出计划\n目的地：深圳\n出发：11月24日\n返回：11月26日\n拟拜访：深圳华强电子");
            bot.jump("2026-11-25T10:00");
            assertThat(bot.sayText("local-team1", "m-lin", "报送 11月台账")).contains("第1版");
            bot.jump("2026-11-27T09:00");
            assertThat(notices(bot, "local-team1")).filteredOn(t -> t.startsWith("【返回报送台账提醒】")).singleElement()
                    .asString().contains("报送 11月台账");
        }
    }
}
