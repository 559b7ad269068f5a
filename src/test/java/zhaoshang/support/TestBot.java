package zhaoshang.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import zhaoshang.App;
import zhaoshang.config.Settings;

/**
 * A running bot for functional tests: random port, a fresh SQLite file in a temp dir, the sample bot-config,
 * a clock fixed at a chosen instant (moved only through the simulator), and a small HTTP client.
 */
public final class TestBot implements AutoCloseable {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    public final App app;
    public final Path dir;
    private final OkHttpClient http = new OkHttpClient.Builder()
            .readTimeout(java.time.Duration.ofSeconds(120)).callTimeout(java.time.Duration.ofSeconds(180)).build();
    private int seq;

    private TestBot(App app, Path dir) {
        this.app = app;
        this.dir = dir;
    }

    public static TestBot start(Path dir, String now) {
        return start(dir, now, Map.of());
    }

    /**
     * Starts the bot and waits until the messages left over in its inbox from a previous run are handled (the bot
     * handles them in the background once its web server is open).
     */
    public static TestBot start(Path dir, String now, Map<String, String> extraEnv) {
        TestBot bot = start(dir, now, extraEnv, App::start);
        bot.app.drainInbound();
        return bot;
    }

    /**
     * As {@link #start(Path, String, Map)}, with the App started by {@code starter} (tests in package zhaoshang), and
     * without waiting for leftover messages.
     */
    public static TestBot start(Path dir, String now, Map<String, String> extraEnv,
                                java.util.function.BiFunction<Settings, Clock, App> starter) {
        Map<String, String> env = new HashMap<>();
        env.put("BOT_PORT", "0");
        env.put("BOT_DB_URL", TestDatabase.url(dir));
        env.put("BOT_DATA_DIR", dir.toString());
        env.put("BOT_CONFIG_DIR", "bot-config");
        env.put("BOT_LOCAL_CHAT", "true");
        env.putAll(extraEnv);
        Clock clock = Clock.fixed(OffsetDateTime.parse(now).toInstant(), SHANGHAI);
        return new TestBot(starter.apply(Settings.from(env::get), clock), dir);
    }

    /** A copy of the sample bot-config at {@code target} (to edit for one test); returns {@code target}. */
    public static Path copyConfig(Path target) {
        Path from = Path.of("bot-config");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path t = target.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(t);
                else java.nio.file.Files.copy(p, t);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return target;
    }

    /** Moves the simulator clock to a local time ("2026-11-24T19:00", Asia/Shanghai); reminders due by then go out. */
    public void jump(String localTime) {
        Http r = post("/local/clock", Map.of("now", localTime + ":00+08:00"));
        if (r.status() != 200) throw new AssertionError("clock not moved to " + localTime + ": " + r.text());
    }

    /** The first record number of a kind ("V", "L", …) in an answer, e.g. "#V-0001". */
    public static String number(String text, String prefix) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#" + prefix + "-\\d{4}").matcher(text);
        if (!m.find()) throw new AssertionError("no " + prefix + " number in: " + text);
        return m.group();
    }

    public String base() {
        return "http://127.0.0.1:" + app.port();
    }

    /** Sends a message as a member into a conversation; returns the replies array. */
    public JsonNode say(String conversation, String sender, String text) {
        return post("/local/messages", Map.of("conversation", conversation, "sender", sender, "text", text,
                "id", "test-" + (++seq))).body.get("replies");
    }

    /**
     * Sends a message as someone the platform names {@code senderName} (who may not be on the roster), @-mentioning
     * {@code atUsers} by their simulator ids as DingTalk's atUsers would; returns the replies array.
     */
    public JsonNode sayAs(String conversation, String sender, String senderName, String text, String... atUsers) {
        Map<String, Object> body = new HashMap<>();
        body.put("conversation", conversation);
        body.put("sender", sender);
        body.put("senderName", senderName);
        body.put("text", text);
        body.put("id", "test-" + (++seq));
        body.put("atUsers", List.of(atUsers));
        return post("/local/messages", body).body.get("replies");
    }

    /** The plain text of replies, joined. */
    public static String text(JsonNode replies) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode r : replies) sb.append(plain(r)).append('\n');
        return sb.toString();
    }

    /** What a person reads in every reply (markup applied), joined, for assertions. */
    public String sayText(String conversation, String sender, String text) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode r : say(conversation, sender, text)) sb.append(plain(r)).append('\n');
        return sb.toString();
    }

    /** What a person reads in one message of the API (its "plain" text; a file's name). */
    public static String plain(JsonNode message) {
        return message.has("plain") ? message.path("plain").asText() : message.path("text").asText();
    }

    public Http post(String path, Object body) {
        try {
            return post(path, JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Http post(String path, String rawBody) {
        return call(new Request.Builder().url(base() + path).post(RequestBody.create(rawBody, JSON_TYPE)).build());
    }

    public Http get(String path) {
        return call(new Request.Builder().url(base() + path).get().build());
    }

    public byte[] download(String path) {
        try (Response r = http.newCall(new Request.Builder().url(base() + path).build()).execute()) {
            if (r.code() != 200) throw new AssertionError("GET " + path + " → " + r.code());
            return r.body().bytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<JsonNode> history(String conversation) {
        JsonNode n = get("/local/messages?conversation=" + conversation).body.get("messages");
        List<JsonNode> out = new java.util.ArrayList<>();
        n.forEach(out::add);
        return out;
    }

    private Http call(Request request) {
        try (Response r = http.newCall(request).execute()) {
            String text = r.body().string();
            JsonNode node;
            try {
                node = text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
            } catch (IOException e) {
                node = JSON.createObjectNode().put("raw", text);
            }
            return new Http(r.code(), node, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, parsed JSON body, raw text. */
    public record Http(int status, JsonNode body, String text) { }

    @Override
    public void close() {
        app.close();
    }
}
