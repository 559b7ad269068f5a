package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.roster.ConfigWatcher;
import zhaoshang.support.TestBot;

/**
 * 节假日文件 through the running bot: the coordination group hears in December that 2027.yaml is missing, as DingTalk
 * and WeCom would show it; a valid file saved while the bot runs is read by the config watcher but the reminders'
 * calendar is built at start, so /healthz and the weekly notice say it waits for a restart; after the restart the
 * notice stops, and a restart before that never repeats a week's notice.
 */
class HolidayFileFlowTest {

    @TempDir
    Path dir;

    /** A 2027 file for the test only: no dates, since holiday dates must come from the State Council's notice. */
    private static final String TEST_2027 = """
            year: 2027
            source: 测试数据，不是国务院办公厅的通知
            holidays: []
            workdays: []
            """;

    private static List<JsonNode> notices(TestBot bot, String platform) {
        JsonNode n = bot.get("/local/messages?conversation=local-coord&platform=" + platform).body().get("messages");
        List<JsonNode> out = new java.util.ArrayList<>();
        n.forEach(m -> {
            if (TestBot.plain(m).contains("年节假日安排")) out.add(m);
        });
        return out;
    }

    private static Map<String, String> env(Path config) {
        return Map.of("BOT_CONFIG_DIR", config.toString(), "BOT_CONFIG_CHECK_SECONDS", "0");
    }

    @Test
    void missingInDecemberThenReadThenInUseAfterARestart() throws Exception {
        Path config = TestBot.copyConfig(dir.resolve("bot-config"));
        try (TestBot bot = TestBot.start(dir, "2026-11-30T10:00:00+08:00", env(config))) {
            bot.jump("2026-12-01T09:00");
            List<JsonNode> told = notices(bot, "local");
            assertThat(told).hasSize(1);
            String text = TestBot.plain(told.get(0));
            assertThat(text).startsWith("【2027年节假日安排未录入】").contains("@投促部小周")
                    .contains("元旦、春节等假期会被当作工作日").contains("《关于2027年部分节假日安排的通知》")
                    .contains("新建 bot-config/holidays/2027.yaml，格式同 2026.yaml").contains("重启机器人");
            // as the phones show it: the whole text in each message the route sends (DingTalk: the group's OpenAPI
            // message and the work notification that reaches 投资促进部), nothing lost but what a route cannot @
            for (Map.Entry<String, String> platform : Map.of("dingtalk", "ding-0900", "wecom", "tcb-zhou").entrySet()) {
                List<JsonNode> shown = notices(bot, platform.getKey());
                assertThat(shown).as(platform.getKey()).isNotEmpty();
                for (JsonNode m : shown) {
                    assertThat(TestBot.plain(m)).as(platform.getKey()).contains("2027.yaml").contains("国务院办公厅")
                            .contains("生效前每周提醒一次");
                    m.path("losses").forEach(l -> assertThat(l.asText()).as(platform.getKey()).contains("不会收到通知"));
                }
                assertThat(shown).as(platform.getKey() + ": 投资促进部 notified")
                        .anySatisfy(m -> assertThat(m.path("notify").toString()).contains(platform.getValue()));
            }
            assertThat(bot.get("/healthz").body().at("/details/calendarWarnings").toString())
                    .contains("2027 年没有节假日数据");
            bot.jump("2026-12-03T09:00");
            assertThat(notices(bot, "local")).hasSize(1);
        }

        // restarted within the week, still without the file: not said again
        try (TestBot bot = TestBot.start(dir, "2026-12-03T10:00:00+08:00", env(config))) {
            bot.jump("2026-12-07T18:00");
            assertThat(notices(bot, "local")).hasSize(1);

            // the file is saved while the bot runs: read and checked, but the calendar in use waits for a restart
            Files.writeString(config.resolve("holidays/2027.yaml"), TEST_2027);
            ConfigWatcher watcher = bot.app.configWatcher();
            assertThat(watcher.check()).isEqualTo(ConfigWatcher.Outcome.APPLIED);
            JsonNode details = bot.get("/healthz").body().get("details");
            assertThat(details.path("configRestartNeeded").asText()).contains("holidays/2027.yaml").contains("重启后生效");
            assertThat(details.path("calendarWarnings").toString()).contains("2027 年的节假日文件").contains("重启后生效");
            bot.jump("2026-12-08T09:00");
            List<JsonNode> told = notices(bot, "local");
            assertThat(told).hasSize(2);
            assertThat(TestBot.plain(told.get(1))).startsWith("【2027年节假日安排待重启生效】")
                    .contains("已读到 bot-config/holidays/2027.yaml").contains("请重启机器人");
        }

        // after the restart the file is in use: nothing more, and /healthz is quiet about 2027
        try (TestBot bot = TestBot.start(dir, "2026-12-08T10:00:00+08:00", env(config))) {
            bot.jump("2026-12-15T09:00");
            bot.jump("2027-01-04T09:00");
            assertThat(notices(bot, "local")).hasSize(2);
            assertThat(bot.get("/healthz").body().at("/details/calendarWarnings").toString()).doesNotContain("2027");
        }
    }
}
