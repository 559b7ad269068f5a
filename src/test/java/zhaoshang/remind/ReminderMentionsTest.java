package zhaoshang.remind;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.TestBot;

/**
 * A reminder that names two members (the daily visit check of a trip: the planner 何雨晴 and 钱思远 from 分工) goes
 * through every configured DingTalk and WeCom route (WireMock stands in for both platforms): the field that notifies
 * holds their user ids, the text a person reads holds their names and never an id.
 */
class ReminderMentionsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String START = "2026-11-23T10:00:00+08:00";
    static final List<String> DING_IDS = List.of("ding-0102", "ding-0103");
    static final List<String> WECOM_IDS = List.of("heyuqing", "qiansiyuan");

    @TempDir
    Path dir;
    WireMockServer wm;
    TestBot bot;

    @BeforeEach
    void platforms() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        String ok = "{\"errcode\":0,\"errmsg\":\"ok\"}";
        wm.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson(ok)));
        wm.stubFor(post(urlPathEqualTo("/v1.0/oauth2/accessToken")).willReturn(okJson("{\"accessToken\":\"api-t\",\"expireIn\":7200}")));
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/gettoken"))
                .willReturn(okJson("{\"errcode\":0,\"access_token\":\"oapi-t\",\"expires_in\":7200}")));
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send")).willReturn(okJson("{\"processQueryKey\":\"q\"}")));
        wm.stubFor(post(urlPathEqualTo("/topapi/message/corpconversation/asyncsend_v2"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"task_id\":7}")));
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).willReturn(okJson(ok)));
    }

    @AfterEach
    void stop() {
        if (bot != null) bot.close();
        wm.stop();
    }

    private void startBot(boolean agentId) throws Exception {
        Path config = TestBot.copyConfig(dir.resolve("bot-config"));
        Path conv = config.resolve("conversations.yaml");
        Files.writeString(conv, Files.readString(conv)
                + "  - {id: cid-robot, platform: dingtalk, name: 第一工作组钉钉群, team: team1,"
                + " settings: {webhook: \"" + wm.baseUrl() + "/robot/send?access_token=robot-1\"}}\n"
                + "  - {id: cid-app, platform: dingtalk, name: 第一工作组钉钉二群, team: team1}\n"
                + "  - {id: wrk-team1, platform: wecom, name: 第一工作组企微群, team: team1, settings: {webhookKey: \"k-team1\"}}\n");
        Map<String, String> env = new HashMap<>(Map.of("BOT_CONFIG_DIR", config.toString(),
                "DINGTALK_APP_KEY", "ding-app", "DINGTALK_APP_SECRET", "not-a-real-secret", "DINGTALK_ROBOT_CODE", "robot-code",
                "DINGTALK_OAPI_BASE", wm.baseUrl(), "DINGTALK_API_BASE", wm.baseUrl(), "WECOM_API_BASE", wm.baseUrl()));
        if (agentId) env.put("DINGTALK_AGENT_ID", "4242");
        env.put("DINGTALK_MODE", "callback"); // sends only: no Stream connection to the fake
        bot = TestBot.start(dir, START, env);
        String plan = bot.sayText("local-team1", "m-he", "外出计划\n目的地：深圳\n出发：11月24日\n返回：11月27日\n"
                + "拟拜访：深圳欣迪新能源（11/25）\n分工：何雨晴带队，钱思远联络");
        assertThat(plan).contains("#T-");
        // day 1 of the trip, 19:00, no visit recorded: the daily check names the two members on the trip
        bot.app.clock().moveTo(OffsetDateTime.parse("2026-11-24T19:00:00+08:00").toInstant());
        bot.app.reminders().evaluate();
    }

    private List<LoggedRequest> requests(String path, int n) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> wm.findAll(postRequestedFor(urlPathEqualTo(path))).size() >= n);
        return wm.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    static JsonNode body(LoggedRequest r) throws Exception {
        return JSON.readTree(r.getBodyAsString());
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void aReminderNamingTwoMembersNotifiesThemOnEveryRoute() throws Exception {
        startBot(true);

        // DingTalk custom robot: at.atUserIds holds both ids; the text carries "@userid", which the client shows as
        // the member's name (the simulator's DingTalk view shows what the client shows)
        JsonNode robot = body(requests("/robot/send", 1).get(0));
        assertThat(texts(robot.at("/at/atUserIds"))).containsExactlyElementsOf(DING_IDS);
        assertThat(robot.at("/markdown/text").asText()).contains("【每日走访提醒】").contains("@ding-0102 @ding-0103");

        // DingTalk robot OpenAPI (no @ field): the group reads the names, and each of them gets a 工作通知
        JsonNode group = body(requests("/v1.0/robot/groupMessages/send", 1).get(0));
        assertThat(group.path("openConversationId").asText()).isEqualTo("cid-app");
        String groupText = JSON.readTree(group.path("msgParam").asText()).path("text").asText();
        assertThat(groupText).contains("【每日走访提醒】").contains("@何雨晴 @钱思远").doesNotContain("ding-01");
        JsonNode notice = body(requests("/topapi/message/corpconversation/asyncsend_v2", 1).get(0));
        assertThat(notice.path("agent_id").asLong()).isEqualTo(4242);
        assertThat(notice.path("userid_list").asText()).isEqualTo("ding-0102,ding-0103");
        assertThat(notice.at("/msg/markdown/text").asText()).contains("【每日走访提醒】").doesNotContain("ding-01");
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/topapi/message/corpconversation/asyncsend_v2"))))
                .as("one 工作通知 for the reminder, not one per group").hasSize(1);

        // WeCom group robot: text with mentioned_list; the text reads the names
        JsonNode wecom = body(requests("/cgi-bin/webhook/send", 1).get(0));
        assertThat(wecom.path("msgtype").asText()).isEqualTo("text");
        assertThat(texts(wecom.at("/text/mentioned_list"))).containsExactlyElementsOf(WECOM_IDS);
        assertThat(wecom.at("/text/content").asText()).contains("【每日走访提醒】").contains("@何雨晴 @钱思远")
                .doesNotContain("heyuqing", "qiansiyuan");

        // what a person reads in the DingTalk and WeCom views of the simulator: names, no ids
        for (String platform : List.of("dingtalk", "wecom", "local")) {
            JsonNode last = lastBotMessage(platform);
            assertThat(TestBot.plain(last)).as(platform).contains("@何雨晴 @钱思远")
                    .doesNotContain("ding-01", "heyuqing", "m-he");
        }
        // the DingTalk view shows the 工作通知 the two of them get as well
        JsonNode notices = bot.get("/local/messages?conversation=local-team1&platform=dingtalk").body().path("messages");
        assertThat(notices.findValuesAsText("route")).contains("dingtalk.notice");
        assertThat(bot.get("/healthz").body().at("/details/outboxWarnings")).isEmpty();
    }

    @Test
    void withoutAnAgentIdTheReminderStillGoesOutWithTheNamesAndTheGapIsShownInHealthz() throws Exception {
        startBot(false);
        String groupText = JSON.readTree(body(requests("/v1.0/robot/groupMessages/send", 1).get(0)).path("msgParam").asText())
                .path("text").asText();
        assertThat(groupText).contains("@何雨晴 @钱思远");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> bot.get("/healthz").body().at("/details/outboxWarnings").size() > 0);
        JsonNode details = bot.get("/healthz").body().path("details");
        assertThat(details.at("/outboxWarnings/0/conversation").asText()).isEqualTo("cid-app");
        assertThat(details.at("/outboxWarnings/0/warning").asText()).contains("何雨晴、钱思远").contains("DINGTALK_AGENT_ID");
        assertThat(texts(details.path("mentionRoutes"))).hasSize(1).allMatch(s -> s.contains("cid-app"));
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/topapi/message/corpconversation/asyncsend_v2")))).isEmpty();
        // the group with a custom robot still @s them
        assertThat(texts(body(requests("/robot/send", 1).get(0)).at("/at/atUserIds"))).containsExactlyElementsOf(DING_IDS);
    }

    private JsonNode lastBotMessage(String platform) {
        JsonNode messages = bot.get("/local/messages?conversation=local-team1&platform=" + platform).body().path("messages");
        JsonNode last = null;
        for (JsonNode m : messages) {
            if (TestBot.plain(m).contains("【每日走访提醒】") && !m.path("route").asText().equals("dingtalk.notice")) last = m;
        }
        assertThat(last).as("the reminder in the %s view", platform).isNotNull();
        return last;
    }
}
