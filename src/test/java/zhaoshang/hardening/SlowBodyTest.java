package zhaoshang.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.dingtalk.DingTalkSignature;
import zhaoshang.support.LogCapture;
import zhaoshang.support.TestBot;

/**
 * Issue 10 §3 "slow request bodies": {@value #DEFAULT_CLIENTS} connections (more than Jetty's default 250 threads) send
 * their headers with a large {@code Content-Length}, then one body byte every 2 s (one in five sends nothing more),
 * to every endpoint that reads a body. Meanwhile /healthz, a signed DingTalk callback and the simulator must keep answering within seconds, every
 * slow connection must be cut off within {@value #CUT_OFF_SECONDS} s, and each aborted request must leave one log
 * line and no stack trace. {@code -Dslow.clients=N} changes the number of slow clients.
 */
class SlowBodyTest {

    static final int DEFAULT_CLIENTS = 300;
    static final int CLIENTS = Integer.getInteger("slow.clients", DEFAULT_CLIENTS);
    // The bot cuts a slow body off after its idle and read limits (seconds); a client notices at its next write (every
    // 2 s). 40 s leaves room for a loaded CI machine while still failing a server that lets the body trickle on (a
    // 100,000-byte body at one byte every 2 s would hold its connection for days).
    static final int CUT_OFF_SECONDS = 40;
    static final String NOW = "2026-11-20T10:00:00+08:00";
    static final long NOW_MS = OffsetDateTime.parse(NOW).toInstant().toEpochMilli();
    static final String SECRET = "slow-body-app-secret";
    static final List<String> TARGETS = List.of("/local/messages", "/dingtalk/callback", "/wecom/callback?msg_signature=x&timestamp=1&nonce=n");

    @TempDir
    Path dir;

    @Test
    void slowBodiesNeitherStallTheServerNorFloodTheLog() throws Exception {
        Path config = dir.resolve("bot-config");
        TestBot.copyConfig(config);
        Path conv = config.resolve("conversations.yaml");
        Files.writeString(conv, Files.readString(conv)
                + "  - {id: cid-team1, platform: dingtalk, name: 第一工作组钉钉群, team: team1}\n");
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build();
        List<Socket> slow = new ArrayList<>();
        java.util.Set<Socket> quiet = ConcurrentHashMap.newKeySet();
        Map<Socket, Long> cutOff = new ConcurrentHashMap<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try (TestBot bot = TestBot.start(dir, NOW, Map.of("BOT_CONFIG_DIR", config.toString(),
                "DINGTALK_APP_SECRET", SECRET, "WECOM_TOKEN", "QDG6eK",
                "WECOM_ENCODING_AES_KEY", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "BOT_LOCAL_CHAT", "true"));
             LogCapture log = LogCapture.of(org.slf4j.Logger.ROOT_LOGGER_NAME)) {
            long start = System.nanoTime();
            for (int i = 0; i < CLIENTS; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", bot.app.port()), 5000);
                s.setSoTimeout(1);
                String path = TARGETS.get(i % TARGETS.size());
                int length = path.startsWith("/local") ? 100_000 : 60_000; // the callbacks refuse more than 64 KB at once
                boolean silent = i % 5 == 4; // headers, then nothing at all
                s.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + bot.app.port()
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n"
                        + (silent ? "" : "{")).getBytes(StandardCharsets.US_ASCII));
                slow.add(s);
                if (silent) quiet.add(s);
            }
            trickle.scheduleAtFixedRate(() -> {
                for (Socket s : slow) {
                    if (cutOff.containsKey(s)) continue;
                    try {
                        if (serverClosed(s)) {
                            cutOff.put(s, System.nanoTime());
                            continue;
                        }
                        if (!quiet.contains(s)) s.getOutputStream().write(' ');
                    } catch (IOException e) {
                        cutOff.put(s, System.nanoTime());
                    }
                }
            }, 2, 2, TimeUnit.SECONDS);

            // during the attack, the bot answers its platforms and its health check within seconds
            List<Long> healthMillis = new ArrayList<>();
            int n = 0;
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(12)) {
                long t0 = System.nanoTime();
                try (Response r = http.newCall(new Request.Builder().url(bot.base() + "/healthz").build()).execute()) {
                    assertThat(r.code()).isEqualTo(200);
                }
                healthMillis.add((System.nanoTime() - t0) / 1_000_000);
                String ts = String.valueOf(NOW_MS + n); // each genuine callback has its own timestamp
                String body = "{\"conversationId\":\"cid-team1\",\"msgId\":\"during-" + (++n) + "\",\"senderStaffId\":\"ding-0101\","
                        + "\"senderNick\":\"林晓东\",\"conversationType\":\"2\",\"msgtype\":\"text\",\"text\":{\"content\":\" 帮助\"}}";
                try (Response r = http.newCall(new Request.Builder().url(bot.base() + "/dingtalk/callback")
                        .header("timestamp", ts).header("sign", DingTalkSignature.sign(ts, SECRET))
                        .post(RequestBody.create(body, MediaType.get("application/json"))).build()).execute()) {
                    assertThat(r.code()).as("a genuine callback during the attack").isEqualTo(200);
                }
                assertThat(bot.post("/local/messages", Map.of("conversation", "local-team1", "sender", "m-he",
                        "text", "帮助", "id", "sim-" + n)).status()).isEqualTo(200);
                Thread.sleep(250);
            }
            System.out.println("slow bodies: " + CLIENTS + " clients; /healthz during the attack: max "
                    + healthMillis.stream().mapToLong(Long::longValue).max().orElse(0) + " ms over " + healthMillis.size()
                    + " checks");

            // every slow connection is cut off
            long deadline = start + TimeUnit.SECONDS.toNanos(CUT_OFF_SECONDS);
            while (cutOff.size() < slow.size() && System.nanoTime() < deadline) Thread.sleep(200);
            assertThat(cutOff).as("slow connections cut off within %d s", CUT_OFF_SECONDS).hasSize(slow.size());
            long slowest = cutOff.values().stream().mapToLong(t -> (t - start) / 1_000_000).max().orElse(0);
            System.out.println("slow bodies: all " + CLIENTS + " cut off, the last after " + slowest + " ms");

            List<ILoggingEvent> traces = log.all().stream().filter(e -> e.getThrowableProxy() != null).toList();
            assertThat(traces).as("no stack traces in the log").isEmpty();
            long aborted = log.atLeast(Level.WARN).stream()
                    .filter(e -> e.getFormattedMessage().contains("request body")).count();
            assertThat(aborted).as("one log line per aborted request").isEqualTo(CLIENTS);
        } finally {
            trickle.shutdownNow();
            for (Socket s : slow) s.close();
        }
    }

    /** The limits leave honest clients alone: a big body sent at full speed is read whole (then judged by its route). */
    @Test
    void largeBodiesAtFullSpeedAreRead() {
        try (TestBot bot = TestBot.start(dir, NOW)) {
            String text = "走访\n企业：" + "长".repeat(1_000_000); // 3 MB of UTF-8, far beyond what is read before dispatch
            TestBot.Http r = bot.post("/local/messages", Map.of("conversation", "local-team1", "sender", "m-he",
                    "text", text, "id", "big-1"));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body().path("error").asText()).contains("消息太长").contains("原消息已保存");
            TestBot.Http tooBig = bot.post("/local/messages", "{\"text\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}");
            assertThat(tooBig.status()).isEqualTo(413);
        }
    }

    /** True when the server has closed the connection (EOF or reset); reads at most what the server sent. */
    private static boolean serverClosed(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        byte[] buf = new byte[4096];
        try {
            while (true) {
                int r = in.read(buf);
                if (r < 0) return true;
            }
        } catch (SocketTimeoutException e) {
            return false;
        }
    }
}
