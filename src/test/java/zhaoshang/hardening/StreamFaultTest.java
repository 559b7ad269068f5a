package zhaoshang.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.inbox.Inbox;
import zhaoshang.support.FakeDingTalkGateway;
import zhaoshang.support.FakeWeComSocketServer;
import zhaoshang.support.TestBot;

/**
 * Issue 13: the connections the bot opens itself, under faults, next to {@link FaultTest} (which covers sending):
 * a DingTalk Stream socket dropped in the middle of a burst, the gateway down for a while, a WeCom long connection
 * dropped mid-burst. The platform pushes again what it did not see acknowledged (DingTalk) or answered (WeCom), as
 * an at-least-once platform would. Afterwards every message is in the inbox once and answered once: the documented
 * at-least-once window is the reply in flight when a process dies (CrashTest), not a dropped connection.
 */
class StreamFaultTest {

    static final String NOW = "2026-11-20T10:00:00+08:00";
    static final long NOW_MS = java.time.OffsetDateTime.parse(NOW).toInstant().toEpochMilli();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern MARK = Pattern.compile("故障(\\d{3})号");
    /** Four groups of 15: within the outbox's 20 a minute per group (the test clock does not move). */
    static final int N = 60;
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    TestBot bot;
    FakeDingTalkGateway gateway;
    FakeWeComSocketServer wecom;

    @AfterEach
    void stop() {
        if (bot != null) bot.close();
        if (gateway != null) gateway.close();
        if (wecom != null) wecom.close();
    }

    static String group(int i, String prefix) {
        return prefix + (i / 15);
    }

    static String report(int i) {
        return "走访\n企业：东莞故障%03d号实业有限公司\n日期：昨天\n洽谈内容：介绍电子信息产业集群\n投资意向：一般".formatted(i);
    }

    private Path config(String platform, String prefix) throws Exception {
        Path config = dir.resolve("bot-config");
        TestBot.copyConfig(config);
        StringBuilder sb = new StringBuilder(Files.readString(config.resolve("conversations.yaml")));
        for (int c = 0; c < N / 15; c++) {
            sb.append("  - {id: ").append(prefix).append(c).append(", platform: ").append(platform)
                    .append(", name: 故障群").append(c).append(", team: team1}\n");
        }
        Files.writeString(config.resolve("conversations.yaml"), sb.toString());
        return config;
    }

    private String dingMessage(int i) {
        ObjectNode m = JSON.createObjectNode().put("conversationId", group(i, "cid-fault-")).put("msgId", "fault-" + i)
                .put("senderNick", "何雨晴").put("senderStaffId", "ding-0102").put("conversationType", "2")
                .put("createAt", NOW_MS).put("sessionWebhook", gateway.baseUrl() + "/robot/sendBySession?session=" + i)
                .put("sessionWebhookExpiredTime", NOW_MS + 5_400_000L).put("msgtype", "text").put("robotCode", "robot-1");
        m.putObject("text").put("content", " " + report(i));
        return m.toString();
    }

    private void startDingTalk() throws Exception {
        gateway = new FakeDingTalkGateway("fault-key", "fault-secret");
        bot = TestBot.start(dir, NOW, Map.of("BOT_CONFIG_DIR", config("dingtalk", "cid-fault-").toString(),
                "DINGTALK_APP_KEY", "fault-key", "DINGTALK_APP_SECRET", "fault-secret", "DINGTALK_ROBOT_CODE", "robot-1",
                "DINGTALK_OAPI_BASE", gateway.baseUrl(), "DINGTALK_API_BASE", gateway.baseUrl()));
        awaitDingTalk("connected");
    }

    private JsonNode link(String platform) {
        return bot.get("/healthz").body().path("details").path("connections").path(platform);
    }

    private void awaitDingTalk(String state) {
        await().atMost(WAIT).until(() -> state.equals(link("dingtalk").path("state").asText())
                && (!state.equals("connected") || gateway.openSockets() == 1));
    }

    /**
     * Pushes messages 0..N-1, then 0..4 again (an at-least-once gateway also repeats acknowledged ones), each until it
     * is ACKed, as a gateway that pushes again what it did not see acknowledged; {@code fault} runs once, after
     * {@code faultAfter} ACKs.
     */
    private void pushAll(int faultAfter, Runnable fault) {
        List<Integer> sequence = new ArrayList<>();
        for (int i = 0; i < N; i++) sequence.add(i);
        for (int i = 0; i < 5; i++) sequence.add(i);
        int acked = 0;
        int pushes = 0;
        for (int i : sequence) {
            while (gateway.pushAndAwait("f-" + i + "-" + (++pushes), dingMessage(i), Duration.ofSeconds(2)) != 200) {
                awaitDingTalk("connected");
            }
            if (++acked == faultAfter) fault.run();
        }
    }

    private void assertEachAnsweredOnce(List<String> replies) {
        bot.app.drainInbound();
        await().atMost(WAIT).until(() -> replies.size() >= N);
        Map<Integer, Integer> count = new HashMap<>();
        for (String r : replies) {
            Matcher m = MARK.matcher(r);
            assertThat(m.find()).as("reply names its message: %s", r).isTrue();
            count.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        assertThat(count).hasSize(N);
        assertThat(count.values()).allMatch(c -> c == 1);
        Inbox inbox = new Inbox(bot.app.database().jdbi());
        assertThat(inbox.count()).isEqualTo(N);
        assertThat(inbox.unhandled()).isEmpty();
    }

    private List<String> dingReplies() {
        return gateway.replies.stream().map(r -> r.path("markdown").path("text").asText("")
                + r.path("text").path("content").asText("")).toList();
    }

    @Test
    void aDingTalkSocketDroppedMidBurstLosesNothingAndAnswersOnce() throws Exception {
        startDingTalk();
        pushAll(N / 3, gateway::drop);
        assertThat(gateway.opens.get()).isEqualTo(2);
        await().atMost(WAIT).until(() -> dingReplies().size() >= N);
        assertEachAnsweredOnce(dingReplies());
        assertThat(link("dingtalk").path("connections").asInt()).isEqualTo(2);
    }

    @Test
    void theDingTalkGatewayDownForAWhileLosesNothingAndAnswersOnce() throws Exception {
        startDingTalk();
        pushAll(N / 2, () -> {
            gateway.down(true);
            gateway.drop();
            // the bot keeps asking for a ticket (503) and backs off; /healthz says so
            await().atMost(WAIT).until(() -> link("dingtalk").path("lastProblem").asText().contains("503"));
            assertThat(link("dingtalk").path("state").asText()).isEqualTo("reconnecting");
            gateway.down(false);
        });
        await().atMost(WAIT).until(() -> dingReplies().size() >= N);
        assertEachAnsweredOnce(dingReplies());
    }

    @Test
    void aWeComLongConnectionDroppedMidBurstLosesNothingAndAnswersOnce() throws Exception {
        wecom = new FakeWeComSocketServer("fault-bot", "fault-secret");
        bot = TestBot.start(dir, NOW, Map.of("BOT_CONFIG_DIR", config("wecom", "wr-fault-").toString(),
                "WECOM_BOT_ID", "fault-bot", "WECOM_BOT_SECRET", "fault-secret", "WECOM_BOT_WS_URL", wecom.url()));
        // 林晓东 (team1) writes in the team1 groups; the connection drops after a third of the burst
        for (int round = 0; ; round++) {
            await().atMost(WAIT).until(() -> wecom.openSubscribed() == 1
                    && "connected".equals(link("wecom").path("state").asText()));
            List<String> answered = weComReplies();
            List<Integer> unanswered = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                String mark = "故障%03d号".formatted(i);
                if (answered.stream().noneMatch(r -> r.contains(mark))) unanswered.add(i);
            }
            if (unanswered.isEmpty()) break;
            assertThat(round).as("rounds").isLessThan(6);
            for (int k = 0; k < unanswered.size(); k++) {
                int i = unanswered.get(k);
                ObjectNode b = JSON.createObjectNode().put("msgid", "wfault-" + i).put("chatid", group(i, "wr-fault-"))
                        .put("chattype", "group").put("msgtype", "text");
                b.putObject("from").put("userid", "linxiaodong");
                b.putObject("text").put("content", "@招商助手 " + report(i));
                try {
                    wecom.push("req-" + round + "-" + i, b.toString());
                } catch (Exception noConnection) {
                    break; // not connected: pushed again in the next round
                }
                if (round == 0 && k == N / 3) wecom.drop();
            }
            await().atMost(WAIT).until(() -> wecom.openSubscribed() == 1
                    && "connected".equals(link("wecom").path("state").asText()));
            bot.app.drainInbound();
            // answers that failed while the connection was down are retried with backoff: let their time come
            bot.app.clock().moveTo(bot.app.clock().instant().plus(Duration.ofMinutes(11)));
            await().atMost(WAIT).until(() -> new Inbox(bot.app.database().jdbi()).unhandled().isEmpty()
                    && bot.get("/healthz").body().path("details").path("outboxPending").asInt() == 0);
        }
        assertThat(wecom.subscribes.get()).isGreaterThanOrEqualTo(2);
        assertEachAnsweredOnce(weComReplies());
    }

    private List<String> weComReplies() {
        List<String> out = new ArrayList<>();
        for (JsonNode f : wecom.frames) {
            String cmd = f.path("cmd").asText();
            if (cmd.equals("aibot_respond_msg") || cmd.equals("aibot_send_msg")) {
                out.add(f.path("body").path("stream").path("content").asText("")
                        + f.path("body").path("markdown").path("content").asText(""));
            }
        }
        return out;
    }
}
