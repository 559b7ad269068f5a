package zhaoshang.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A real browser for tests that need one: Debian's headless Chromium driven over the DevTools protocol (a WebSocket,
 * with the OkHttp client the bot already has). Tests that use it are skipped when no Chromium is installed; nothing
 * is installed by the test itself.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ZERO).build();

    /** The Chromium binary on the PATH (chromium, chromium-browser, google-chrome), if any. */
    public static Optional<Path> binary() {
        for (String name : new String[]{"chromium", "chromium-browser", "google-chrome"}) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static HeadlessChromium start() throws Exception {
        return new HeadlessChromium(binary().orElseThrow());
    }

    private HeadlessChromium(Path binary) throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        process = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        Instant until = Instant.now().plusSeconds(30);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (Instant.now().isAfter(until) || !process.isAlive()) throw new IllegalStateException("Chromium did not start");
            Thread.sleep(50);
        }
        String port = Files.readAllLines(portFile).get(0).strip();
        String wsUrl = null;
        try (Response r = http.newCall(new Request.Builder().url("http://127.0.0.1:" + port + "/json/list").build()).execute()) {
            for (JsonNode t : JSON.readTree(r.body().string())) {
                if ("page".equals(t.path("type").asText())) wsUrl = t.path("webSocketDebuggerUrl").asText();
            }
        }
        if (wsUrl == null) throw new IllegalStateException("no page target");
        CompletableFuture<Void> open = new CompletableFuture<>();
        socket = http.newWebSocket(new Request.Builder().url(wsUrl).build(), new WebSocketListener() {
            @Override
            public void onOpen(WebSocket ws, Response response) {
                open.complete(null);
            }

            @Override
            public void onMessage(WebSocket ws, String text) {
                try {
                    JsonNode n = JSON.readTree(text);
                    if (n.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
                        if (f != null) f.complete(n);
                    }
                } catch (IOException ignored) {
                    // not a protocol message
                }
            }

            @Override
            public void onFailure(WebSocket ws, Throwable t, Response response) {
                open.completeExceptionally(t);
                pending.values().forEach(f -> f.completeExceptionally(t));
            }
        });
        open.get(20, TimeUnit.SECONDS);
        call("Page.enable", JSON.createObjectNode());
        call("Runtime.enable", JSON.createObjectNode());
        call("Emulation.setTimezoneOverride", JSON.createObjectNode().put("timezoneId", "Asia/Shanghai"));
    }

    /** One DevTools command; its result. */
    public JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        socket.send(msg.toString());
        JsonNode answer = f.get(60, TimeUnit.SECONDS);
        if (answer.has("error")) throw new IllegalStateException(method + ": " + answer.get("error"));
        return answer.path("result");
    }

    /** A phone- or desktop-sized window. */
    public void viewport(int width, int height, double scale, boolean mobile) throws Exception {
        call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", height)
                .put("deviceScaleFactor", scale).put("mobile", mobile));
    }

    public void open(String url) throws Exception {
        call("Page.navigate", JSON.createObjectNode().put("url", url));
        waitFor("document.readyState === 'complete'", Duration.ofSeconds(30));
    }

    /** Evaluates JavaScript in the page; its value (promises awaited). */
    public JsonNode eval(String js) throws Exception {
        JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", js)
                .put("returnByValue", true).put("awaitPromise", true));
        if (r.has("exceptionDetails")) throw new IllegalStateException("page script failed: " + r.get("exceptionDetails"));
        return r.path("result").path("value");
    }

    /** Waits until a JavaScript condition holds in the page. */
    public void waitFor(String condition, Duration timeout) throws Exception {
        Instant until = Instant.now().plus(timeout);
        while (!eval("!!(" + condition + ")").asBoolean()) {
            if (Instant.now().isAfter(until)) throw new AssertionError("page never reached: " + condition);
            Thread.sleep(100);
        }
    }

    public void screenshot(Path file) throws Exception {
        JsonNode r = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(r.path("data").asText()));
    }

    @Override
    public void close() {
        try {
            socket.close(1000, "done");
        } catch (RuntimeException ignored) {
            // already closed
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.dispatcher().executorService().shutdown();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir
        }
    }
}
