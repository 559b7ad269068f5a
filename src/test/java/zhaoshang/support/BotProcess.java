package zhaoshang.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The bot as its own JVM ({@code zhaoshang.App} on the test's class path), for the tests that kill it with SIGKILL
 * and start it again (hardening.CrashTest, store.PgTwoInstancesTest): a free port, the environment the caller gives
 * (nothing of the test's own BOT_/DINGTALK_/WECOM_ variables leaks in), the output in {@code bot-<name>.log} of the
 * test's directory, ready once {@code /healthz} answers 200 (in DingTalk Stream mode: once it says the connection is
 * up).
 */
public final class BotProcess {

    /** A JVM start on a busy machine. */
    static final Duration START = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false)
            .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(20)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private BotProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * The environment of a bot answering DingTalk: {@code db}, the config directory, no local chat, the app's key
     * and secret, robot-1, both API bases at {@code platformBase} (the caller replaces DINGTALK_API_BASE for a
     * Stream gateway and adds what else it needs).
     */
    public static Map<String, String> dingTalkEnv(String db, Path config, String appKey, String secret,
                                                  String platformBase) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BOT_DB_URL", db);
        env.put("BOT_CONFIG_DIR", config.toString());
        env.put("BOT_LOCAL_CHAT", "false");
        env.put("DINGTALK_APP_KEY", appKey);
        env.put("DINGTALK_MODE", "callback");
        env.put("DINGTALK_APP_SECRET", secret);
        env.put("DINGTALK_ROBOT_CODE", "robot-1");
        env.put("DINGTALK_OAPI_BASE", platformBase);
        env.put("DINGTALK_API_BASE", platformBase);
        return env;
    }

    /**
     * Starts the bot in {@code dir} with {@code env} (BOT_PORT is chosen here) and waits until it is ready; fails
     * with its log when it exits or is not ready within {@link #START}.
     */
    public static BotProcess start(Path dir, String name, Map<String, String> env) throws Exception {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "zhaoshang.App");
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("BOT_") || k.startsWith("DINGTALK_") || k.startsWith("WECOM_"));
        e.putAll(env);
        e.put("BOT_PORT", Integer.toString(port));
        Path log = dir.resolve("bot-" + name + ".log");
        pb.directory(dir.toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        BotProcess bot = new BotProcess(name, pb.start(), port, log);
        bot.awaitReady("stream".equals(env.get("DINGTALK_MODE")));
        return bot;
    }

    private void awaitReady(boolean stream) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("bot " + name + " exited with " + process.exitValue() + ":\n" + log());
            }
            try (Response r = HTTP.newCall(new Request.Builder().url(base() + "/healthz").build()).execute()) {
                if (r.code() == 200 && (!stream || streamConnected(r))) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("bot " + name + " did not answer /healthz within " + START.toSeconds() + " s:\n" + log());
    }

    /** Stream mode: ready once /healthz says the connection is up (the gateway then has its socket). */
    private static boolean streamConnected(Response r) throws IOException {
        return "connected".equals(JSON.readTree(r.body().string()).path("details").path("connections")
                .path("dingtalk").path("state").asText());
    }

    public String name() {
        return name;
    }

    public Process process() {
        return process;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    public void kill() {
        process.destroyForcibly();
    }

    /** Whether the process has ended within 30 s (after {@link #kill}). */
    public boolean ended() throws InterruptedException {
        return process.waitFor(30, TimeUnit.SECONDS);
    }

    /** What the process wrote, for a failure's message. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
