package zhaoshang.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import zhaoshang.chat.dingtalk.DingTalkSignature;

/**
 * What the HTTP benchmarks ({@link IngestBenchmark}, {@link FullPathBenchmark}) share: signed DingTalk callbacks as
 * DingTalk sends them, the generator's HTTP client, a fake DingTalk, the bare ceiling (Javalin, one insert per
 * request) and the bot's settings for a run against them.
 */
final class BenchHttp {

    static final String APP_SECRET = "bench-app-secret-not-real";
    static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] SENDERS = {"ding-0101", "ding-0102", "ding-0103"};
    static final String[] NICKS = {"林晓东", "何雨晴", "钱思远"};
    static final String[] TEXTS = {
            "走访\n企业：深圳欣迪新能源装备技术有限公司\n洽谈内容：储能项目选址\n投资意向：较强",
            "线索\n企业：苏州恒拓精密机械有限公司\n行业：高端装备\n投资额：3.5亿元\n联系人：王经理 13800001234\n进展：已初步接触",
            "考察\n企业：杭州云帆智能科技有限公司\n日期：11月18日\n考察地点：高新区标准厂房\n陪同：林晓东、何雨晴\n结果：对配套满意，拟再谈",
            "签约\n项目：年产5GWh储能电池项目\n企业：深圳欣迪新能源装备技术有限公司\n投资额：12亿元\n签约日期：2026年11月19日",
            "走访\n企业：广州瑞丰生物医药有限公司\n洽谈内容：研发中心落地政策\n投资意向：一般\n下一步：寄送产业政策汇编",
    };

    private BenchHttp() {
    }

    /** OkHttp, async-capable, HTTP/1.1, up to {@code maxRequests} calls at once, 30 s per call, no retries. */
    static OkHttpClient client(int maxRequests) {
        return client(maxRequests, maxRequests);
    }

    /** TCP connections the clients of {@link #client} have opened (connection setup started), since the start. */
    static final AtomicLong CONNECTS = new AtomicLong();

    /**
     * {@link #client(int)} with at most {@code perHost} asynchronous calls to one host at once: the others wait in the
     * dispatcher's queue for one to finish, so the connections to a host stay at most {@code perHost} and are kept
     * alive and used again (the pool keeps up to 256 idle) instead of a new one being opened for every call that
     * finds them all busy and closed again when more than 256 are idle.
     */
    static OkHttpClient client(int maxRequests, int perHost) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(maxRequests);
        dispatcher.setMaxRequestsPerHost(perHost);
        return new OkHttpClient.Builder().dispatcher(dispatcher)
                .eventListener(new okhttp3.EventListener() {
                    @Override
                    public void connectStart(okhttp3.Call call, InetSocketAddress address, java.net.Proxy proxy) {
                        CONNECTS.incrementAndGet();
                    }
                })
                .connectionPool(new ConnectionPool(256, 5, TimeUnit.MINUTES))
                .protocols(List.of(Protocol.HTTP_1_1))
                .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(30)).retryOnConnectionFailure(false).build();
    }

    /** The bot's settings for a run: DingTalk in callback mode, every platform call to {@code platformBase}. */
    static Map<String, String> botEnv(String dbUrl, Path config, String platformBase) {
        Map<String, String> env = new HashMap<>();
        env.put("BOT_PORT", "0");
        env.put("BOT_DB_URL", dbUrl);
        env.put("BOT_CONFIG_DIR", config.toString());
        env.put("BOT_LOCAL_CHAT", "false");
        env.put("DINGTALK_APP_KEY", "bench-app-key");
        env.put("DINGTALK_MODE", "callback");
        env.put("DINGTALK_APP_SECRET", APP_SECRET);
        env.put("DINGTALK_ROBOT_CODE", "bench-robot");
        env.put("DINGTALK_OAPI_BASE", platformBase);
        env.put("DINGTALK_API_BASE", platformBase);
        return env;
    }

    /**
     * Signed DingTalk callbacks, each with its own timestamp and sign as DingTalk sends them (the bot refuses a sign
     * that already carried another message).
     */
    static final class Callbacks {
        private final String[] texts = Arrays.stream(TEXTS).map(t -> {
            try {
                return JSON.writeValueAsString(t);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(String[]::new);
        private final AtomicLong lastTimestamp = new AtomicLong();

        /** {@link #TEXTS} number {@code i} (modulo their count) as a JSON string. */
        String text(long i) {
            return texts[(int) (i % texts.length)];
        }

        /**
         * A callback to {@code url}: message {@code msgId} from sender {@code n % 3} into {@code conversationId}, text
         * {@code text} (see {@link #text}), answered through {@code sessionWebhook}.
         */
        Request request(String url, String conversationId, String msgId, long n, long text, String sessionWebhook) {
            return request(okhttp3.HttpUrl.get(url), conversationId, msgId, n, text, sessionWebhook);
        }

        /** {@link #request(String, String, String, long, long, String)} to a URL parsed once by the caller. */
        Request request(okhttp3.HttpUrl url, String conversationId, String msgId, long n, long text, String sessionWebhook) {
            long now = lastTimestamp.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis()));
            String ts = Long.toString(now);
            int i = (int) (n % SENDERS.length);
            String body = "{\"conversationId\":\"" + conversationId + "\",\"atUsers\":[{\"dingtalkId\":\"$:LWCP_v1:$robot\"}],"
                    + "\"chatbotCorpId\":\"dingcorp\",\"chatbotUserId\":\"$:LWCP_v1:$robot\",\"msgId\":\"" + msgId
                    + "\",\"senderNick\":\"" + NICKS[i] + "\",\"isAdmin\":false,\"senderStaffId\":\"" + SENDERS[i]
                    + "\",\"sessionWebhookExpiredTime\":" + (now + 5_400_000L) + ",\"createAt\":" + now
                    + ",\"senderCorpId\":\"dingcorp\",\"conversationType\":\"2\",\"senderId\":\"$:LWCP_v1:$" + SENDERS[i]
                    + "\",\"conversationTitle\":\"第一工作组\",\"isInAtList\":true,\"sessionWebhook\":\"" + sessionWebhook
                    + "\",\"text\":{\"content\":" + text(text) + "},\"msgtype\":\"text\",\"robotCode\":\"bench-robot\"}";
            return new Request.Builder().url(url).header("timestamp", ts).header("sign", DingTalkSignature.sign(ts, APP_SECRET))
                    .post(RequestBody.create(body, JSON_TYPE)).build();
        }
    }

    /**
     * DingTalk stand-in: answers every call {@code {"errcode":0}}, after {@code delayMs} (a real platform answers in
     * 30–150 ms). A sessionWebhook call ({@code ?session=N}) is the reply to report N, whose first arrival time (when
     * the call reaches the stub, before the delay) is handed to the listener.
     */
    static final class FakeDingTalk implements AutoCloseable {
        interface Listener {
            void replied(long n, long nanos);
        }

        static {
            // The JDK HttpServer writes a response's headers and body as two segments; with Nagle on, the body waited
            // for the client's delayed ACK (40 ms on Linux), so every reply took ~45 ms and the one-at-a-time sender
            // capped the full path near 22 reports/s. Real platforms do not answer like that. (Read when the server
            // classes load: before the first HttpServer.)
            System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
        }

        final HttpServer server;
        final long delayMs;
        final AtomicLong requests = new AtomicLong();
        final AtomicLong sessionReplies = new AtomicLong();
        final Map<Long, Boolean> seen = new ConcurrentHashMap<>();
        volatile Listener listener = (n, t) -> { };

        FakeDingTalk(long delayMs) throws IOException {
            this.delayMs = delayMs;
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            // with a delay, enough threads that the stub never limits how many sends overlap; without one, each call
            // is answered on the server's own dispatcher thread (a few microseconds of work, no hand-over to a pool
            // thread and back for every reply: that hand-over was most of the stub's CPU on the shared cores)
            if (delayMs > 0) {
                server.setExecutor(Executors.newFixedThreadPool(64, r -> {
                    Thread t = new Thread(r, "stub-platform");
                    t.setDaemon(true);
                    return t;
                }));
            }
            byte[] ok = "{\"errcode\":0,\"errmsg\":\"ok\",\"accessToken\":\"bench\",\"expireIn\":7200}"
                    .getBytes(StandardCharsets.UTF_8);
            server.createContext("/", exchange -> {
                long now = System.nanoTime();
                requests.incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                String q = exchange.getRequestURI().getRawQuery();
                if (q != null && q.startsWith("session=")) {
                    sessionReplies.incrementAndGet();
                    try {
                        long n = Long.parseLong(q.substring("session=".length()));
                        if (seen.putIfAbsent(n, Boolean.TRUE) == null) listener.replied(n, now);
                    } catch (NumberFormatException notNumbered) {
                        // a reply the benchmark does not match (IngestBenchmark's)
                    }
                }
                if (delayMs > 0) { // the reply has arrived (latency counts to here); the answer comes later
                    try {
                        Thread.sleep(delayMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, ok.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(ok);
                }
            });
            server.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /**
     * The stack's ceiling: Javalin 7 with one route doing one single-row insert (SQLite: one connection behind a lock,
     * WAL, synchronous=NORMAL, the same driver; PostgreSQL: a Hikari pool of 8, autocommit).
     */
    static final class Bare implements AutoCloseable {
        private final Javalin javalin;
        private final AutoCloseable resource;

        private Bare(Javalin javalin, AutoCloseable resource) {
            this.javalin = javalin;
            this.resource = resource;
        }

        static Bare sqlite(Path file) throws SQLException {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(10_000);
            SQLiteDataSource ds = new SQLiteDataSource(config);
            ds.setUrl("jdbc:sqlite:" + file);
            Connection connection = ds.getConnection();
            try (Statement s = connection.createStatement()) {
                s.execute("create table message (id integer primary key autoincrement, body text not null, "
                        + "received_at text not null)");
            }
            PreparedStatement insert = connection.prepareStatement("insert into message (body, received_at) values (?, ?)");
            Javalin j = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.routes.post("/bare", ctx -> {
                    String body = ctx.body();
                    String now = Instant.now().toString();
                    synchronized (insert) {
                        insert.setString(1, body);
                        insert.setString(2, now);
                        insert.executeUpdate();
                    }
                    ctx.status(200).contentType("application/json").result("{}");
                });
            }).start("127.0.0.1", 0);
            return new Bare(j, connection);
        }

        static Bare postgres(String url) throws SQLException {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setMaximumPoolSize(8);
            config.setPoolName("bare");
            HikariDataSource ds = new HikariDataSource(config);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("create table message (id bigint generated by default as identity primary key, "
                        + "body text not null, received_at text not null)");
            }
            Javalin j = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.routes.post("/bare", ctx -> {
                    String body = ctx.body();
                    String now = Instant.now().toString();
                    try (Connection c = ds.getConnection();
                         PreparedStatement insert = c.prepareStatement("insert into message (body, received_at) values (?, ?)")) {
                        insert.setString(1, body);
                        insert.setString(2, now);
                        insert.executeUpdate();
                    }
                    ctx.status(200).contentType("application/json").result("{}");
                });
            }).start("127.0.0.1", 0);
            return new Bare(j, ds);
        }

        int port() {
            return javalin.port();
        }

        @Override
        public void close() throws Exception {
            javalin.stop();
            resource.close();
        }
    }
}
