package zhaoshang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.TestBot;

/**
 * Issue 10: the simulator answers its own page (same origin, JSON) and scripts on this machine, and nobody else: not
 * another site's page, not a rebinding host name, not a plain-text or form post; its clock stays put once a real
 * platform is configured.
 */
class SimulatorGuardTest {

    @TempDir
    Path dir;
    final OkHttpClient http = new OkHttpClient();

    @Test
    void hostNamesAndOrigins() {
        assertThat(SimulatorGuard.isLoopbackHost("127.0.0.1:8080")).isTrue();
        assertThat(SimulatorGuard.isLoopbackHost("localhost:8080")).isTrue();
        assertThat(SimulatorGuard.isLoopbackHost("LOCALHOST")).isTrue();
        assertThat(SimulatorGuard.isLoopbackHost("[::1]:8080")).isTrue();
        assertThat(SimulatorGuard.isLoopbackHost("evil.example:8080")).isFalse();
        assertThat(SimulatorGuard.isLoopbackHost("localhost.evil.example")).isFalse();
        assertThat(SimulatorGuard.isLoopbackHost("127.0.0.1.nip.io:8080")).isFalse();
        assertThat(SimulatorGuard.isLoopbackHost("::1")).isFalse();
        assertThat(SimulatorGuard.isLoopbackHost("")).isFalse();
        assertThat(SimulatorGuard.isLoopbackHost(null)).isFalse();

        assertThat(SimulatorGuard.sameOrigin("http://127.0.0.1:8080", "127.0.0.1:8080")).isTrue();
        assertThat(SimulatorGuard.sameOrigin("http://localhost:8080", "localhost:8080")).isTrue();
        assertThat(SimulatorGuard.sameOrigin("https://bot.example.cn", "bot.example.cn:443")).isTrue();
        assertThat(SimulatorGuard.sameOrigin("http://127.0.0.1:9999", "127.0.0.1:8080")).isFalse();
        assertThat(SimulatorGuard.sameOrigin("http://evil.example", "127.0.0.1:8080")).isFalse();
        assertThat(SimulatorGuard.sameOrigin("null", "127.0.0.1:8080")).isFalse();
        assertThat(SimulatorGuard.sameOrigin("file://", "127.0.0.1:8080")).isFalse();
        assertThat(SimulatorGuard.sameOrigin("http://127.0.0.1:8080", null)).isFalse();
    }

    @Test
    void thePagesOwnRequestsWork() throws Exception {
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00")) {
            String origin = bot.base();
            assertThat(post(bot, "/local/messages", "{\"conversation\":\"local-team1\",\"sender\":\"m-he\",\"text\":\"帮助\"}",
                    "application/json; charset=UTF-8", Map.of("Origin", origin, "Sec-Fetch-Site", "same-origin"))).isEqualTo(200);
            assertThat(post(bot, "/local/clock", "{\"now\":\"2026-11-21T09:00:00+08:00\"}", "application/json",
                    Map.of("Origin", origin))).isEqualTo(200);
            String local = "http://localhost:" + bot.app.port();
            assertThat(post(bot, "/local/messages", "{\"conversation\":\"local-team1\",\"sender\":\"m-he\",\"text\":\"帮助\"}",
                    "application/json", Map.of("Host", "localhost:" + bot.app.port(), "Origin", local))).isEqualTo(200);
            try (Response r = http.newCall(new Request.Builder().url(bot.base() + "/").header("Sec-Fetch-Site", "none")
                    .build()).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            // the refusals say what is wrong
            assertThat(bot.post("/local/messages", "x").status()).as("JSON type: the parser says what is wrong").isEqualTo(400);
            try (Response r = http.newCall(new Request.Builder().url(bot.base() + "/local/messages")
                    .post(RequestBody.create("{}", MediaType.get("text/plain"))).build()).execute()) {
                assertThat(r.code()).isEqualTo(415);
                assertThat(r.body().string()).contains("Content-Type: application/json");
            }
        }
    }

    @Test
    void theClockStaysPutOnceARealPlatformIsConfigured() throws Exception {
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00",
                Map.of("DINGTALK_APP_SECRET", "a-secret", "BOT_LOCAL_CHAT", "true"))) {
            java.time.Instant before = bot.app.clock().instant();
            TestBot.Http r = bot.post("/local/clock", Map.of("now", "2026-11-30T19:05:00+08:00"));
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.body().path("error").asText()).contains("时钟已锁定");
            assertThat(bot.app.clock().instant()).isBefore(before.plusSeconds(60));
            // the rest of the simulator still works
            assertThat(bot.sayText("local-team1", "m-he", "帮助")).contains("走访");
        }
    }

    private int post(TestBot bot, String path, String body, String type, Map<String, String> headers) throws Exception {
        Request.Builder b = new Request.Builder().url(bot.base() + path).post(RequestBody.create(body, MediaType.get(type)));
        headers.forEach(b::header);
        try (Response r = http.newCall(b.build()).execute()) {
            return r.code();
        }
    }
}
