package zhaoshang.chat.dingtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zhaoshang.chat.Delivery;
import zhaoshang.chat.MutableClock;
import zhaoshang.chat.Mention;
import zhaoshang.chat.Reply;
import zhaoshang.chat.Span;
import zhaoshang.chat.SendResult;
import zhaoshang.chat.SendResult.Status;

/** WireMock stands in for oapi.dingtalk.com and api.dingtalk.com. */
class DingTalkPlatformTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant T0 = Instant.ofEpochMilli(1577262236757L);
    static final String CONV = "cidGroupA==";

    WireMockServer wm;
    MutableClock clock;
    OkHttpClient http;

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
        clock = new MutableClock(T0);
        http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(3)).callTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    DingTalkSettings appSettings() {
        return new DingTalkSettings("dingAppKey", "app-secret-value", "dingRobotCode", wm.baseUrl(), wm.baseUrl());
    }

    DingTalkPlatform app() {
        return new DingTalkPlatform(appSettings(), Map.of(), clock, http);
    }

    DingTalkPlatform customOnly(String secret) {
        return new DingTalkPlatform(new DingTalkSettings(null, null, null, wm.baseUrl(), wm.baseUrl()),
                Map.of(CONV, new CustomRobot(wm.baseUrl() + "/robot/send?access_token=custom-token-abc", secret)), clock, http);
    }

    Map<String, String> session(Duration validFor) {
        Map<String, String> ctx = new HashMap<>();
        ctx.put("sessionWebhook", wm.baseUrl() + "/robot/sendBySession?session=sess-secret-1");
        ctx.put("sessionWebhookExpiredTime", Long.toString(clock.instant().plus(validFor).toEpochMilli()));
        ctx.put("conversationType", "2");
        ctx.put("msgtype", "text");
        return ctx;
    }

    Delivery delivery(long id, Reply reply, Map<String, String> ctx) {
        return new Delivery(id, "dingtalk", CONV, reply, ctx, null, 1, clock.instant());
    }

    void stubTokens() {
        wm.stubFor(post(urlPathEqualTo("/v1.0/oauth2/accessToken"))
                .willReturn(okJson("{\"accessToken\":\"api-token-1\",\"expireIn\":7200}")));
        wm.stubFor(get(urlPathEqualTo("/gettoken"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"oapi-token-1\",\"expires_in\":7200}")));
    }

    static JsonNode body(LoggedRequest r) throws Exception {
        return JSON.readTree(r.getBodyAsString());
    }

    static Mention person(String name, String dingtalkId) {
        return new Mention("m-" + dingtalkId, name, Map.of("dingtalk", dingtalkId));
    }

    static void assertNoSecrets(SendResult r) {
        assertThat(r.detail()).doesNotContain("token-", "secret", "session=", "access_token=");
    }

    // ------------------------------------------------------------------ sessionWebhook

    @Test
    void replyReachesSessionWebhookWithMentions() throws Exception {
        wm.stubFor(post(urlPathEqualTo("/robot/sendBySession")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        SendResult r = app().send(delivery(1, Reply.text("已记录：拜访 华为").mentioning(List.of(person("张三", "user123"))),
                session(Duration.ofMinutes(60))));
        assertThat(r.status()).isEqualTo(Status.SENT);
        wm.verify(1, postRequestedFor(urlEqualTo("/robot/sendBySession?session=sess-secret-1"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"msgtype\":\"markdown\",\"markdown\":{\"title\":\"已记录：拜访 华为\","
                        + "\"text\":\"已记录：拜访 华为\\n\\n@user123\"},"
                        + "\"at\":{\"atUserIds\":[\"user123\"],\"isAtAll\":false}}")));
        wm.verify(0, postRequestedFor(urlPathEqualTo("/v1.0/oauth2/accessToken")));
    }

    @Test
    void markdownReplyCarriesTitle() {
        wm.stubFor(post(urlPathEqualTo("/robot/sendBySession")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        Reply reply = Reply.message("本月进度").heading("本月进度").item("拜访 ", Span.strong("3/10")).line("截至 11月20日").build();
        SendResult r = app().send(delivery(2, reply, session(Duration.ofMinutes(10))));
        assertThat(r.status()).isEqualTo(Status.SENT);
        wm.verify(postRequestedFor(urlPathEqualTo("/robot/sendBySession")).withRequestBody(equalToJson(
                "{\"msgtype\":\"markdown\",\"markdown\":{\"title\":\"本月进度\","
                        + "\"text\":\"#### 本月进度\\n\\n- 拜访 **3/10**\\n\\n截至 11月20日\"},"
                        + "\"at\":{\"atUserIds\":[],\"isAtAll\":false}}")));
    }

    // ------------------------------------------------------------------ OpenAPI push

    @Test
    void expiredSessionPushesThroughOpenApiWithOneCachedToken() throws Exception {
        stubTokens();
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send")).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        DingTalkPlatform p = app();
        Map<String, String> expired = session(Duration.ofMinutes(-1));
        for (int i = 0; i < 5; i++) {
            assertThat(p.send(delivery(10 + i, Reply.text("提醒 " + i), expired)).status()).isEqualTo(Status.SENT);
            clock.advance(Duration.ofMinutes(10));
        }
        wm.verify(0, postRequestedFor(urlPathEqualTo("/robot/sendBySession")));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v1.0/oauth2/accessToken"))
                .withRequestBody(equalToJson("{\"appKey\":\"dingAppKey\",\"appSecret\":\"app-secret-value\"}")));
        wm.verify(5, postRequestedFor(urlPathEqualTo("/v1.0/robot/groupMessages/send"))
                .withHeader("x-acs-dingtalk-access-token", equalTo("api-token-1")));
        JsonNode first = body(wm.findAll(postRequestedFor(urlPathEqualTo("/v1.0/robot/groupMessages/send"))).get(0));
        assertThat(first.get("msgKey").asText()).isEqualTo("sampleMarkdown");
        assertThat(first.get("robotCode").asText()).isEqualTo("dingRobotCode");
        assertThat(first.get("openConversationId").asText()).isEqualTo(CONV);
        assertThat(first.get("msgParam").isTextual()).as("msgParam is a JSON string").isTrue();
        assertThat(JSON.readTree(first.get("msgParam").asText()).get("text").asText()).isEqualTo("提醒 0");

        // past expiry minus margin (7200 s − 5 min) a new token is fetched
        clock.advance(Duration.ofHours(2));
        assertThat(p.send(delivery(20, Reply.text("x"), Map.of())).status()).isEqualTo(Status.SENT);
        wm.verify(2, postRequestedFor(urlPathEqualTo("/v1.0/oauth2/accessToken")));
    }

    @Test
    void scheduledMarkdownPushWithoutReplyContext() throws Exception {
        stubTokens();
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send")).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        assertThat(app().send(delivery(3, Reply.markdown("月末提醒", "**请补报**"), Map.of())).status()).isEqualTo(Status.SENT);
        JsonNode b = body(wm.findAll(postRequestedFor(urlPathEqualTo("/v1.0/robot/groupMessages/send"))).get(0));
        assertThat(b.get("msgKey").asText()).isEqualTo("sampleMarkdown");
        assertThat(JSON.readTree(b.get("msgParam").asText()))
                .isEqualTo(JSON.readTree("{\"title\":\"月末提醒\",\"text\":\"**请补报**\"}"));
    }

    @Test
    void oneToOneConversationUsesBatchSend() throws Exception {
        stubTokens();
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/oToMessages/batchSend")).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        Map<String, String> ctx = new HashMap<>(session(Duration.ofMinutes(-5)));
        ctx.put("conversationType", "1");
        ctx.put("senderStaffId", "user123");
        assertThat(app().send(delivery(4, Reply.text("hi"), ctx)).status()).isEqualTo(Status.SENT);
        JsonNode b = body(wm.findAll(postRequestedFor(urlPathEqualTo("/v1.0/robot/oToMessages/batchSend"))).get(0));
        assertThat(b.get("userIds").get(0).asText()).isEqualTo("user123");
        assertThat(b.has("openConversationId")).isFalse();
    }

    @Test
    void invalidTokenIsDroppedAndCallRepeatedOnce() {
        wm.stubFor(post(urlPathEqualTo("/v1.0/oauth2/accessToken")).inScenario("tok").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"accessToken\":\"api-token-old\",\"expireIn\":7200}")).willSetStateTo("second"));
        wm.stubFor(post(urlPathEqualTo("/v1.0/oauth2/accessToken")).inScenario("tok").whenScenarioStateIs("second")
                .willReturn(okJson("{\"accessToken\":\"api-token-new\",\"expireIn\":7200}")));
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send"))
                .withHeader("x-acs-dingtalk-access-token", equalTo("api-token-old"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"InvalidAuthentication\",\"requestid\":\"r\",\"message\":\"不合法的access_token\"}")));
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send"))
                .withHeader("x-acs-dingtalk-access-token", equalTo("api-token-new"))
                .willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        assertThat(app().send(delivery(5, Reply.text("x"), Map.of())).status()).isEqualTo(Status.SENT);
        wm.verify(2, postRequestedFor(urlPathEqualTo("/v1.0/oauth2/accessToken")));
        wm.verify(2, postRequestedFor(urlPathEqualTo("/v1.0/robot/groupMessages/send")));
    }

    @Test
    void openApiErrorsAreClassified() {
        stubTokens();
        DingTalkPlatform p = app();
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send")).willReturn(aResponse().withStatus(503)));
        assertThat(p.send(delivery(6, Reply.text("x"), Map.of())).status()).isEqualTo(Status.RETRY);
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"invalidParameter.robotCode.empty\",\"message\":\"robotCode is empty\"}")));
        SendResult r = p.send(delivery(7, Reply.text("x"), Map.of()));
        assertThat(r.status()).isEqualTo(Status.PERMANENT);
        assertThat(r.detail()).contains("invalidParameter");
        assertNoSecrets(r);
    }

    @Test
    void badAppCredentialsArePermanent() {
        wm.stubFor(post(urlPathEqualTo("/v1.0/oauth2/accessToken")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"invalidClientSecret\",\"message\":\"bad\"}")));
        SendResult r = app().send(delivery(8, Reply.text("x"), Map.of()));
        assertThat(r.status()).isEqualTo(Status.PERMANENT);
        assertNoSecrets(r);
    }

    @Test
    void sessionWebhookPermanentErrorFallsBackToOpenApi() {
        stubTokens();
        wm.stubFor(post(urlPathEqualTo("/robot/sendBySession"))
                .willReturn(okJson("{\"errcode\":300001,\"errmsg\":\"token is not exist\"}")));
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send")).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        assertThat(app().send(delivery(9, Reply.text("x"), session(Duration.ofMinutes(30)))).status()).isEqualTo(Status.SENT);
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v1.0/robot/groupMessages/send")));
    }

    // ------------------------------------------------------------------ mentions

    @Test
    void aPushNamingPeopleGoesToTheGroupWithNamesAndToThePeopleAsAWorkNotificationOnceAcrossRetries() throws Exception {
        stubTokens();
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send")).willReturn(okJson("{\"processQueryKey\":\"q\"}")));
        // the work notification fails once (system busy), then goes through
        wm.stubFor(post(urlPathEqualTo("/topapi/message/corpconversation/asyncsend_v2")).inScenario("n")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"系统繁忙\"}")).willSetStateTo("up"));
        wm.stubFor(post(urlPathEqualTo("/topapi/message/corpconversation/asyncsend_v2")).inScenario("n")
                .whenScenarioStateIs("up").willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"task_id\":1}")));
        DingTalkSettings s = appSettings();
        DingTalkPlatform p = new DingTalkPlatform(new DingTalkSettings(s.appKey(), s.appSecret(), s.robotCode(),
                s.oapiBase(), s.apiBase(), 4242L), Map.of(), clock, http);
        Reply reminder = Reply.message("每日走访提醒").heading("【每日走访提醒】").line("今天还没有走访记录。").build()
                .mentioning(List.of(person("何雨晴", "ding-0102"), person("钱思远", "ding-0103")));
        Delivery.Progress progress = new Delivery.Progress.InMemory();
        SendResult first = p.send(new Delivery(80, "dingtalk", CONV, reminder, Map.of(), null, 1, clock.instant(), progress));
        assertThat(first.status()).isEqualTo(Status.RETRY);
        SendResult second = p.send(new Delivery(80, "dingtalk", CONV, reminder, Map.of(), null, 2, clock.instant(), progress));
        assertThat(second.status()).isEqualTo(Status.SENT);
        assertThat(second.warning()).isNull();

        // the group message once (not again with the notification's retry), the names in it and no ids
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v1.0/robot/groupMessages/send")));
        JsonNode group = body(wm.findAll(postRequestedFor(urlPathEqualTo("/v1.0/robot/groupMessages/send"))).get(0));
        assertThat(JSON.readTree(group.path("msgParam").asText()).path("text").asText())
                .contains("@何雨晴 @钱思远").doesNotContain("ding-01");
        List<LoggedRequest> notices = wm.findAll(postRequestedFor(urlPathEqualTo("/topapi/message/corpconversation/asyncsend_v2")));
        assertThat(notices).hasSize(2);
        assertThat(notices.get(1).getUrl()).contains("access_token=oapi-token-1");
        JsonNode notice = body(notices.get(1));
        assertThat(notice.path("agent_id").asLong()).isEqualTo(4242);
        assertThat(notice.path("userid_list").asText()).isEqualTo("ding-0102,ding-0103");
        assertThat(notice.at("/msg/msgtype").asText()).isEqualTo("markdown");
        assertThat(notice.at("/msg/markdown/text").asText()).contains("今天还没有走访记录").doesNotContain("@");
        assertThat(progress.routes()).containsExactly("dingtalk.openapi", "dingtalk.notice");
    }

    @Test
    void aPushNamingPeoplePrefersTheCustomRobotWhichCanAtThem() throws Exception {
        stubTokens();
        wm.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send")).willReturn(okJson("{\"processQueryKey\":\"q\"}")));
        DingTalkPlatform p = new DingTalkPlatform(appSettings(),
                Map.of(CONV, new CustomRobot(wm.baseUrl() + "/robot/send?access_token=custom-token-abc", null)), clock, http);
        Reply named = Reply.text("请补报走访").mentioning(List.of(person("何雨晴", "ding-0102")));
        assertThat(p.send(delivery(81, named, Map.of())).status()).isEqualTo(Status.SENT);
        assertThat(p.send(delivery(82, Reply.text("本月进度已更新"), Map.of())).status()).isEqualTo(Status.SENT);
        // the named push through the robot (at.atUserIds), the other one through the OpenAPI as before
        wm.verify(1, postRequestedFor(urlPathEqualTo("/robot/send")));
        assertThat(body(wm.findAll(postRequestedFor(urlPathEqualTo("/robot/send"))).get(0)).at("/at/atUserIds/0").asText())
                .isEqualTo("ding-0102");
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v1.0/robot/groupMessages/send")));
    }

    @Test
    void withoutAnyRouteThatCanAtThePushCarriesAWarning() {
        stubTokens();
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send")).willReturn(okJson("{\"processQueryKey\":\"q\"}")));
        SendResult r = app().send(delivery(83, Reply.text("请补报走访").mentioning(List.of(person("何雨晴", "ding-0102"))), Map.of()));
        assertThat(r.status()).isEqualTo(Status.SENT);
        assertThat(r.warning()).contains("何雨晴").contains("DINGTALK_AGENT_ID");
    }

    @Test
    void aConfirmationOffersItsButtonsAsDtmdCommandLinks() throws Exception {
        wm.stubFor(post(urlPathEqualTo("/robot/sendBySession")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        Reply confirmation = Reply.message("已登记 #V-0001").line("✅ 已登记走访 #V-0001").field("企业名称", "宁德时代")
                .button("确认", "确认 #V-0001").button("撤销", "撤销 #V-0001").build();
        assertThat(app().send(delivery(84, confirmation, session(Duration.ofMinutes(30)))).status()).isEqualTo(Status.SENT);
        String text = body(wm.findAll(postRequestedFor(urlPathEqualTo("/robot/sendBySession"))).get(0)).at("/markdown/text").asText();
        assertThat(text).endsWith("可直接回复：[确认 #V-0001](dtmd://dingtalkclient/sendMessage?content=%E7%A1%AE%E8%AE%A4%20%23V-0001)"
                + " ｜ [撤销 #V-0001](dtmd://dingtalkclient/sendMessage?content=%E6%92%A4%E9%94%80%20%23V-0001)");
    }

    // ------------------------------------------------------------------ custom robot

    @Test
    void customRobotGetsTimestampAndUrlEncodedSign() {
        wm.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        SendResult r = customOnly("this is a secret").send(delivery(30, Reply.text("日报")
                .mentioning(List.of(person("九号", "u9"))), Map.of()));
        assertThat(r.status()).isEqualTo(Status.SENT);
        wm.verify(1, postRequestedFor(urlEqualTo("/robot/send?access_token=custom-token-abc&timestamp=1577262236757"
                + "&sign=DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA%3D"))
                .withRequestBody(equalToJson("{\"msgtype\":\"markdown\",\"markdown\":{\"title\":\"日报\","
                        + "\"text\":\"日报\\n\\n@u9\"},\"at\":{\"atUserIds\":[\"u9\"],\"isAtAll\":false}}")));
    }

    @Test
    void customRobotErrorCodes() {
        DingTalkPlatform p = customOnly("SECabc");
        wm.stubFor(post(urlPathEqualTo("/robot/send"))
                .willReturn(okJson("{\"errcode\":130101,\"errmsg\":\"send too fast, exceed 20 times per minute\"}")));
        assertThat(p.send(delivery(31, Reply.text("x"), Map.of())).status()).isEqualTo(Status.RETRY);
        wm.stubFor(post(urlPathEqualTo("/robot/send"))
                .willReturn(okJson("{\"errcode\":410100,\"errmsg\":\"flow control\"}")));
        assertThat(p.send(delivery(32, Reply.text("x"), Map.of())).status()).isEqualTo(Status.RETRY);
        wm.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"系统繁忙\"}")));
        assertThat(p.send(delivery(33, Reply.text("x"), Map.of())).status()).isEqualTo(Status.RETRY);
        wm.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson("{\"errcode\":310000,\"errmsg\":\"sign not match\"}")));
        SendResult r = p.send(delivery(34, Reply.text("x"), Map.of()));
        assertThat(r.status()).isEqualTo(Status.PERMANENT);
        assertThat(r.detail()).contains("310000");
        assertNoSecrets(r);
        wm.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson("{\"errcode\":400102,\"errmsg\":\"bot is stopped\"}")));
        assertThat(p.send(delivery(35, Reply.text("x"), Map.of())).status()).isEqualTo(Status.PERMANENT);
        wm.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(aResponse().withStatus(502)));
        assertThat(p.send(delivery(36, Reply.text("x"), Map.of())).status()).isEqualTo(Status.RETRY);
    }

    @Test
    void networkFailureIsRetry() {
        wm.stubFor(post(urlPathEqualTo("/robot/sendBySession")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        SendResult r = customOnly(null).send(delivery(40, Reply.text("x"), session(Duration.ofMinutes(30))));
        assertThat(r.status()).isEqualTo(Status.RETRY);
        assertNoSecrets(r);
        wm.stubFor(post(urlPathEqualTo("/robot/sendBySession")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        assertThat(customOnly(null).send(delivery(41, Reply.text("x"), session(Duration.ofMinutes(30)))).status())
                .isEqualTo(Status.RETRY);
    }

    @Test
    void noRouteIsPermanent() {
        DingTalkPlatform p = new DingTalkPlatform(new DingTalkSettings(null, null, null, null, null), Map.of(), clock, http);
        assertThat(p.send(delivery(42, Reply.text("x"), Map.of())).status()).isEqualTo(Status.PERMANENT);
        assertThat(p.send(delivery(43, Reply.file("a.xlsx", new byte[10]), Map.of())).status()).isEqualTo(Status.PERMANENT);
    }

    // ------------------------------------------------------------------ files

    @Test
    void xlsxIsUploadedThenSentAsSampleFile() throws Exception {
        stubTokens();
        wm.stubFor(post(urlPathEqualTo("/media/upload"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"file\",\"media_id\":\"@lAzPBnsw\",\"created_at\":1}")));
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send")).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        byte[] xlsx = "PK\u0003\u0004 fake workbook".getBytes();
        DingTalkPlatform p = app();
        assertThat(p.send(delivery(50, Reply.file("ledger-2026-11.xlsx", xlsx), session(Duration.ofMinutes(30)))).status())
                .isEqualTo(Status.SENT);
        assertThat(p.send(delivery(51, Reply.file("报表.xlsx", xlsx), Map.of())).status()).isEqualTo(Status.SENT);

        wm.verify(1, getRequestedFor(urlPathEqualTo("/gettoken")));
        wm.verify(2, postRequestedFor(urlEqualTo("/media/upload?access_token=oapi-token-1&type=file"))
                .withRequestBody(containing("filelength=" + xlsx.length)));
        wm.verify(postRequestedFor(urlPathEqualTo("/media/upload"))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart("media")
                        .withHeader("Content-Disposition", containing("filename=\"ledger-2026-11.xlsx\""))
                        .withHeader("Content-Type", containing("spreadsheetml")).build()));
        wm.verify(0, postRequestedFor(urlPathEqualTo("/robot/sendBySession")));
        List<LoggedRequest> sends = wm.findAll(postRequestedFor(urlPathEqualTo("/v1.0/robot/groupMessages/send")));
        assertThat(sends).hasSize(2);
        JsonNode b = body(sends.get(0));
        assertThat(b.get("msgKey").asText()).isEqualTo("sampleFile");
        assertThat(JSON.readTree(b.get("msgParam").asText())).isEqualTo(
                JSON.readTree("{\"mediaId\":\"@lAzPBnsw\",\"fileName\":\"ledger-2026-11.xlsx\",\"fileType\":\"xlsx\"}"));
        assertThat(JSON.readTree(body(sends.get(1)).get("msgParam").asText()).get("fileName").asText()).isEqualTo("报表.xlsx");
    }

    @Test
    void imageUsesDownloadUrlOrUploadedMedia() throws Exception {
        stubTokens();
        wm.stubFor(post(urlPathEqualTo("/media/upload"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"image\",\"media_id\":\"@img1\"}")));
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send")).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        DingTalkPlatform p = app();
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        assertThat(p.send(new Delivery(60, "dingtalk", CONV, Reply.image("chart.png", png), Map.of(),
                "https://bot.example/files/abc", 1, clock.instant())).status()).isEqualTo(Status.SENT);
        assertThat(p.send(delivery(61, Reply.image("chart.png", png), Map.of())).status()).isEqualTo(Status.SENT);
        wm.verify(1, postRequestedFor(urlEqualTo("/media/upload?access_token=oapi-token-1&type=image")));
        List<LoggedRequest> sends = wm.findAll(postRequestedFor(urlPathEqualTo("/v1.0/robot/groupMessages/send")));
        assertThat(JSON.readTree(body(sends.get(0)).get("msgParam").asText()).get("photoURL").asText())
                .isEqualTo("https://bot.example/files/abc");
        assertThat(JSON.readTree(body(sends.get(1)).get("msgParam").asText()).get("photoURL").asText()).isEqualTo("@img1");
        assertThat(body(sends.get(1)).get("msgKey").asText()).isEqualTo("sampleImageMsg");
    }

    @Test
    void uploadWithExpiredOapiTokenRefetchesOnce() {
        wm.stubFor(get(urlPathEqualTo("/gettoken")).inScenario("g").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"errcode\":0,\"access_token\":\"oapi-old\",\"expires_in\":7200}")).willSetStateTo("2"));
        wm.stubFor(get(urlPathEqualTo("/gettoken")).inScenario("g").whenScenarioStateIs("2")
                .willReturn(okJson("{\"errcode\":0,\"access_token\":\"oapi-new\",\"expires_in\":7200}")));
        wm.stubFor(post(urlEqualTo("/media/upload?access_token=oapi-old&type=file"))
                .willReturn(okJson("{\"errcode\":42001,\"errmsg\":\"access_token超时\"}")));
        wm.stubFor(post(urlEqualTo("/media/upload?access_token=oapi-new&type=file"))
                .willReturn(okJson("{\"errcode\":0,\"media_id\":\"@m\"}")));
        wm.stubFor(post(urlPathEqualTo("/v1.0/oauth2/accessToken")).willReturn(okJson("{\"accessToken\":\"api-token-1\",\"expireIn\":7200}")));
        wm.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send")).willReturn(okJson("{\"processQueryKey\":\"pqk\"}")));
        assertThat(app().send(delivery(70, Reply.file("a.xlsx", new byte[100]), Map.of())).status()).isEqualTo(Status.SENT);
        wm.verify(2, getRequestedFor(urlPathEqualTo("/gettoken")));
    }

    @Test
    void oversizeFileIsPermanentWithoutCalls() {
        SendResult r = app().send(delivery(71, Reply.file("big.xlsx", new byte[DingTalkPlatform.MAX_MEDIA_BYTES + 1]), Map.of()));
        assertThat(r.status()).isEqualTo(Status.PERMANENT);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void fileWithoutAppCredentialsFallsBackToMarkdownLink() {
        wm.stubFor(post(urlPathEqualTo("/robot/send")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        SendResult r = customOnly(null).send(new Delivery(72, "dingtalk", CONV, Reply.file("a.xlsx", new byte[10]), Map.of(),
                "https://bot.example/d/a.xlsx", 1, clock.instant()));
        assertThat(r.status()).isEqualTo(Status.SENT);
        wm.verify(postRequestedFor(urlEqualTo("/robot/send?access_token=custom-token-abc"))
                .withRequestBody(containing("[a.xlsx](https://bot.example/d/a.xlsx)")));
    }

    @Test
    void settingsAndRobotsHideSecrets() {
        assertThat(appSettings().toString()).doesNotContain("app-secret-value");
        assertThat(new CustomRobot("https://oapi.dingtalk.com/robot/send?access_token=abc", "SECx").toString())
                .doesNotContain("abc", "SECx");
    }
}
