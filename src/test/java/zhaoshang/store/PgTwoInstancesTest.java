package zhaoshang.store;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.dingtalk.DingTalkSignature;
import zhaoshang.support.TestBot;
import zhaoshang.support.TestDatabase;

/**
 * Issue 15 items 2 and 3: two instances of the bot, each its own JVM, on one PostgreSQL database (a fresh schema) and
 * one shared data directory, behind "one address": the fake platform posts {@link #N} signed DingTalk callbacks
 * alternating between them. Once half are acknowledged, instance A gets SIGKILL in the middle of storing, handling and
 * replying; the platform redelivers to B what A did not acknowledge (and some that it did). B takes over A's claims
 * when their lease ({@code BOT_LEASE_SECONDS=5}) runs out and finishes A's work. Afterwards: every message in the
 * inbox once and handled, every report in the ledger once, one reply per message queued and sent, every reply at the
 * platform once — but for the one A was sending when it died (at-least-once: the platform has no idempotency key, so
 * a reply whose request reached it but whose "sent" mark was not committed is sent again by B; the sender has at
 * most one message per conversation and {@link #SEND_CONCURRENCY} in all in flight, so at most that many per killed
 * instance, each in another conversation) —, every reminder (a major intent every 50th report, which the
 * next minute's evaluation reports to the coordination group) queued once and sent, and at the platform never more than 20 messages in any minute to one conversation, across
 * both instances.
 *
 * <p>Runs with {@code -Dzhaoshang.testDb=postgres} (CI's PostgreSQL pass), skipped when no PostgreSQL server answers
 * (see {@link TestDatabase#SERVER}). {@code -Dtwo.n=…} changes N.
 */
class PgTwoInstancesTest {

    /** BOT_SEND_CONCURRENCY of both instances: at most this many replies in flight when one is killed. */
    static final int SEND_CONCURRENCY = 4;

    static final int N = Integer.getInteger("two.n", 1000);
    /** More than 20 per conversation: the replies of every group wait for the 20-a-minute limit. */
    static final int PER_CONVERSATION = 25;
    static final int PLATFORM_DELAY_MS = 20;
    static final String SECRET = "two-instances-app-secret";
    static final Pattern MARK = Pattern.compile("压测(\\d{5})号");
    static final ObjectMapper JSON = new ObjectMapper();
    static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    static final String NOW = "1999999999999";
    static final String EXPIRES = "1999999999998";
    /** How long the counts may stand still before the bots count as stuck. */
    static final Duration STALL = Duration.ofSeconds(90);

    @TempDir
    Path dir;
    final String zone = afternoonZone();
    WireMockServer platform;
    final List<Process> bots = new ArrayList<>();
    final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
            .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(20)).build();
    private final AtomicLong lastTimestamp = new AtomicLong();

    @AfterEach
    void stop() {
        bots.forEach(Process::destroyForcibly);
        if (platform != null) platform.stop();
    }

    @Test
    void twoInstancesOnOneDatabaseOneKilledMidBurstLoseNothingAndDoubleNothingButTheReplyInFlight() throws Exception {
        // a few minutes of two JVMs: in CI's PostgreSQL pass only, not again in the SQLite pass of the whole suite
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgres(),
                "runs with -Dzhaoshang.testDb=postgres (CI's PostgreSQL pass)");
        TestDatabase.assumePostgres();
        long started = System.nanoTime();
        String db = TestDatabase.freshPostgres();
        startPlatform();
        int conversations = (N + PER_CONVERSATION - 1) / PER_CONVERSATION;
        Path config = writeConfig(conversations);

        Bot a = start("a", config, db);
        Bot b = start("b", config, db);

        // round 1: alternate between A and B; A is killed once half of all are acknowledged
        Set<Integer> acked = ConcurrentHashMap.newKeySet();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < N; i++) all.add(i);
        AtomicLong killedAt = new AtomicLong();
        deliver(all, acked, i -> i % 2 == 0 ? a : b, N / 2, a, killedAt);
        assertThat(killedAt.get()).as("A was killed").isPositive();
        assertThat(a.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // how long until nothing is claimed by A any more (B took its waiting messages and replies over)
        AtomicLong takenOverAfter = new AtomicLong(-1);
        Thread watch = new Thread(() -> {
            try {
                while (claimedBy(db, "a") > 0) Thread.sleep(100);
                takenOverAfter.set(System.currentTimeMillis() - killedAt.get());
            } catch (Exception e) {
                // reported as -1
            }
        }, "watch-takeover");
        watch.setDaemon(true);
        watch.start();
        int ackedAtKill = acked.size();

        // round 2: the platform redelivers to B what was not acknowledged, and every tenth that was
        List<Integer> again = all.stream().filter(i -> !acked.contains(i) || i % 10 == 3).toList();
        for (int pass = 0; pass < 5; pass++) {
            Set<Integer> now = ConcurrentHashMap.newKeySet();
            deliver(pass == 0 ? again : all.stream().filter(i -> !acked.contains(i)).toList(), now, i -> b,
                    Integer.MAX_VALUE, null, new AtomicLong());
            acked.addAll(now);
            if (acked.size() == N) break;
        }
        assertThat(acked).as("every callback acknowledged by one instance or the other").hasSize(N);

        String settled = waitUntilSettled(db);
        watch.join(10_000);
        assertThat(takenOverAfter.get()).as("B took over what A had claimed").isNotNegative();
        assertEveryReportOnce(db);
        List<Integer> doubled = repliesOnceButInFlight(killedAt.get());
        int reminders = assertEveryReminderOnce(db);
        int busiest = assertAtMostTwentyAMinute(doubled);
        System.out.printf("two instances on PostgreSQL: N=%d, conversations=%d, A killed after %d acknowledged, "
                        + "acknowledged in round 1=%d, redelivered=%d, platform requests=%d, doubled replies=%d %s, "
                        + "reminders=%d, most in a minute to one group=%d, A's claims taken over %.1f s after the kill, "
                        + "%s, %.1f s%n", N, conversations, N / 2, ackedAtKill,
                again.size(), platform.getAllServeEvents().size(), doubled.size(), doubled, reminders, busiest,
                takenOverAfter.get() / 1e3, settled, (System.nanoTime() - started) / 1e9);
    }

    // ------------------------------------------------------------------ the fake platform and the bots

    private void startPlatform() {
        platform = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(20));
        platform.start();
        // whatever else the bots ask (tokens, group messages, file uploads): fine
        platform.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200)
                .withFixedDelay(PLATFORM_DELAY_MS).withHeader("Content-Type", "application/json")
                .withBody("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"t\",\"expires_in\":7200,"
                        + "\"accessToken\":\"t\",\"expireIn\":7200,\"processQueryKey\":\"q\",\"media_id\":\"m\"}")));
        platform.stubFor(post(urlPathEqualTo("/robot/sendBySession")).atPriority(1).willReturn(aResponse()
                .withStatus(200).withFixedDelay(PLATFORM_DELAY_MS)
                .withHeader("Content-Type", "application/json").withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
    }

    private record Bot(String name, Process process, int port) {
        String base() {
            return "http://127.0.0.1:" + port;
        }
    }

    private Bot start(String name, Path config, String db) throws Exception {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "zhaoshang.App");
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("BOT_") || k.startsWith("DINGTALK_") || k.startsWith("WECOM_"));
        env.put("BOT_PORT", Integer.toString(port));
        env.put("BOT_DB_URL", db);
        env.put("BOT_DATA_DIR", dir.resolve("data").toString()); // shared: files written by one served by the other
        env.put("BOT_INSTANCE_NAME", name);
        env.put("BOT_LEASE_SECONDS", "5");
        env.put("BOT_SEND_CONCURRENCY", Integer.toString(SEND_CONCURRENCY));
        env.put("BOT_TIMEZONE", zone);
        env.put("BOT_CONFIG_DIR", config.toString());
        env.put("BOT_LOCAL_CHAT", "false");
        env.put("DINGTALK_APP_KEY", "two-app-key");
        env.put("DINGTALK_MODE", "callback");
        env.put("DINGTALK_APP_SECRET", SECRET);
        env.put("DINGTALK_ROBOT_CODE", "robot-1");
        env.put("DINGTALK_OAPI_BASE", platform.baseUrl());
        env.put("DINGTALK_API_BASE", platform.baseUrl());
        pb.directory(dir.toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("bot-" + name + ".log").toFile());
        Process p = pb.start();
        bots.add(p);
        Bot bot = new Bot(name, p, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180); // a JVM start on a busy machine
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) throw new AssertionError("bot " + name + " exited with " + p.exitValue() + ":\n" + log(name));
            try (Response r = http.newCall(new Request.Builder().url(bot.base() + "/healthz").build()).execute()) {
                if (r.code() == 200) return bot;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("bot " + name + " did not answer /healthz within 180 s:\n" + log(name));
    }

    private String log(String name) {
        try {
            return Files.readString(dir.resolve("bot-" + name + ".log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * Sends the callbacks from four threads, each to the instance {@code to} names; once {@code killAfter} are
     * acknowledged, {@code victim} gets SIGKILL (the callbacks it gets after that fail: not acknowledged).
     */
    private void deliver(List<Integer> messages, Set<Integer> acked, java.util.function.IntFunction<Bot> to,
                         int killAfter, Bot victim, AtomicLong killedAt) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ackedNow = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.execute(() -> {
                int k;
                while ((k = next.getAndIncrement()) < messages.size()) {
                    int i = messages.get(k);
                    if (deliverOne(to.apply(i), callback("two-msg-%05d".formatted(i), conversation(i / PER_CONVERSATION),
                            report(i)))) {
                        acked.add(i);
                        if (ackedNow.incrementAndGet() >= killAfter && victim != null
                                && killedAt.compareAndSet(0, System.currentTimeMillis())) {
                            victim.process().destroyForcibly();
                        }
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
    }

    private boolean deliverOne(Bot bot, String body) {
        long now = lastTimestamp.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis()));
        String ts = Long.toString(now);
        Request request = new Request.Builder().url(bot.base() + "/dingtalk/callback")
                .header("timestamp", ts).header("sign", DingTalkSignature.sign(ts, SECRET))
                .post(RequestBody.create(body.replace(NOW, ts).replace(EXPIRES, Long.toString(now + 90 * 60_000L)),
                        JSON_TYPE)).build();
        try (Response r = http.newCall(request).execute()) {
            return r.code() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private String callback(String msgId, String conversation, String text) {
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

    /**
     * A visit report; every {@link #MAJOR_EVERY}th a major intent (明确, 2亿元), which the next minute's reminder
     * evaluation reports to the coordination group once (majorIntent) — both instances tick, one evaluates.
     */
    static String report(int i) {
        return i % MAJOR_EVERY == 0
                ? "走访\n企业：东莞压测%05d号实业有限公司\n日期：昨天\n洽谈内容：储能设备生产基地选址\n投资意向：明确\n拟投资额：2亿元"
                        .formatted(i)
                : "走访\n企业：东莞压测%05d号实业有限公司\n日期：昨天\n洽谈内容：介绍电子信息产业集群\n投资意向：一般".formatted(i);
    }

    static final int MAJOR_EVERY = 50;

    /** The major intents among the reports: as many reminders. */
    static int majors() {
        return (N + MAJOR_EVERY - 1) / MAJOR_EVERY;
    }

    /**
     * A time zone in which it is now early afternoon: reminders are never sent in the quiet hours (21:00–08:00), and
     * the test must not depend on the hour it runs at.
     */
    static String afternoonZone() {
        int utcHour = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).getHour();
        int offset = Math.floorMod(13 - utcHour + 12, 24) - 12; // -12..+11: local hour 13
        return java.time.ZoneOffset.ofHours(offset).getId();
    }

    static String conversation(int c) {
        return "cid-two-%03d".formatted(c);
    }

    private Path writeConfig(int conversations) throws IOException {
        Path config = dir.resolve("bot-config");
        TestBot.copyConfig(config);
        StringBuilder sb = new StringBuilder(Files.readString(config.resolve("conversations.yaml")));
        for (int c = 0; c < conversations; c++) {
            sb.append("  - {id: ").append(conversation(c)).append(", platform: dingtalk, name: 压测群").append(c)
                    .append(", team: team1}\n");
        }
        Files.writeString(config.resolve("conversations.yaml"), sb.toString());
        return config;
    }

    // ------------------------------------------------------------------ settling and reading back

    /** Until every message is in and handled and nothing waits to be sent (stable for 1 s); gives up after a stall. */
    private String waitUntilSettled(String db) throws Exception {
        long lastMove = System.nanoTime();
        int stable = 0;
        String last = "";
        while (System.nanoTime() - lastMove < STALL.toNanos()) {
            String now = last;
            try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
                long in = one(s, "select count(*) from inbox");
                long waiting = one(s, "select count(*) from inbox where status = 'received'");
                long pending = one(s, "select count(*) from outbox where status = 'pending'");
                long replies = one(s, "select count(*) from outbox where inbox_id is not null");
                long sent = one(s, "select count(*) from outbox where status = 'sent'");
                now = "inbox=" + in + " waiting=" + waiting + " replies=" + replies + " pending=" + pending
                        + " sent=" + sent;
                long reminders = one(s, "select count(*) from reminder_sent");
                now += " reminders=" + reminders;
                stable = in == N && waiting == 0 && pending == 0 && replies >= N && reminders >= majors()
                        ? stable + 1 : 0;
            }
            if (!now.equals(last)) {
                last = now;
                lastMove = System.nanoTime();
            }
            if (stable >= 4) return now;
            Thread.sleep(250); // polling the database, not waiting for time to pass
        }
        throw new AssertionError("the bots did not settle, nothing moved for " + STALL.toSeconds() + " s: " + last
                + "\n" + log("b"));
    }

    /** Waiting messages and replies an instance holds claims on. */
    private static long claimedBy(String db, String instance) throws SQLException {
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            return one(s, "select count(*) from inbox where status = 'received' and claimed_by = '" + instance + "'")
                    + one(s, "select count(*) from outbox where status = 'pending' and claimed_by = '" + instance + "'");
        }
    }

    private static void assertEveryReportOnce(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            assertThat(one(s, "select count(*) from inbox")).isEqualTo(N);
            assertThat(one(s, "select count(distinct msg_id) from inbox")).isEqualTo(N);
            assertThat(one(s, "select count(*) from inbox where status = 'handled'")).isEqualTo(N);
            assertThat(one(s, "select count(*) from visit")).isEqualTo(N);
            assertThat(one(s, "select count(distinct enterprise) from visit")).isEqualTo(N);
            assertThat(one(s, "select count(distinct inbox_id) from visit")).isEqualTo(N);
            assertThat(one(s, "select count(*) from outbox where inbox_id is not null")).isEqualTo(N);
            assertThat(one(s, "select count(distinct inbox_id) from outbox")).isEqualTo(N);
            assertThat(one(s, "select count(*) from outbox where status <> 'sent'")).isZero();
        }
    }

    /** Each reminder of the catch-up recorded once, its messages queued once each and sent. Returns how many. */
    private static int assertEveryReminderOnce(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            long reminders = one(s, "select count(*) from reminder_sent");
            assertThat(reminders).as("one reminder per major intent").isEqualTo(majors());
            assertThat(one(s, "select count(*) from reminder_sent where rule = 'majorIntent'")).isEqualTo(majors());
            assertThat(one(s, "select count(distinct reminder_key) from reminder_sent")).isEqualTo(reminders);
            assertThat(one(s, "select count(*) from outbox where dedupe_key is not null"))
                    .isEqualTo(one(s, "select coalesce(sum(messages), 0) from reminder_sent"));
            assertThat(one(s, "select count(*) from outbox where dedupe_key is not null and status <> 'sent'")).isZero();
            return (int) reminders;
        }
    }

    /**
     * Every reply at the platform once, but for the one A was sending when it was killed (sent again by B after A's
     * claim ran out). Returns the doubled messages.
     */
    private List<Integer> repliesOnceButInFlight(long killedAt) {
        Map<Integer, List<ServeEvent>> byMessage = new TreeMap<>();
        for (ServeEvent e : platform.getAllServeEvents()) {
            if (!e.getRequest().getUrl().startsWith("/robot/sendBySession")) continue;
            Matcher m = MARK.matcher(text(e.getRequest().getBodyAsString()));
            assertThat(m.find()).as("reply names its message: %s", e.getRequest().getBodyAsString()).isTrue();
            byMessage.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(e);
        }
        assertThat(byMessage.keySet()).as("a reply for every message").hasSize(N);
        List<Integer> doubled = byMessage.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).toList();
        assertThat(doubled.size()).as("at most the replies A was sending when it died").isLessThanOrEqualTo(SEND_CONCURRENCY);
        assertThat(doubled.stream().map(msg -> msg / PER_CONVERSATION).distinct().count())
                .as("one in flight per conversation: at most one doubled reply each").isEqualTo(doubled.size());
        for (int msg : doubled) {
            List<ServeEvent> copies = byMessage.get(msg);
            assertThat(copies).hasSize(2);
            long first = copies.stream().mapToLong(e -> e.getRequest().getLoggedDate().getTime()).min().orElseThrow();
            assertThat(first).as("the first copy went out before the kill").isLessThanOrEqualTo(killedAt);
        }
        return doubled;
    }

    /**
     * At the platform, per conversation: any 21 consecutive messages span more than a minute (the second copy of a
     * doubled reply left out: it is the at-least-once window, sent by B unaware that A's request had arrived).
     * Returns the most messages one conversation got within a minute.
     */
    private int assertAtMostTwentyAMinute(List<Integer> doubled) {
        Map<String, List<Long>> byConversation = new TreeMap<>();
        Set<Integer> seenDoubled = new java.util.HashSet<>();
        List<ServeEvent> events = new ArrayList<>(platform.getAllServeEvents());
        events.sort(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        for (ServeEvent e : events) {
            String url = e.getRequest().getUrl();
            String body = e.getRequest().getBodyAsString();
            String conversation;
            if (url.startsWith("/robot/sendBySession")) {
                Matcher m = MARK.matcher(text(body));
                assertThat(m.find()).isTrue();
                int msg = Integer.parseInt(m.group(1));
                if (doubled.contains(msg) && !seenDoubled.add(msg)) continue;
                conversation = conversation(msg / PER_CONVERSATION);
            } else if (url.startsWith("/v1.0/robot/groupMessages/send")) {
                conversation = json(body).path("openConversationId").asText();
            } else {
                continue;
            }
            byConversation.computeIfAbsent(conversation, k -> new ArrayList<>())
                    .add(e.getRequest().getLoggedDate().getTime());
        }
        int busiest = 0;
        for (Map.Entry<String, List<Long>> c : byConversation.entrySet()) {
            List<Long> t = c.getValue();
            for (int i = 0; i < t.size(); i++) {
                int j = i;
                while (j + 1 < t.size() && t.get(j + 1) - t.get(i) < 60_000) j++;
                busiest = Math.max(busiest, j - i + 1);
            }
            for (int i = 0; i + 20 < t.size(); i++) {
                assertThat(t.get(i + 20) - t.get(i)).as("%s: messages %d and %d at the platform", c.getKey(), i, i + 20)
                        .isGreaterThanOrEqualTo(60_000L);
            }
        }
        return busiest;
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String text(String body) {
        JsonNode n = json(body);
        return n.path("text").path("content").asText("") + n.path("markdown").path("text").asText("");
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
