package zhaoshang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.export.ProgressChart;
import zhaoshang.support.HeadlessChromium;
import zhaoshang.support.TestBot;

/**
 * The simulator page in a real browser (headless Chromium from Debian, driven over the DevTools protocol): the
 * platform switch shows a conversation as DingTalk and as WeCom would, marks what a platform loses, buttons and
 * DingTalk command links send their command through the pipeline, and the coordination group's progress of 4 and of
 * 13 teams fits a 390×844 phone screen in both views. Skipped when no Chromium is installed (the screenshots in
 * docs/ were made by this test: {@code -Dscreenshots=docs}).
 */
class SimulatorInBrowserTest {

    static final String START = "2026-11-24T10:00:00+08:00";
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    static Path out() {
        return Path.of(System.getProperty("screenshots", "target/screenshots"));
    }

    static void assumeChromium() {
        assumeTrue(HeadlessChromium.binary().isPresent(),
                "Chromium is not installed (Debian: apt-get install chromium): the browser check is skipped; "
                        + "the screenshots in docs/ were made with it");
    }

    /** A morning of work in 第一工作组 and the other teams, a trip with today's daily check at 19:00. */
    static void morning(TestBot bot) {
        bot.say("local-team1", "m-he", "外出计划\n目的地：深圳\n出发：11月24日\n返回：11月27日\n拟拜访：深圳华强电子（11/26）\n"
                + "分工：何雨晴带队，钱思远联络");
        bot.say("local-team1", "m-he", """
                走访
                企业：深圳欣迪新能源装备技术有限公司
                时间：昨天
                对接人：崔健（总裁）
                洽谈内容：储能设备生产基地选址，关注标准化厂房和电价
                投资意向：较强
                拟投资额：5亿""");
        bot.say("local-team2", "m-xu", "走访\n企业：上海微创医疗\n时间：今天\n洽谈内容：器械产业园\n"
                + "走访\n企业：苏州汇川技术\n时间：今天\n洽谈内容：伺服电机");
        bot.say("local-team3", "m-shen", "线索\n企业：比亚迪\n项目：储能电池\n拟投资：10亿\n意向区域：高新区\n下一步：考察");
        bot.app.clock().moveTo(OffsetDateTime.parse("2026-11-24T19:00:00+08:00").toInstant());
        bot.app.reminders().evaluate();
    }

    @Test
    void thePlatformSwitchShowsWhatEachClientShowsAndButtonsSendTheirCommand() throws Exception {
        assumeChromium();
        try (TestBot bot = TestBot.start(dir, START); HeadlessChromium browser = HeadlessChromium.start()) {
            morning(bot);
            bot.say("local-team1", "m-lin", "本月进度");
            browser.viewport(900, 1100, 1, false);
            browser.open(bot.base() + "/?conversation=local-team1&sender=m-he&platform=local");
            browser.waitFor("document.body.innerText.includes('已登记走访')", WAIT);
            // the simulator's own view: the buttons of the recorded report
            assertThat(browser.eval("document.querySelectorAll('.buttons button[data-cmd=\"撤销 #V-0001\"]').length").asInt())
                    .isEqualTo(1);
            shotFromVisit(browser, "simulator.png");

            // DingTalk: command links (dtmd) instead of buttons, names instead of ids, the 工作通知 shown
            browser.eval("document.querySelector('#platforms [data-p=dingtalk]').click()");
            browser.waitFor("document.body.innerText.includes('钉钉 · sessionWebhook 回复')", WAIT);
            String ding = browser.eval("document.getElementById('log').innerText").asText();
            assertThat(browser.eval("document.querySelectorAll('a.cmd[data-cmd=\"确认 #V-0001\"]').length").asInt()).isEqualTo(1);
            assertThat(ding).contains("钉钉 · 工作通知", "@何雨晴 @钱思远", "不会收到通知").doesNotContain("**", "ding-01", "###");
            assertThat(browser.eval("location.search").asText()).contains("platform=dingtalk");
            shotFromVisit(browser, "simulator-dingtalk.png");

            // WeCom: legacy markdown for the group robot (no lists), buttons given as text and marked
            browser.eval("document.querySelector('#platforms [data-p=wecom]').click()");
            browser.waitFor("document.body.innerText.includes('企业微信 · 智能机器人回复')", WAIT);
            String wecom = browser.eval("document.getElementById('log').innerText").asText();
            assertThat(wecom).contains("可直接回复：确认 #V-0001", "按钮以文字给出", "@何雨晴 @钱思远")
                    .doesNotContain("**", "heyuqing", "###");
            assertThat(browser.eval("document.querySelectorAll('.loss').length").asInt()).isPositive();
            shotFromVisit(browser, "simulator-wecom.png");

            // a DingTalk command link goes through the pipeline as the member's message
            browser.eval("document.querySelector('#platforms [data-p=dingtalk]').click()");
            browser.waitFor("document.querySelector('a.cmd[data-cmd=\"确认 #V-0001\"]')", WAIT);
            browser.eval("document.querySelector('a.cmd[data-cmd=\"确认 #V-0001\"]').click()");
            browser.waitFor("document.body.innerText.includes('已确认，无需再操作')", WAIT);
            assertThat(bot.history("local-team1").stream().map(TestBot::plain)).contains("确认 #V-0001");
        }
    }

    @Test
    void coordinationProgressOfFourTeamsFitsAPhoneScreen() throws Exception {
        assumeChromium();
        try (TestBot bot = TestBot.start(dir, START); HeadlessChromium browser = HeadlessChromium.start()) {
            morning(bot);
            phoneProgress(bot, browser, 4);
            // one team's progress fits one screen too
            bot.say("local-team1", "m-lin", "本月进度");
            for (String platform : List.of("dingtalk", "wecom")) {
                browser.open(bot.base() + "/?conversation=local-team1&sender=m-lin&platform=" + platform);
                String bubble = "[...document.querySelectorAll('.bubble')].find(b => b.innerText.includes('第一工作组 2026年11月进度'))";
                browser.waitFor(bubble, WAIT);
                browser.eval("(" + bubble + ").closest('.msg').scrollIntoView()");
                assertThat(browser.eval("(" + bubble + ").getBoundingClientRect().height").asDouble())
                        .as("a team's progress in the %s view", platform)
                        .isLessThanOrEqualTo(browser.eval("document.getElementById('scroller').clientHeight").asDouble());
                shot(browser, "phone-progress-team-" + platform + ".png");
            }
        }
    }

    @Test
    void coordinationProgressOfThirteenTeamsFitsAPhoneScreen() throws Exception {
        assumeChromium();
        Path config = thirteenTeams(dir.resolve("bot-config"));
        try (TestBot bot = TestBot.start(dir, START, Map.of("BOT_CONFIG_DIR", config.toString()));
             HeadlessChromium browser = HeadlessChromium.start()) {
            morning(bot);
            phoneProgress(bot, browser, 13);
        }
    }

    private void phoneProgress(TestBot bot, HeadlessChromium browser, int teams) throws Exception {
        bot.say("local-coord", "m-admin", "本月进度");
        browser.viewport(390, 844, 2, true);
        for (String platform : List.of("dingtalk", "wecom")) {
            browser.open(bot.base() + "/?conversation=local-coord&sender=m-admin&platform=" + platform);
            String bubble = "[...document.querySelectorAll('.bubble')].find(b => b.innerText.includes('各工作组 2026年11月进度'))";
            browser.waitFor(bubble, WAIT);
            browser.eval("(" + bubble + ").closest('.msg').scrollIntoView()");
            double height = browser.eval("(" + bubble + ").getBoundingClientRect().height").asDouble();
            double screen = browser.eval("document.getElementById('scroller').clientHeight").asDouble();
            int lines = browser.eval("(" + bubble + ").innerText.split('\\n').filter(l => /^第.+工作组 /.test(l)).length").asInt();
            assertThat(lines).as("one line per team").isEqualTo(teams);
            assertThat(height).as("%d teams in the %s view fit the phone's message area (%s px)", teams, platform, screen)
                    .isLessThanOrEqualTo(screen);
            shot(browser, "phone-progress-" + teams + "-teams-" + platform + ".png");
            // the chart attached to it: every team a row, every period a column, shown at the phone's width
            String chart = "[...document.querySelectorAll('img.chart')].pop()";
            browser.waitFor(chart + " && " + chart + ".complete && " + chart + ".naturalWidth > 0", WAIT);
            browser.eval("(" + chart + ").scrollIntoView()");
            assertThat(browser.eval("(" + chart + ").naturalWidth").asInt()).isEqualTo(ProgressChart.WIDTH);
            assertThat(browser.eval("(" + chart + ").getBoundingClientRect().right").asDouble())
                    .as("the chart fits the phone's width").isLessThanOrEqualTo(390);
            shot(browser, "phone-progress-" + teams + "-teams-chart-" + platform + ".png");
        }
    }

    private static void shot(HeadlessChromium browser, String name) throws Exception {
        browser.screenshot(out().resolve(name));
    }

    /** Scrolls so that the recorded visit (with its buttons or command links) is at the top, then takes a picture. */
    private static void shotFromVisit(HeadlessChromium browser, String name) throws Exception {
        browser.eval("[...document.querySelectorAll('.bubble')].find(b => b.innerText.includes('已登记走访'))"
                + ".closest('.msg').scrollIntoView()");
        shot(browser, name);
    }

    /** The sample bot-config with 13 teams (a leader each; the first four teams keep their members). */
    static Path thirteenTeams(Path target) throws Exception {
        TestBot.copyConfig(target);
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"};
        StringBuilder teams = new StringBuilder("teams:\n");
        StringBuilder members = new StringBuilder();
        for (int i = 1; i <= 13; i++) {
            teams.append("  - {id: team").append(i).append(", name: 第").append(numerals[i - 1])
                    .append("工作组, region: 重点区域, directions: [电子信息]}\n");
            if (i > 4) members.append("  - {id: m-t").append(i).append(", name: 组长").append(i)
                    .append(", team: team").append(i).append(", role: 组长}\n");
        }
        Files.writeString(target.resolve("teams.yaml"), teams.toString());
        Path m = target.resolve("members.yaml");
        Files.writeString(m, Files.readString(m) + members);
        return target;
    }
}
