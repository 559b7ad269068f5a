package zhaoshang.chat.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.inbox.Inbox;
import zhaoshang.support.FakeDingTalkGateway;
import zhaoshang.support.LogCapture;
import zhaoshang.support.TestBot;

/**
 * DingTalk Stream mode end to end: the bot (no public URL, app credentials set) opens the connection to a fake
 * gateway on loopback, which pushes robot messages in the documented frames; the bot stores each message before it
 * acknowledges it, answers through the sessionWebhook, answers a duplicate once, echoes pings, refuses unknown topics,
 * and after a dropped socket or a disconnect frame asks for a new ticket and connects again.
 */
class DingTalkStreamTest {

    static final String NOW = "2026-11-20T10:00:00+08:00";
    static final long NOW_MS = java.time.OffsetDateTime.parse(NOW).toInstant().toEpochMilli();
    static final String KEY = "ding-stream-key";
    static final String SECRET = "ding-stream-secret";
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    FakeDingTalkGateway gateway;
    TestBot bot;

    @AfterEach
    void stop() {
        if (bot != null) bot.close();
        if (gateway != null) gateway.close();
    }

    private void start(String secret) throws Exception {
        gateway = new FakeDingTalkGateway(KEY, SECRET);
        Path config = dir.resolve("bot-config");
        TestBot.copyConfig(config);
        Path conv = config.resolve("conversations.yaml");
        Files.writeString(conv, Files.readString(conv)
                + "  - {id: cid-team1, platform: dingtalk, name: 第一工作组钉钉群, team: team1}\n");
        bot = TestBot.start(dir, NOW, Map.of("BOT_CONFIG_DIR", config.toString(),
                "DINGTALK_APP_KEY", KEY, "DINGTALK_APP_SECRET", secret, "DINGTALK_ROBOT_CODE", "robot-1",
                "DINGTALK_OAPI_BASE", gateway.baseUrl(), "DINGTALK_API_BASE", gateway.baseUrl()));
    }

    private String message(String msgId, String text) {
        return """
                {"conversationId":"cid-team1","chatbotCorpId":"dingcorp","chatbotUserId":"$:LWCP_v1:$robot",
                 "msgId":"%s","senderNick":"何雨晴","isAdmin":false,"senderStaffId":"ding-0102",
                 "sessionWebhookExpiredTime":%d,"createAt":%d,"senderCorpId":"dingcorp","conversationType":"2",
                 "senderId":"$:LWCP_v1:$sender","conversationTitle":"第一工作组","isInAtList":true,
                 "sessionWebhook":"%s/robot/sendBySession?session=abc","text":{"content":" %s"},"msgtype":"text",
                 "robotCode":"robot-1"}""".formatted(msgId, NOW_MS + 5_400_000L, NOW_MS, gateway.baseUrl(), text);
    }

    private JsonNode link() {
        return bot.get("/healthz").body().path("details").path("connections");
    }

    private Inbox inbox() {
        return new Inbox(bot.app.database().jdbi());
    }

    private void awaitConnected(int sockets) {
        await().atMost(WAIT).until(() -> gateway.openSockets() == sockets
                && "connected".equals(link().path("dingtalk").path("state").asText()));
    }

    @Test
    void aPushedMessageIsStoredBeforeItsAckAndAnsweredThroughTheSessionWebhook() throws Exception {
        start(SECRET);
        awaitConnected(1);
        List<Long> storedAtAck = new CopyOnWriteArrayList<>();
        gateway.onAck = ack -> storedAtAck.add(inbox().count());
        gateway.push("frame-1", message("msg-1", "帮助"));

        await().atMost(WAIT).until(() -> gateway.acksFor("frame-1").size() == 1);
        JsonNode ack = gateway.acksFor("frame-1").get(0);
        assertThat(ack.path("code").asInt()).isEqualTo(200);
        assertThat(ack.path("headers").path("messageId").asText()).isEqualTo("frame-1");
        assertThat(storedAtAck).containsExactly(1L); // in the inbox before the platform heard "OK"
        await().atMost(WAIT).until(() -> gateway.replies.size() == 1);
        assertThat(gateway.replies.get(0).path("markdown").path("text").asText()).contains("模板 走访");

        JsonNode link = link().path("dingtalk");
        assertThat(link.path("mode").asText()).isEqualTo("stream");
        assertThat(link.path("lastMessageAt").asText()).isNotEmpty();
        // no inbound HTTP endpoint in Stream mode
        assertThat(bot.post("/dingtalk/callback", "{}").status()).isEqualTo(404);
    }

    @Test
    void aDuplicatePushIsAckedTwiceAndAnsweredOnce() throws Exception {
        start(SECRET);
        awaitConnected(1);
        gateway.push("frame-a", message("msg-dup", "帮助"));
        gateway.push("frame-b", message("msg-dup", "帮助"));
        await().atMost(WAIT).until(() -> gateway.acksFor("frame-a").size() == 1 && gateway.acksFor("frame-b").size() == 1);
        assertThat(gateway.acksFor("frame-b").get(0).path("code").asInt()).isEqualTo(200);
        bot.app.drainInbound();
        await().atMost(WAIT).until(() -> gateway.replies.size() == 1);
        bot.app.drainInbound();
        assertThat(inbox().count()).isEqualTo(1);
        assertThat(gateway.replies).hasSize(1);
    }

    @Test
    void pingsAreEchoedAndUnknownTopicsRefused() throws Exception {
        start(SECRET);
        awaitConnected(1);
        gateway.ping("ping-1", "opaque-42");
        gateway.send(FakeDingTalkGateway.frame("CALLBACK", "/v1.0/card/instances/callback", "card-1", "{}"));
        await().atMost(WAIT).until(() -> gateway.acksFor("ping-1").size() == 1 && gateway.acksFor("card-1").size() == 1);
        JsonNode pong = gateway.acksFor("ping-1").get(0);
        assertThat(pong.path("code").asInt()).isEqualTo(200);
        assertThat(pong.path("data").asText()).contains("opaque-42");
        assertThat(gateway.acksFor("card-1").get(0).path("code").asInt()).isNotEqualTo(200);
        assertThat(inbox().count()).isZero();
    }

    @Test
    void aDroppedSocketLeadsToANewTicketAndConnection() throws Exception {
        start(SECRET);
        awaitConnected(1);
        gateway.drop();
        await().atMost(WAIT).until(() -> gateway.opens.get() == 2 && gateway.openSockets() == 1);
        assertThat(gateway.events).doesNotContain("refused ticket"); // a fresh ticket each time
        awaitConnected(1);
        gateway.push("frame-after", message("msg-after", "帮助"));
        await().atMost(WAIT).until(() -> gateway.replies.size() == 1);
        assertThat(link().path("dingtalk").path("connections").asInt())
                .isEqualTo(2);
    }

    @Test
    void aDisconnectFrameOpensTheNewConnectionBeforeTheOldOneCloses() throws Exception {
        start(SECRET);
        awaitConnected(1);
        gateway.sendDisconnect();
        await().atMost(WAIT).until(() -> gateway.events.contains("close 1"));
        // The new socket was asked for before the old one closed (the client closes it only once the new is open).
        assertThat(gateway.events.indexOf("upgrade 2")).isBetween(0, gateway.events.indexOf("close 1"));
        awaitConnected(1);
        gateway.push("frame-new", message("msg-new", "帮助"));
        await().atMost(WAIT).until(() -> gateway.replies.size() == 1);
    }

    @Test
    void aWorkbookAndAReminderGoOutThroughTheOpenApi() throws Exception {
        start(SECRET);
        awaitConnected(1);
        gateway.push("frame-x", message("msg-x", "导出台账 11月"));
        await().atMost(WAIT).until(() -> gateway.groupMessages.stream()
                .anyMatch(m -> "sampleFile".equals(m.path("msgKey").asText())));
        assertThat(gateway.uploads).anyMatch(name -> name.endsWith(".xlsx"));
        JsonNode file = gateway.groupMessages.stream().filter(m -> "sampleFile".equals(m.path("msgKey").asText()))
                .findFirst().orElseThrow();
        assertThat(file.path("openConversationId").asText()).isEqualTo("cid-team1");

        // a reminder: a trip with no visit recorded on its first day, pushed to the team1 group by the OpenAPI
        int before = gateway.groupMessages.size();
        bot.sayText("local-team1", "m-he", "外出计划\n目的地：深圳\n出发：11月24日\n返回：11月27日\n"
                + "拟拜访：深圳欣迪新能源（11/25）\n分工：何雨晴带队，钱思远联络");
        bot.app.clock().moveTo(java.time.OffsetDateTime.parse("2026-11-24T19:00:00+08:00").toInstant());
        bot.app.reminders().evaluate();
        await().atMost(WAIT).until(() -> gateway.groupMessages.size() > before);
        JsonNode reminder = gateway.groupMessages.get(before);
        assertThat(reminder.path("openConversationId").asText()).isEqualTo("cid-team1");
        assertThat(reminder.path("msgParam").asText()).contains("何雨晴");
    }

    @Test
    void aWrongSecretGivesOneClearLineAndNoStackTrace() throws Exception {
        try (LogCapture log = LogCapture.of(DingTalkStream.class)) {
            start("wrong-secret");
            await().atMost(WAIT).until(() -> "refused".equals(
                    link().path("dingtalk").path("state").asText()));
            List<ILoggingEvent> errors = log.atLeast(Level.ERROR);
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getFormattedMessage()).contains("DINGTALK_APP_SECRET").contains("Client Secret");
            assertThat(errors.get(0).getThrowableProxy()).isNull();
            assertThat(gateway.openSockets()).isZero();
        }
    }
}
