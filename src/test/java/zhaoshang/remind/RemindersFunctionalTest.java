package zhaoshang.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.TestBot;

/**
 * Through the local simulator: a trip plan filed by chat, the clock jumped across the trip and the month end with
 * POST /local/clock, and GET /local/messages showing exactly the expected reminders, in order, once each.
 */
class RemindersFunctionalTest {

    @TempDir
    Path dir;

    private static void jump(TestBot bot, String localTime) {
        TestBot.Http r = bot.post("/local/clock", Map.of("now", localTime + ":00+08:00"));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    /** The bot's messages in a conversation that start with 【 (reminders), as their first line. */
    private static List<String> reminders(TestBot bot, String conversation) {
        return bot.history(conversation).stream()
                .filter(m -> !m.path("sender").asText().startsWith("m-"))
                .map(TestBot::plain)
                .filter(t -> t.startsWith("【"))
                .map(t -> t.lines().findFirst().orElse("") + " " + t.lines().skip(1).findFirst().orElse("")
                        .replaceAll("^(.{0,16}).*$", "$1"))
                .toList();
    }

    @Test
    void aTripAndAMonthEndThroughTheSimulator() {
        try (TestBot bot = TestBot.start(dir, "2026-11-23T10:00:00+08:00")) {
            String plan = bot.sayText("local-team1", "m-he", "外出计划\n目的地：深圳\n出发：11月24日\n返回：11月27日\n"
                    + "拟拜访：深圳欣迪新能源（11/25）\n分工：何雨晴带队，钱思远联络");
            assertThat(plan).contains("#T-");

            jump(bot, "2026-11-24T19:00");   // day 1 of the trip, no visit
            jump(bot, "2026-11-24T19:00");   // the same moment again: nothing new
            jump(bot, "2026-11-25T09:00");   // 3 working days before the last working day (Mon 30th)
            jump(bot, "2026-11-25T19:00");
            jump(bot, "2026-11-26T10:00");
            bot.sayText("local-team1", "m-qian", "走访\n企业：深圳华强电子\n时间：今天\n洽谈内容：初步对接");
            jump(bot, "2026-11-26T19:00");   // a visit today: no daily check
            jump(bot, "2026-11-27T09:00");   // 深圳欣迪新能源 (25th) still not recorded: 24-hour rule @ the planner
            jump(bot, "2026-11-27T19:00");
            jump(bot, "2026-11-30T09:00");   // back Fri 27th; Sat/Sun off → ledgers due Monday; last working day
            jump(bot, "2026-11-30T18:00");   // the month's summary to 投资促进部
            jump(bot, "2026-12-03T10:00");   // a long jump: Wednesday's trip-summary reminder comes late (补发)
            jump(bot, "2026-12-04T09:00");   // summary due today (5 working days after the 27th)

            List<String> team1 = reminders(bot, "local-team1");
            assertThat(team1).containsExactly(
                    "【每日走访提醒】 11月24日外出期间（深圳，11",
                    "【月底台账提醒】 11月台账截止日为 11月30日",
                    "【每日走访提醒】 11月25日外出期间（深圳，11",
                    "【走访 24 小时登记提醒】 外出计划 #T-0001 中 1",
                    "【每日走访提醒】 11月27日外出期间（深圳，11",
                    "【返回报送台账提醒】 本组外出（深圳，11月24日—1",
                    "【月底台账提醒】 今天是11月最后一个工作日，请核",
                    "【外出总结提醒】（补发） 本组外出（11月24日—11月2",
                    "【外出总结提醒】 本组外出（11月24日—11月2");
            List<JsonNode> raw = bot.history("local-team1");
            assertThat(raw.stream().filter(m -> TestBot.plain(m).startsWith("【每日走访提醒】")))
                    .allSatisfy(m -> assertThat(m.toString()).contains("m-he").contains("m-qian"));
            assertThat(reminders(bot, "local-team2")).containsExactly(
                    "【月底台账提醒】 11月台账截止日为 11月30日", "【月底台账提醒】 今天是11月最后一个工作日，请核");
            // the sample bot-config has no 2027.yaml: from 1 December 投资促进部 is told (here late, after the long jump)
            assertThat(reminders(bot, "local-coord")).containsExactly("【月度汇总】 2026年11月各工作组（只列本",
                    "【2027年节假日安排未录入】（补发） bot-config/holid");
            // with the month's ledgers of every team attached, once
            assertThat(bot.history("local-coord").stream().filter(m -> m.path("type").asText().equals("file"))
                    .map(m -> m.path("name").asText()))
                    .as("every team's ledgers and the 调度会材料 of the month")
                    .containsExactly("招商台账_全部工作组_2026-11.xlsx", "调度会材料_2026-11.docx");

            // the summary is filed: no overdue notice on Monday; a restart over the same database sends nothing again
            bot.sayText("local-team1", "m-he", "外出总结\n行程：11月24日-11月27日 深圳\n走访情况：走访 1 家");
            jump(bot, "2026-12-07T10:00");
        }
        try (TestBot again = TestBot.start(dir, "2026-12-07T10:30:00+08:00")) {
            jump(again, "2026-12-08T10:00");
            assertThat(reminders(again, "local-team1")).hasSize(9);
            // nothing again; the holiday file's notice is weekly: its second week began at 09:00 on the 8th (found at 10:00)
            assertThat(reminders(again, "local-coord")).containsExactly("【月度汇总】 2026年11月各工作组（只列本",
                    "【2027年节假日安排未录入】（补发） bot-config/holid", "【2027年节假日安排未录入】（补发） bot-config/holid");
            JsonNode replies = again.post("/local/messages", Map.of("conversation", "local-team1", "sender", "m-lin",
                    "text", "提醒设置", "id", "after-restart")).body().get("replies");   // TestBot's ids restart at 1
            assertThat(replies.toString()).contains("每日走访").contains("19:00");
        }
    }

    @Test
    void leaveMuteSettingsAndTestCommands() {
        try (TestBot bot = TestBot.start(dir, "2026-11-23T10:00:00+08:00")) {
            assertThat(bot.sayText("local-team1", "m-qian", "请假 11月25日-11月27日")).contains("已登记请假：11月25日—11月27日");
            assertThat(bot.sayText("local-team1", "m-qian", "请假")).contains("请写请假日期");
            assertThat(bot.sayText("local-team1", "m-he", "静音 每日走访 3天 原因：展会值守")).contains("只有组长");
            assertThat(bot.sayText("local-team1", "m-lin", "静音 每日走访 3天")).contains("请写明静音原因");
            assertThat(bot.sayText("local-team1", "m-lin", "静音 每日走访 3天 原因：在深圳展会值守"))
                    .contains("已为本组静音「每日走访」：11月23日—11月25日").contains("在深圳展会值守");
            String settings = bot.sayText("local-team1", "m-he", "提醒设置");
            assertThat(settings).contains("每日走访：外出期间每天 19:00").contains("24小时登记").contains("月底台账")
                    .contains("返回报送台账").contains("外出总结").contains("季度考察").contains("21:00–08:00")
                    .contains("每日走访 11月23日—11月25日（原因：在深圳展会值守；林晓东）")
                    .contains("钱思远 11月25日—11月27日");
            assertThat(bot.sayText("local-team2", "m-fang", "提醒设置")).doesNotContain("在深圳展会值守");

            assertThat(bot.sayText("local-team1", "m-lin", "取消静音 每日走访")).contains("已恢复");
            assertThat(bot.sayText("local-team1", "m-qian", "销假")).contains("已销假");
            assertThat(bot.sayText("local-team1", "m-qian", "销假")).contains("没有请假");
            assertThat(bot.sayText("local-team1", "m-he", "提醒设置")).doesNotContain("展会");

            assertThat(bot.sayText("local-team1", "m-he", "提醒 测试")).contains("仅限组长和投资促进部");
            String sample = bot.sayText("local-team1", "m-lin", "提醒 测试");
            assertThat(sample).contains("【每日走访提醒】（测试）").contains("【走访 24 小时登记提醒】（测试）")
                    .contains("【月底台账提醒】（测试）").contains("拜访重点企业 0/15")
                    .contains("【返回报送台账提醒】（测试）").contains("【外出总结提醒】（测试）")
                    .contains("【季度考察提醒】（测试）").contains("正式提醒将 @");
            assertThat(bot.sayText("local-coord", "m-admin", "提醒 测试")).contains("请写明工作组");
            assertThat(bot.sayText("local-coord", "m-admin", "提醒 测试 第三工作组")).contains("第三工作组的");
            assertThat(bot.sayText("local-team2", "m-fang", "提醒 测试 第一工作组")).contains("只能预览本组");
            // samples are not reminders: nothing in the sent-log
            assertThat(bot.app.reminders().store().sentKeys("")).isEmpty();
        }
    }
}
