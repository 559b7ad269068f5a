package zhaoshang.chat.wecom;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import zhaoshang.chat.Delivery;
import zhaoshang.chat.MutableClock;
import zhaoshang.chat.Reply;
import zhaoshang.chat.SendResult.Status;
import zhaoshang.support.LogCapture;

/** The self-built app's own API against WireMock standing in for qyapi.weixin.qq.com. */
class WeComAppApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String APP_CONV = "app:1000002";
    static final String SECRET = "app-secret-not-real";

    WireMockServer wm;
    MutableClock clock;
    WeComPlatform platform;

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
        clock = new MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(3)).build();
        platform = new WeComPlatform(new WeComSettings(wm.baseUrl()), Map.of(), clock, http, null,
                new WeComPlatform.AppCredentials("wwcorp", SECRET, 1000002));
        wm.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken")).willReturn(okJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"TOKEN-1\",\"expires_in\":7200}")));
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/message/send")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/appchat/send")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    Delivery answer(long id, String conversation, Reply reply) {
        return new Delivery(id, "wecom", conversation, reply, Map.of("kind", "app", "chattype", "single",
                "agentId", "1000002", "userId", "heyuqing"), null, 1, clock.instant());
    }

    JsonNode body(String path, int i) throws Exception {
        return JSON.readTree(wm.findAll(postRequestedFor(urlPathEqualTo(path))).get(i).getBodyAsString());
    }

    @Test
    void anAnswerGoesToTheMemberThroughMessageSendWithOneCachedToken() throws Exception {
        assertThat(platform.send(answer(1, APP_CONV, Reply.text("已记录走访 #V-0001"))).status()).isEqualTo(Status.SENT);
        assertThat(platform.send(answer(2, APP_CONV, Reply.text("已记录走访 #V-0002"))).status()).isEqualTo(Status.SENT);
        wm.verify(1, getRequestedFor(urlPathEqualTo("/cgi-bin/gettoken")).withQueryParam("corpid", equalTo("wwcorp"))
                .withQueryParam("corpsecret", equalTo(SECRET)));
        wm.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/message/send"))
                .withQueryParam("access_token", equalTo("TOKEN-1")));
        JsonNode first = body("/cgi-bin/message/send", 0);
        assertThat(first.path("touser").asText()).isEqualTo("heyuqing");
        assertThat(first.path("agentid").asLong()).isEqualTo(1000002);
        assertThat(first.toString()).contains("#V-0001");
        // a token near its expiry is fetched again
        clock.advance(Duration.ofSeconds(7200 - 60));
        platform.send(answer(3, APP_CONV, Reply.text("好的")));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/cgi-bin/gettoken")));
    }

    @Test
    void anExpiredTokenIsFetchedAgainAndTheMessageSentOnce() {
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/message/send")).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}")).willSetStateTo("fresh"));
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/message/send")).inScenario("t").whenScenarioStateIs("fresh")
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        assertThat(platform.send(answer(1, APP_CONV, Reply.text("你好"))).status()).isEqualTo(Status.SENT);
        wm.verify(2, getRequestedFor(urlPathEqualTo("/cgi-bin/gettoken")));
        wm.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/message/send")));
    }

    @Test
    void aGroupTheAppCreatedGetsAppchatSend() throws Exception {
        Delivery push = new Delivery(5, "wecom", "appchat:team1chat", Reply.text("【每日走访提醒】请今天补报走访"), Map.of(),
                null, 1, clock.instant());
        assertThat(platform.send(push).status()).isEqualTo(Status.SENT);
        JsonNode b = body("/cgi-bin/appchat/send", 0);
        assertThat(b.path("chatid").asText()).isEqualTo("team1chat");
        assertThat(b.toString()).contains("每日走访提醒");
        wm.verify(0, postRequestedFor(urlPathEqualTo("/cgi-bin/message/send")));
    }

    @Test
    void aWorkbookIsUploadedAndSentAsAFile() throws Exception {
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/media/upload")).willReturn(okJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"file\",\"media_id\":\"MEDIA-9\",\"created_at\":\"1380000000\"}")));
        byte[] xlsx = "PK fake workbook bytes".getBytes();
        assertThat(platform.send(answer(7, APP_CONV, Reply.file("走访台账-2026年11月.xlsx", xlsx))).status())
                .isEqualTo(Status.SENT);
        wm.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/media/upload")).withQueryParam("type", equalTo("file"))
                .withRequestBodyPart(aMultipart().withName("media").build()));
        JsonNode b = body("/cgi-bin/message/send", 0);
        assertThat(b.path("msgtype").asText()).isEqualTo("file");
        assertThat(b.path("file").path("media_id").asText()).isEqualTo("MEDIA-9");
        assertThat(b.path("touser").asText()).isEqualTo("heyuqing");
    }

    @Test
    void appchatCreateRunsOnlyForAChatThatDoesNotExist() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/cgi-bin/appchat/get")).willReturn(okJson("{\"errcode\":86003,\"errmsg\":\"chat not exist\"}")));
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/appchat/create")).willReturn(okJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"chatid\":\"team1chat\"}")));
        assertThat(platform.appApi().ensureChat("team1chat", "第一工作组", "linxiaodong",
                List.of("linxiaodong", "heyuqing"))).isTrue();
        JsonNode b = body("/cgi-bin/appchat/create", 0);
        assertThat(b.path("chatid").asText()).isEqualTo("team1chat");
        assertThat(b.path("userlist").size()).isEqualTo(2);
        wm.stubFor(get(urlPathEqualTo("/cgi-bin/appchat/get")).willReturn(okJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"chat_info\":{\"chatid\":\"team1chat\"}}")));
        assertThat(platform.appApi().ensureChat("team1chat", "第一工作组", "linxiaodong",
                List.of("linxiaodong", "heyuqing"))).isFalse();
        wm.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/appchat/create")));
    }

    @Test
    void aWrongSecretFailsPermanentlyWithOneClearLine() {
        wm.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken")).willReturn(okJson("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}")));
        try (LogCapture log = LogCapture.of(WeComAppApi.class)) {
            var r1 = platform.send(answer(1, APP_CONV, Reply.text("你好")));
            var r2 = platform.send(answer(2, APP_CONV, Reply.text("你好")));
            assertThat(r1.status()).isEqualTo(Status.PERMANENT);
            assertThat(r2.status()).isEqualTo(Status.PERMANENT);
            assertThat(r1.detail()).contains("40001").doesNotContain(SECRET);
            assertThat(log.atLeast(Level.ERROR)).hasSize(1);
            assertThat(log.atLeast(Level.ERROR).get(0).getFormattedMessage()).contains("WECOM_APP_SECRET");
        }
        wm.verify(0, postRequestedFor(urlPathEqualTo("/cgi-bin/message/send")));
    }

    @Test
    void aPushWithNobodyToSendToFailsPermanently() {
        Delivery push = new Delivery(9, "wecom", APP_CONV, Reply.text("通知"), Map.of(), null, 1, clock.instant());
        assertThat(platform.send(push).status()).isEqualTo(Status.PERMANENT);
    }
}
