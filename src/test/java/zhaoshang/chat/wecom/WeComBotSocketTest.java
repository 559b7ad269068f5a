package zhaoshang.chat.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.inbox.Inbox;
import zhaoshang.support.FakeWeComSocketServer;
import zhaoshang.support.LogCapture;
import zhaoshang.support.TestBot;

/**
 * The WeCom 智能机器人 long connection end to end against a fake server on loopback: the bot subscribes with its bot
 * id and secret, a pushed message is stored and answered with {@code aibot_respond_msg} on the message's req_id, a
 * duplicate is answered once, a dropped connection subscribes again, a reminder and an exported workbook go out over
 * the connection (no webhook key configured), a wrong secret gives one clear line.
 */
class WeComBotSocketTest {

    static final String NOW = "2026-11-20T10:00:00+08:00";
    static final String BOT_ID = "aibot-test-id";
    static final String SECRET = "aibot-test-secret";
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    FakeWeComSocketServer server;
    TestBot bot;

    @AfterEach
    void stop() {
        if (bot != null) bot.close();
        if (server != null) server.close();
    }

    private void start(String secret) throws Exception {
        server = new FakeWeComSocketServer(BOT_ID, SECRET);
        Path config = dir.resolve("bot-config");
        TestBot.copyConfig(config);
        Path conv = config.resolve("conversations.yaml");
        Files.writeString(conv, Files.readString(conv)
                + "  - {id: wrk-team3, platform: wecom, name: 第三工作组企微群, team: team3}\n"
                + "  - {id: wrk-team1, platform: wecom, name: 第一工作组企微群, team: team1}\n");
        bot = TestBot.start(dir, NOW, Map.of("BOT_CONFIG_DIR", config.toString(), "WECOM_BOT_MODE", "websocket",
                "WECOM_BOT_ID", BOT_ID, "WECOM_BOT_SECRET", secret, "WECOM_BOT_WS_URL", server.url()));
    }

    private static String message(String msgId, String chatId, String user, String text) {
        return """
                {"msgid":"%s","aibotid":"%s","chatid":"%s","chattype":"group","from":{"userid":"%s"},
                 "msgtype":"text","text":{"content":"@招商助手 %s"}}""".formatted(msgId, BOT_ID, chatId, user, text);
    }

    private JsonNode link() {
        return bot.get("/healthz").body().path("details").path("connections").path("wecom");
    }

    private void awaitConnected() {
        await().atMost(WAIT).until(() -> server.openSubscribed() == 1 && "connected".equals(link().path("state").asText()));
    }

    @Test
    void aPushedMessageIsStoredAndAnsweredOnItsReqId() throws Exception {
        start(SECRET);
        awaitConnected();
        server.push("req-1", message("wc-1", "wrk-team3", "shenzhiwei", "帮助"));
        await().atMost(WAIT).until(() -> server.sent("aibot_respond_msg").size() == 1);
        JsonNode respond = server.sent("aibot_respond_msg").get(0);
        assertThat(respond.path("headers").path("req_id").asText()).isEqualTo("req-1");
        assertThat(respond.path("body").path("msgtype").asText()).isEqualTo("stream");
        assertThat(respond.path("body").path("stream").path("finish").asBoolean()).isTrue();
        assertThat(respond.path("body").path("stream").path("content").asText()).contains("模板 走访");
        assertThat(new Inbox(bot.app.database().jdbi()).count()).isEqualTo(1);
        assertThat(link().path("mode").asText()).isEqualTo("websocket");
        assertThat(link().path("lastMessageAt").asText()).isNotEmpty();
    }

    @Test
    void anAnswerWhoseReqIdIsRefusedIsPushedToTheChatInstead() throws Exception {
        start(SECRET);
        awaitConnected();
        server.respondErrcode = 40008;
        server.push("req-stale", message("wc-stale", "wrk-team3", "shenzhiwei", "帮助"));
        await().atMost(WAIT).until(() -> server.sent("aibot_send_msg").size() == 1);
        JsonNode push = server.sent("aibot_send_msg").get(0).path("body");
        assertThat(push.path("chatid").asText()).isEqualTo("wrk-team3");
        assertThat(push.path("markdown").path("content").asText()).contains("模板 走访");
        assertThat(server.sent("aibot_respond_msg")).hasSize(1);
    }

    @Test
    void aDuplicatePushIsAnsweredOnce() throws Exception {
        start(SECRET);
        awaitConnected();
        server.push("req-a", message("wc-dup", "wrk-team3", "shenzhiwei", "帮助"));
        server.push("req-b", message("wc-dup", "wrk-team3", "shenzhiwei", "帮助"));
        await().atMost(WAIT).until(() -> server.sent("aibot_respond_msg").size() == 1);
        bot.app.drainInbound();
        assertThat(new Inbox(bot.app.database().jdbi()).count()).isEqualTo(1);
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> server.sent("aibot_respond_msg").size() == 1);
    }

    @Test
    void aDroppedConnectionSubscribesAgainAndKeepsAnswering() throws Exception {
        start(SECRET);
        awaitConnected();
        server.drop();
        await().atMost(WAIT).until(() -> server.subscribes.get() == 2);
        awaitConnected();
        server.push("req-after", message("wc-after", "wrk-team3", "shenzhiwei", "帮助"));
        await().atMost(WAIT).until(() -> server.sent("aibot_respond_msg").size() == 1);
        assertThat(link().path("connections").asInt()).isEqualTo(2);
    }

    @Test
    void aReplacedConnectionConnectsAgain() throws Exception {
        start(SECRET);
        awaitConnected();
        server.sendEvent("disconnected_event");
        await().atMost(WAIT).until(() -> server.subscribes.get() == 2);
        awaitConnected();
    }

    @Test
    void aWorkbookAndAReminderGoOutOverTheConnectionWithoutAWebhookKey() throws Exception {
        start(SECRET);
        awaitConnected();
        // a group without a webhook is not reported as unreachable: only that its reminders cannot @
        JsonNode routes = bot.get("/healthz").body().path("details").path("mentionRoutes");
        assertThat(routes.toString()).contains("wrk-team1").contains("长连接").doesNotContain("发不出去");
        Duration slow = Duration.ofSeconds(90); // an export under load
        server.push("req-x", message("wc-x", "wrk-team3", "shenzhiwei", "导出台账 11月"));
        await().atMost(slow).until(() -> !server.media.isEmpty());
        String mediaId = server.media.keySet().iterator().next();
        assertThat(server.mediaNames.get(mediaId)).endsWith(".xlsx");
        byte[] xlsx = server.media.get(mediaId);
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        await().atMost(slow).until(() -> server.sent("aibot_send_msg").stream()
                .anyMatch(f -> mediaId.equals(f.path("body").path("file").path("media_id").asText())));
        JsonNode fileMsg = server.sent("aibot_send_msg").stream()
                .filter(f -> "file".equals(f.path("body").path("msgtype").asText())).findFirst().orElseThrow();
        assertThat(fileMsg.path("body").path("chatid").asText()).isEqualTo("wrk-team3");

        // a reminder: a trip with no visit recorded on its first day names the members in every team1 group
        bot.sayText("local-team1", "m-he", "外出计划\n目的地：深圳\n出发：11月24日\n返回：11月27日\n"
                + "拟拜访：深圳欣迪新能源（11/25）\n分工：何雨晴带队，钱思远联络");
        bot.app.clock().moveTo(OffsetDateTime.parse("2026-11-24T19:00:00+08:00").toInstant());
        bot.app.reminders().evaluate();
        await().atMost(slow).until(() -> server.sent("aibot_send_msg").stream()
                .anyMatch(f -> "wrk-team1".equals(f.path("body").path("chatid").asText())));
        JsonNode reminder = server.sent("aibot_send_msg").stream()
                .filter(f -> "wrk-team1".equals(f.path("body").path("chatid").asText())).findFirst().orElseThrow();
        assertThat(reminder.path("body").path("msgtype").asText()).isEqualTo("markdown");
        assertThat(reminder.path("body").path("markdown").path("content").asText()).contains("何雨晴");
    }

    @Test
    void aWrongSecretGivesOneClearLineAndNoStackTrace() throws Exception {
        try (LogCapture log = LogCapture.of(WeComBotSocket.class)) {
            start("wrong-secret");
            await().atMost(WAIT).until(() -> "refused".equals(link().path("state").asText()));
            List<ILoggingEvent> errors = log.atLeast(Level.ERROR);
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getFormattedMessage()).contains("WECOM_BOT_SECRET").contains("40001");
            assertThat(errors.get(0).getThrowableProxy()).isNull();
        }
    }
}
