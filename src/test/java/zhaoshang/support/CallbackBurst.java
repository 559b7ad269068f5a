package zhaoshang.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import zhaoshang.chat.dingtalk.DingTalkSignature;

/**
 * A burst of signed DingTalk callbacks at bots running as their own JVMs ({@link BotProcess}), and what the tests that
 * kill them (hardening.CrashTest, store.PgTwoInstancesTest) check afterwards: every message in the inbox once and
 * handled, every report in the ledger once, one reply per message at the fake platform. Message {@code i} is the
 * visit report of its own enterprise, 东莞压测{i}号实业有限公司, so its reply names it ({@link #MARK}).
 */
public final class CallbackBurst {

    public static final Pattern MARK = Pattern.compile("压测(\\d{5})号");
    /** Stand for the send time and the sessionWebhook's expiry (90 minutes later) in a body until it is sent. */
    static final String NOW = "1999999999999";
    static final String EXPIRES = "1999999999998";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false)
            .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(20)).build();

    private final String secret;
    private final WireMockServer platform;
    /** The last callback timestamp: each callback gets its own, as from DingTalk (a sign carries one message). */
    private final AtomicLong lastTimestamp = new AtomicLong();

    public CallbackBurst(String secret, WireMockServer platform) {
        this.secret = secret;
        this.platform = platform;
    }

    /** The fake platform: answers the bots' replies ({@code /robot/sendBySession}) after {@code delayMs}. */
    public static WireMockServer startPlatform(int delayMs) {
        WireMockServer platform = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(20));
        platform.start();
        platform.stubFor(post(urlPathEqualTo("/robot/sendBySession")).atPriority(1).willReturn(aResponse()
                .withStatus(200).withFixedDelay(delayMs)
                .withHeader("Content-Type", "application/json").withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        return platform;
    }

    /** The visit report of message {@code i}. */
    public static String report(int i) {
        return "走访\n企业：东莞压测%05d号实业有限公司\n日期：昨天\n洽谈内容：介绍电子信息产业集群\n投资意向：一般".formatted(i);
    }

    /**
     * A robot message callback from 何雨晴 in group {@code conversation}, its send time and webhook expiry left as
     * placeholders that {@link #stamped} fills when it is sent.
     */
    public String callback(String msgId, String conversation, String text) {
        ObjectNode root = JSON.createObjectNode();
        root.put("conversationId", conversation);
        root.put("msgId", msgId);
        root.put("chatbotCorpId", "dingcorp");
        root.put("senderNick", "何雨晴");
        root.put("senderStaffId", "ding-0102");
        root.put("senderId", "$:LWCP_v1:$sender");
        root.put("conversationType", "2");
        root.put("isInAtList", true);
        root.put("createAt", Long.parseLong(NOW));
        root.put("sessionWebhook", platform.baseUrl() + "/robot/sendBySession?session=" + msgId);
        root.put("sessionWebhookExpiredTime", Long.parseLong(EXPIRES));
        root.put("msgtype", "text");
        root.put("robotCode", "robot-1");
        root.putObject("text").put("content", " " + text);
        return root.toString();
    }

    /** A send time after every earlier one. */
    public long nextTimestamp() {
        return lastTimestamp.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis()));
    }

    /** {@code body} with its send time {@code now} and its webhook expiring 90 minutes later. */
    public static String stamped(String body, long now) {
        return body.replace(NOW, Long.toString(now)).replace(EXPIRES, Long.toString(now + 90 * 60_000L));
    }

    /** Posts one signed callback to the bot; whether it was acknowledged (200). */
    public boolean send(BotProcess bot, String body) {
        long now = nextTimestamp();
        String ts = Long.toString(now);
        Request request = new Request.Builder().url(bot.base() + "/dingtalk/callback")
                .header("timestamp", ts).header("sign", DingTalkSignature.sign(ts, secret))
                .post(RequestBody.create(stamped(body, now), JSON_TYPE)).build();
        try (Response r = HTTP.newCall(request).execute()) {
            return r.code() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Delivers {@code messages} from four threads ({@code send} delivers one and says whether it was acknowledged);
     * once {@code killAfter} of them are acknowledged, {@code victim} (or none) gets SIGKILL and {@code killedAt} the
     * time of it (the deliveries to it after that fail: not acknowledged).
     */
    public static void deliver(List<Integer> messages, Set<Integer> acked, IntPredicate send, int killAfter,
                               BotProcess victim, AtomicLong killedAt) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ackedNow = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.execute(() -> {
                int k;
                while ((k = next.getAndIncrement()) < messages.size()) {
                    int i = messages.get(k);
                    if (send.test(i)) {
                        acked.add(i);
                        if (ackedNow.incrementAndGet() >= killAfter && victim != null
                                && killedAt.compareAndSet(0, System.currentTimeMillis())) {
                            victim.kill();
                        }
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
    }

    /** A copy of the test configuration with {@code conversations} more groups of team1, named by {@code id}. */
    public static Path writeConfig(Path dir, int conversations, IntFunction<String> id) throws IOException {
        Path config = dir.resolve("bot-config");
        TestBot.copyConfig(config);
        StringBuilder sb = new StringBuilder(Files.readString(config.resolve("conversations.yaml")));
        for (int c = 0; c < conversations; c++) {
            sb.append("  - {id: ").append(id.apply(c)).append(", platform: dingtalk, name: 压测群").append(c)
                    .append(", team: team1}\n");
        }
        Files.writeString(config.resolve("conversations.yaml"), sb.toString());
        return config;
    }

    /** The counts a settling test watches: messages in, waiting to be handled, replies queued, pending, sent. */
    public record Counts(long in, long waiting, long replies, long pending, long sent) {

        /** Replies are the outbox rows answering a message (a reminder's rows are not). */
        public static Counts read(Statement s) throws SQLException {
            return new Counts(one(s, "select count(*) from inbox"),
                    one(s, "select count(*) from inbox where status = 'received'"),
                    one(s, "select count(*) from outbox where inbox_id is not null"),
                    one(s, "select count(*) from outbox where status = 'pending'"),
                    one(s, "select count(*) from outbox where status = 'sent'"));
        }

        /** Every one of {@code expected} messages in and handled, a reply for each, nothing waiting to be sent. */
        public boolean settled(long expected) {
            return in == expected && waiting == 0 && pending == 0 && replies >= expected;
        }

        @Override
        public String toString() {
            return "inbox=" + in + " waiting=" + waiting + " replies=" + replies + " pending=" + pending + " sent=" + sent;
        }
    }

    /** Where the bots are, read from the database: a line for the failure message, and whether they are done. */
    public record Progress(String text, boolean done) { }

    /** Reads the progress from the database. */
    @FunctionalInterface
    public interface Probe {
        Progress read(Statement s) throws SQLException;
    }

    /**
     * Until {@code probe} says done four times in a row (polled every 250 ms). Gives up only when nothing has moved
     * for {@code stall} — not after a fixed time: on a busy machine the bots are slower, not stuck. A database busy
     * at the moment (SQLite) counts as not done. Returns the last progress line.
     */
    public static String waitUntilSettled(String db, Duration stall, Probe probe, Supplier<String> log)
            throws Exception {
        long lastMove = System.nanoTime();
        int stable = 0;
        String last = "";
        while (System.nanoTime() - lastMove < stall.toNanos()) {
            String now = last;
            try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
                Progress p = probe.read(s);
                now = p.text();
                stable = p.done() ? stable + 1 : 0;
            } catch (SQLException busy) {
                stable = 0;
            }
            if (!now.equals(last)) {
                last = now;
                lastMove = System.nanoTime();
            }
            if (stable >= 4) return now;
            Thread.sleep(250); // polling the database, not waiting for time to pass
        }
        throw new AssertionError("the bot did not settle, nothing moved for " + stall.toSeconds() + " s: " + last
                + "\n" + log.get());
    }

    /** Every message in the inbox exactly once and handled, every report in the ledger once, one reply each, all sent. */
    public static void assertEveryReportOnce(String db, int n) throws SQLException {
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            assertThat(one(s, "select count(*) from inbox")).isEqualTo(n);
            assertThat(one(s, "select count(distinct msg_id) from inbox")).isEqualTo(n);
            assertThat(one(s, "select count(*) from inbox where status = 'handled'"))
                    .as("messages handled; the others: %s", notHandled(s)).isEqualTo(n);
            assertThat(one(s, "select count(*) from visit")).isEqualTo(n);
            assertThat(one(s, "select count(distinct enterprise) from visit")).isEqualTo(n);
            assertThat(one(s, "select count(distinct inbox_id) from visit")).isEqualTo(n);
            assertThat(one(s, "select count(*) from outbox where inbox_id is not null")).isEqualTo(n);
            assertThat(one(s, "select count(distinct inbox_id) from outbox")).isEqualTo(n);
            assertThat(one(s, "select count(*) from outbox where status <> 'sent'")).isZero();
        }
    }

    /** The first messages not handled, with their status and error, for a failure's message. */
    private static List<String> notHandled(Statement s) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select msg_id, status, error from inbox where status <> 'handled' order by id")) {
            while (rs.next() && out.size() < 5) out.add(rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3));
        }
        return out;
    }

    /**
     * The replies the platform received at {@code /robot/sendBySession}, grouped by the key {@code mark} finds in
     * them; each must name one. At least one per message is checked by the caller, with the doubles it allows.
     */
    public Map<Integer, List<ServeEvent>> repliesByMessage(Pattern mark) {
        Map<Integer, List<ServeEvent>> byMessage = new TreeMap<>();
        for (ServeEvent e : platform.getAllServeEvents()) {
            if (!e.getRequest().getUrl().startsWith("/robot/sendBySession")) continue;
            Matcher m = mark.matcher(replyText(e.getRequest().getBodyAsString()));
            assertThat(m.find()).as("reply names its message: %s", e.getRequest().getBodyAsString()).isTrue();
            byMessage.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(e);
        }
        return byMessage;
    }

    /** The messages with more than one reply. */
    public static List<Integer> doubled(Map<Integer, List<ServeEvent>> byMessage) {
        return byMessage.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    /** The text of a reply as the platform got it (text or markdown message). */
    public static String replyText(String body) {
        JsonNode n = json(body);
        return n.path("text").path("content").asText("") + n.path("markdown").path("text").asText("");
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    public static long one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
