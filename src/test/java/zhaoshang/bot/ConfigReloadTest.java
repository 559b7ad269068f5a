package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.config.Member;
import zhaoshang.roster.ConfigWatcher;
import zhaoshang.support.TestBot;

/**
 * Issue 17: bot-config edited while the bot runs. A valid edit applies without a restart; an invalid one is refused,
 * the running roster stays, and the problem (file, entry, what is wrong) shows in /healthz and in the coordination
 * group. Changes made by chat win over the YAML. The watcher is asked directly (no waiting on its period).
 */
class ConfigReloadTest {

    @TempDir
    Path dir;
    Path config;
    TestBot bot;

    @BeforeEach
    void start() {
        config = TestBot.copyConfig(dir.resolve("bot-config"));
        bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00",
                Map.of("BOT_CONFIG_DIR", config.toString(), "BOT_CONFIG_CHECK_SECONDS", "0"));
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void validEditAppliesInvalidEditIsRefusedAndReported() throws Exception {
        ConfigWatcher watcher = bot.app.configWatcher();
        assertThat(watcher.check()).isEqualTo(ConfigWatcher.Outcome.UNCHANGED);
        assertThat(bot.sayText("local-team4", "m-new", "帮助")).contains("还不在第四工作组的名单里");

        Path members = config.resolve("members.yaml");
        String original = Files.readString(members);
        String valid = original + "  - {id: m-new, name: 新人甲, team: team4, role: 组员}\n";
        Files.writeString(members, valid);
        assertThat(watcher.check()).isEqualTo(ConfigWatcher.Outcome.APPLIED);
        assertThat(bot.sayText("local-team4", "m-new", "帮助")).contains("招商助手 · 帮助");
        assertThat(bot.sayText("local-team4", "m-ye", "名单")).contains("新人甲");

        // invalid: an unknown role. Refused, reported, and the roster of the valid edit stays
        Files.writeString(members, valid + "  - {id: m-bad, name: 坏条目, team: team4, role: 队长}\n");
        assertThat(watcher.check()).isEqualTo(ConfigWatcher.Outcome.REFUSED);
        String health = bot.get("/healthz").text();
        assertThat(health).contains("members.yaml", "m-bad", "队长");
        String coordination = bot.history("local-coord").toString();
        assertThat(coordination).contains("bot-config 的修改没有生效", "members.yaml", "m-bad", "队长");
        assertThat(bot.app.config().member("m-new").map(Member::name)).contains("新人甲");
        assertThat(bot.app.config().member("m-bad")).isEmpty();
        assertThat(bot.sayText("local-team4", "m-new", "帮助")).contains("招商助手 · 帮助");
        // the same bad content is reported once, not at every check
        assertThat(watcher.check()).isEqualTo(ConfigWatcher.Outcome.UNCHANGED);

        // fixed: applied, the problem is gone
        Files.writeString(members, original);
        assertThat(watcher.check()).isEqualTo(ConfigWatcher.Outcome.APPLIED);
        assertThat(bot.get("/healthz").body().path("details").path("config").asText()).isEqualTo("ok");
        assertThat(bot.app.config().memberByPlatformId("local", "m-new")).isEmpty();
    }

    @Test
    void changesMadeByChatWinOverTheYaml() throws Exception {
        assertThat(bot.sayText("local-coord", "m-admin", "转组 白景行 第三工作组")).contains("转到第三工作组");
        // the YAML is edited elsewhere (白景行 still in team4 there, a name changed): the chat's move stays
        Path members = config.resolve("members.yaml");
        Files.writeString(members, Files.readString(members).replace("name: 陆承泽", "name: 陆承泽二"));
        assertThat(bot.app.configWatcher().check()).isEqualTo(ConfigWatcher.Outcome.APPLIED);
        assertThat(bot.app.config().member("m-bai").map(Member::teamId)).contains("team3");
        assertThat(bot.app.config().member("m-lu").map(Member::name)).contains("陆承泽二");

        // a team removed from teams.yaml while the chat moved someone into it: refused, roster kept
        Path teams = config.resolve("teams.yaml");
        String t = Files.readString(teams);
        String without3 = t.substring(0, t.indexOf("  - id: team3")) + t.substring(t.indexOf("  - id: team4"));
        Files.writeString(teams, without3);
        Files.writeString(config.resolve("members.yaml"), Files.readString(members).lines()
                .filter(l -> !l.contains("team: team3")).reduce("", (a, b) -> a + b + "\n"));
        Files.writeString(config.resolve("conversations.yaml"), Files.readString(config.resolve("conversations.yaml"))
                .lines().filter(l -> !l.contains("team3")).reduce("", (a, b) -> a + b + "\n"));
        assertThat(bot.app.configWatcher().check()).isEqualTo(ConfigWatcher.Outcome.REFUSED);
        assertThat(bot.get("/healthz").text()).contains("白景行", "team3");
        assertThat(bot.app.config().team("team3")).isPresent();
    }

    @Test
    void aHolidayFileSavedWhileRunningIsCheckedAndWaitsForARestart() throws Exception {
        assertThat(bot.get("/healthz").body().at("/details/calendarWarnings").toString()).contains("2027 年没有节假日数据");
        // test data only: real dates come from the State Council's notice
        Files.writeString(config.resolve("holidays/2027.yaml"),
                "year: 2027\nsource: 测试数据，不是国务院办公厅的通知\nholidays: []\nworkdays: []\n");
        assertThat(bot.app.configWatcher().check()).isEqualTo(ConfigWatcher.Outcome.APPLIED);
        JsonNode details = bot.get("/healthz").body().get("details");
        assertThat(details.path("configRestartNeeded").asText()).isEqualTo("holidays/2027.yaml 的修改已通过检查，重启后生效");
        // the reminders' calendar was built at start: /healthz says what it computes with, not what the watcher read
        assertThat(details.path("calendarWarnings").toString()).contains("2027 年的节假日文件").contains("已读到，重启后生效")
                .doesNotContain("2027 年没有节假日数据");
        assertThat(bot.app.reminders().time().calendar().hasData(2027)).isFalse();

        // a broken holiday file is refused and reported like any other
        Files.writeString(config.resolve("holidays/2027.yaml"), "year: 2028\nholidays: []\n");
        assertThat(bot.app.configWatcher().check()).isEqualTo(ConfigWatcher.Outcome.REFUSED);
        assertThat(bot.history("local-coord").toString()).contains("2027.yaml").contains("与文件名不一致");
    }
}
