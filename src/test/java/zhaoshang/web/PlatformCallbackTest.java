package zhaoshang.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.dingtalk.DingTalkSignature;
import zhaoshang.inbox.Inbox;
import zhaoshang.support.TestBot;

/**
 * The whole path from a real platform callback to the platform's reply endpoint: signed DingTalk callbacks and
 * encrypted WeCom 智能机器人 callbacks in, replies out to WireMock standing in for the platforms.
 */
class PlatformCallbackTest {

    static final String NOW = "2026-11-20T10:00:00+08:00";
    static final long NOW_MS = java.time.OffsetDateTime.parse(NOW).toInstant().toEpochMilli();
    static final String APP_SECRET = "test-app-secret-not-real";
    static final String TOKEN = "QDG6eK";
    static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    @TempDir
    Path dir;
    WireMockServer platform;
    TestBot bot;
    final OkHttpClient http = new OkHttpClient();

    @BeforeEach
    void start() throws IOException {
        platform = new WireMockServer(wireMockConfig().dynamicPort());
        platform.start();
        platform.stubFor(post(urlPathEqualTo("/robot/sendBySession")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        platform.stubFor(post(urlPathEqualTo("/aibot/response")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        Path config = dir.resolve("bot-config");
        TestBot.copyConfig(config);
        Path conv = config.resolve("conversations.yaml");
        Files.writeString(conv, Files.readString(conv)
                + "  - {id: cid-team1, platform: dingtalk, name: 第一工作组钉钉群, team: team1}\n"
                + "  - {id: wrk-team3, platform: wecom, name: 第三工作组企微群, team: team3}\n");
        bot = TestBot.start(dir, NOW, Map.of(
                "BOT_CONFIG_DIR", config.toString(), "DINGTALK_MODE", "callback",
                "DINGTALK_APP_KEY", "ding-app-key", "DINGTALK_APP_SECRET", APP_SECRET, "DINGTALK_ROBOT_CODE", "robot-1",
                "DINGTALK_OAPI_BASE", platform.baseUrl(), "DINGTALK_API_BASE", platform.baseUrl(),
                "WECOM_TOKEN", TOKEN, "WECOM_ENCODING_AES_KEY", AES_KEY, "WECOM_API_BASE", platform.baseUrl()));
    }

    @AfterEach
    void stop() {
        bot.close();
        platform.stop();
    }


    private String dingBody(String msgId, String text) {
        return """
                {"conversationId":"cid-team1","atUsers":[{"dingtalkId":"$:LWCP_v1:$robot"}],"chatbotCorpId":"dingcorp",
                 "chatbotUserId":"$:LWCP_v1:$robot","msgId":"%s","senderNick":"何雨晴","isAdmin":false,
                 "senderStaffId":"ding-0102","sessionWebhookExpiredTime":%d,"createAt":%d,"senderCorpId":"dingcorp",
                 "conversationType":"2","senderId":"$:LWCP_v1:$sender","conversationTitle":"第一工作组",
                 "isInAtList":true,"sessionWebhook":"%s/robot/sendBySession?session=abc",
                 "text":{"content":" %s"},"msgtype":"text","robotCode":"robot-1"}"""
                .formatted(msgId, NOW_MS + 5_400_000L, NOW_MS, platform.baseUrl(), text);
    }

    private int postDing(String body, String timestamp, String sign) throws IOException {
        Request.Builder b = new Request.Builder().url(bot.base() + "/dingtalk/callback")
                .post(RequestBody.create(body, MediaType.get("application/json; charset=utf-8")));
        if (timestamp != null) b.header("timestamp", timestamp);
        if (sign != null) b.header("sign", sign);
        try (Response r = http.newCall(b.build()).execute()) {
            return r.code();
        }
    }

    @Test
    void signedDingTalkCallbackIsAnsweredThroughTheSessionWebhook() throws IOException {
        String ts = String.valueOf(NOW_MS);
        assertThat(postDing(dingBody("msg-1", "帮助"), ts, DingTalkSignature.sign(ts, APP_SECRET))).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> platform.verify(1,
                postRequestedFor(urlPathEqualTo("/robot/sendBySession"))
                        .withRequestBody(matchingJsonPath("$.msgtype", containing("markdown")))
                        .withRequestBody(matchingJsonPath("$.markdown.text", containing("模板 走访")))));
        // the platform redelivers the same message: handled once
        assertThat(postDing(dingBody("msg-1", "帮助"), ts, DingTalkSignature.sign(ts, APP_SECRET))).isEqualTo(200);
        bot.app.drainInbound();
        platform.verify(1, postRequestedFor(urlPathEqualTo("/robot/sendBySession")));
    }

    private String dingFrom(String msgId, String staffId, String nick, String text, String atUsers) {
        return dingBody(msgId, text).replace("\"senderStaffId\":\"ding-0102\"", "\"senderStaffId\":\"" + staffId + "\"")
                .replace("\"senderNick\":\"何雨晴\"", "\"senderNick\":\"" + nick + "\"")
                .replace("\"atUsers\":[{\"dingtalkId\":\"$:LWCP_v1:$robot\"}]", "\"atUsers\":" + atUsers);
    }

    /**
     * Issue 17 on DingTalk: a newcomer's message carries their userid (senderStaffId) and nick; the 组长 is @-mentioned
     * with the request and approves it; 添加 @某人 takes the id from the message's atUsers (the robot left out).
     */
    @Test
    void dingTalkNewcomerJoinsByTheLeadersApprovalAndAnAtMentionCarriesTheId() throws IOException {
        String ts = String.valueOf(NOW_MS);
        String sign = DingTalkSignature.sign(ts, APP_SECRET);
        String ts2 = String.valueOf(NOW_MS + 1000);
        String ts3 = String.valueOf(NOW_MS + 2000);
        String robotOnly = "[{\"dingtalkId\":\"$:LWCP_v1:$robot\"}]";
        assertThat(postDing(dingFrom("j-1", "ding-0199", "赵新", "走访 企业：某公司", robotOnly), ts, sign)).isEqualTo(200);
        bot.app.drainInbound();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> platform.verify(1,
                postRequestedFor(urlPathEqualTo("/robot/sendBySession"))
                        .withRequestBody(containing("赵新"))
                        .withRequestBody(matchingJsonPath("$.at.atUserIds[0]", containing("ding-0101")))));

        assertThat(postDing(dingFrom("j-2", "ding-0101", "林晓东", "同意 赵新", robotOnly), ts2,
                DingTalkSignature.sign(ts2, APP_SECRET))).isEqualTo(200);
        bot.app.drainInbound();
        assertThat(bot.app.config().memberByPlatformId("dingtalk", "ding-0199"))
                .hasValueSatisfying(m -> assertThat(m.name() + " " + m.teamId()).isEqualTo("赵新 team1"));

        String mentioned = "[{\"dingtalkId\":\"$:LWCP_v1:$robot\"},{\"dingtalkId\":\"$:LWCP_v1:$qian5\",\"staffId\":\"ding-0150\"}]";
        assertThat(postDing(dingFrom("j-3", "ding-0101", "林晓东", "添加 @钱五 组员", mentioned), ts3,
                DingTalkSignature.sign(ts3, APP_SECRET))).isEqualTo(200);
        bot.app.drainInbound();
        assertThat(bot.app.config().memberByPlatformId("dingtalk", "ding-0150"))
                .hasValueSatisfying(m -> assertThat(m.name() + " " + m.teamId()).isEqualTo("钱五 team1"));
    }

    @Test
    void forgedOrStaleDingTalkCallbacksAreRefusedAndNotStored() throws IOException {
        String ts = String.valueOf(NOW_MS);
        assertThat(postDing(dingBody("f-1", "帮助"), ts, DingTalkSignature.sign(ts, "wrong-secret"))).isEqualTo(401);
        String old = String.valueOf(NOW_MS - 2 * 3_600_000L);
        assertThat(postDing(dingBody("f-2", "帮助"), old, DingTalkSignature.sign(old, APP_SECRET))).isEqualTo(401);
        assertThat(postDing(dingBody("f-3", "帮助"), null, null)).isEqualTo(401);
        String big = dingBody("f-4", "走访 " + "很".repeat(30_000));
        assertThat(postDing(big, ts, DingTalkSignature.sign(ts, APP_SECRET))).isEqualTo(413);
        bot.app.drainInbound();
        assertThat(new Inbox(bot.app.database().jdbi()).count()).isZero();
        platform.verify(0, postRequestedFor(urlPathEqualTo("/robot/sendBySession")));
    }

    private long count(String sql) {
        return bot.app.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /**
     * Issue 10 through the server, now that a callback's sign is recorded in the same write as its message: a captured
     * timestamp/sign pair reused for another message (of another sender) is refused 401 and nothing of it is stored
     * or answered; DingTalk redelivering the message it carried is answered 200 and stored once.
     */
    @Test
    void aCapturedSignReusedForAnotherMessageIsRefusedAndNothingOfItStored() throws IOException {
        String ts = String.valueOf(NOW_MS);
        String sign = DingTalkSignature.sign(ts, APP_SECRET);
        assertThat(postDing(dingBody("r-1", "帮助"), ts, sign)).isEqualTo(200);
        assertThat(postDing(dingBody("r-1", "帮助"), ts, sign)).as("the same message redelivered").isEqualTo(200);
        String forged = dingBody("r-forged", "帮助").replace("ding-0102", "ding-0101");
        assertThat(postDing(forged, ts, sign)).as("the sign reused for another message").isEqualTo(401);
        bot.app.drainInbound();
        assertThat(count("select count(*) from inbox where msg_id = 'r-1'")).isEqualTo(1);
        assertThat(count("select count(*) from inbox where msg_id = 'r-forged'")).isZero();
        assertThat(count("select count(*) from callback_sign where msg_id = 'r-forged'")).isZero();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> platform.verify(1,
                postRequestedFor(urlPathEqualTo("/robot/sendBySession"))));
        // the forged message with a sign of its own (DingTalk signs every request) is a message like any other
        String ts2 = String.valueOf(NOW_MS + 1);
        assertThat(postDing(forged, ts2, DingTalkSignature.sign(ts2, APP_SECRET))).isEqualTo(200);
        bot.app.drainInbound();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> platform.verify(2,
                postRequestedFor(urlPathEqualTo("/robot/sendBySession"))));
    }

    /**
     * A callback whose write fails (here the database refuses the message's row) gets no 200, and leaves nothing
     * behind: not its message, not its sign's record (written in the same transaction), so DingTalk's or the
     * member's next try of the same message is stored and answered as if the first had never come.
     */
    @Test
    void aCallbackWhoseWriteFailsIsNotAnsweredOkAndLeavesNothingHalfStored() throws IOException {
        zhaoshang.support.TestDatabase.refuseInserts(bot.app.database(), "inbox", "refuse_callback");
        String ts = String.valueOf(NOW_MS);
        String sign = DingTalkSignature.sign(ts, APP_SECRET);
        assertThat(postDing(dingBody("w-1", "帮助"), ts, sign)).isEqualTo(500);
        assertThat(count("select count(*) from inbox")).isZero();
        assertThat(count("select count(*) from callback_sign")).as("the sign's record went with the message").isZero();
        zhaoshang.support.TestDatabase.allowInserts(bot.app.database(), "inbox", "refuse_callback");
        assertThat(postDing(dingBody("w-1", "帮助"), ts, sign)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> platform.verify(1,
                postRequestedFor(urlPathEqualTo("/robot/sendBySession"))));
        assertThat(count("select count(*) from inbox where msg_id = 'w-1'")).isEqualTo(1);
        assertThat(count("select count(*) from callback_sign")).isEqualTo(1);
    }

    @Test
    void encryptedWeComRobotMessageIsAnsweredThroughItsResponseUrl() throws IOException {
        String plain = """
                {"msgid":"wc-1","aibotid":"AIBOT","chatid":"wrk-team3","chattype":"group","from":{"userid":"shenzhiwei"},
                 "response_url":"%s/aibot/response?response_code=abc","msgtype":"text","text":{"content":"@招商助手 帮助"}}"""
                .formatted(platform.baseUrl());
        assertThat(postWeCom(plain)).isEqualTo(200);
        WxCryptUtil wecom = new WxCryptUtil(TOKEN, AES_KEY, "");
        String encrypt = wecom.encrypt("aaaabbbbccccdddd", plain);
        String ts = String.valueOf(NOW_MS / 1000);
        String nonce = "1372623149";
        String body = "{\"encrypt\":\"" + encrypt + "\"}";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> platform.verify(1,
                postRequestedFor(urlPathEqualTo("/aibot/response"))
                        .withRequestBody(matchingJsonPath("$.msgtype", containing("markdown")))));
        // tampered signature: refused
        String bad = bot.base() + "/wecom/callback?msg_signature=" + "0".repeat(40) + "&timestamp=" + ts + "&nonce=" + nonce;
        try (Response r = http.newCall(new Request.Builder().url(bad)
                .post(RequestBody.create(body, MediaType.get("application/json"))).build()).execute()) {
            assertThat(r.code()).isEqualTo(401);
        }
    }

    private int postWeCom(String plainJson) throws IOException {
        WxCryptUtil wecom = new WxCryptUtil(TOKEN, AES_KEY, "");
        String encrypt = wecom.encrypt("aaaabbbbccccdddd", plainJson);
        String ts = String.valueOf(NOW_MS / 1000);
        String nonce = "1372623149";
        String signature = me.chanjar.weixin.common.util.crypto.SHA1.gen(TOKEN, ts, nonce, encrypt);
        String url = bot.base() + "/wecom/callback?msg_signature=" + signature + "&timestamp=" + ts + "&nonce=" + nonce;
        try (Response r = http.newCall(new Request.Builder().url(url)
                .post(RequestBody.create("{\"encrypt\":\"" + encrypt + "\"}", MediaType.get("application/json"))).build()).execute()) {
            return r.code();
        }
    }

    @Test
    void aCardButtonClickGoesThroughThePipelineOnceAndIsAnsweredThroughItsOwnResponseUrl() throws Exception {
        assertThat(postWeCom("""
                {"msgid":"wc-2","aibotid":"AIBOT","chatid":"wrk-team3","chattype":"group","from":{"userid":"shenzhiwei"},
                 "response_url":"%s/aibot/response?response_code=report","msgtype":"text",
                 "text":{"content":"@招商助手 走访\\n企业：比亚迪\\n时间：今天\\n洽谈内容：储能电池"}}"""
                .formatted(platform.baseUrl()))).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> platform.verify(1,
                postRequestedFor(urlEqualTo("/aibot/response?response_code=report"))
                        .withRequestBody(containing("撤销 #V-0001"))));
        // the member clicks 撤销 on the card; WeCom sends the event (and, as platforms do, once more)
        String click = """
                {"msgid":"click-1","create_time":%d,"aibotid":"AIBOT","chatid":"wrk-team3","chattype":"group",
                 "from":{"userid":"shenzhiwei"},"response_url":"%s/aibot/response?response_code=click","msgtype":"event",
                 "event":{"eventtype":"template_card_event","template_card_event":{"card_type":"button_interaction",
                 "event_key":"撤销 #V-0001","task_id":"zs-1"}}}""".formatted(NOW_MS / 1000, platform.baseUrl());
        assertThat(postWeCom(click)).isEqualTo(200);
        assertThat(postWeCom(click)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> platform.verify(1,
                postRequestedFor(urlEqualTo("/aibot/response?response_code=click")).withRequestBody(containing("已撤销 #V-0001"))));
        bot.app.drainInbound();
        assertThat(bot.app.ledger().find("#V-0001").orElseThrow().active()).isFalse();
        assertThat(platform.findAll(postRequestedFor(urlEqualTo("/aibot/response?response_code=click")))).hasSize(1);
    }

    @Test
    void weComUrlVerificationEchoesThePlaintext() throws IOException {
        WxCryptUtil wecom = new WxCryptUtil(TOKEN, AES_KEY, "");
        String echo = wecom.encrypt("aaaabbbbccccdddd", "echo-123");
        String ts = String.valueOf(NOW_MS / 1000);
        String sig = me.chanjar.weixin.common.util.crypto.SHA1.gen(TOKEN, ts, "n1", echo);
        String url = bot.base() + "/wecom/callback?msg_signature=" + sig + "&timestamp=" + ts + "&nonce=n1&echostr="
                + URLEncoder.encode(echo, StandardCharsets.UTF_8);
        try (Response r = http.newCall(new Request.Builder().url(url).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().string()).isEqualTo("echo-123");
        }
    }
}
