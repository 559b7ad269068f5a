package zhaoshang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.TestBot;

/**
 * Issue 10 §3: files the bot sends (exports, charts) were kept for ever, {@code FileStore.purgeExpired} was never
 * called. Now they are deleted, with their rows, once their 7 days are over: every hour and at startup, and when the
 * simulator clock moves past their expiry.
 */
class FileExpiryTest {

    @TempDir
    Path dir;

    /** The stored file behind an export answer's download link. */
    private Path exported(TestBot bot, String when) {
        JsonNode replies = bot.say("local-team1", "m-he", "导出台账 11月");
        JsonNode file = null;
        for (JsonNode r : replies) if (r.path("type").asText().equals("file")) file = r;
        assertThat(file).as("%s: the export carries a file", when).isNotNull();
        String token = file.path("url").asText().split("/")[2];
        Path path = dir.resolve("files").resolve(token);
        assertThat(path).as("%s: the file is on disk", when).isRegularFile();
        return path;
    }

    private static long rows(TestBot bot) {
        return bot.app.database().jdbi().withHandle(h -> h.createQuery("select count(*) from stored_file")
                .mapTo(Long.class).one());
    }

    /** Whether the row behind one stored file is still there (other files may be made meanwhile, e.g. by reminders). */
    private static long rowsOf(TestBot bot, Path file) {
        return bot.app.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from stored_file where token = :token")
                .bind("token", file.getFileName().toString()).mapTo(Long.class).one());
    }

    @Test
    void filesAreDeletedWhenTheClockPassesTheirExpiry() {
        try (TestBot bot = TestBot.start(dir, "2026-11-22T10:00:00+08:00")) {
            Path first = exported(bot, "day 0");
            String url = "/files/" + first.getFileName() + "/x.xlsx";
            assertThat(bot.get(url).status()).isEqualTo(200);

            bot.post("/local/clock", Map.of("now", "2026-11-28T10:00:00+08:00"));
            Path second = exported(bot, "day 6");
            assertThat(first).as("6 days old: still kept").isRegularFile();

            bot.post("/local/clock", Map.of("now", "2026-11-29T10:01:00+08:00"));
            assertThat(first).as("7 days and a minute old: deleted").doesNotExist();
            assertThat(second).as("one day old: kept").isRegularFile();
            assertThat(rows(bot)).isEqualTo(1);
            assertThat(bot.get(url).status()).isEqualTo(404);
            assertThat(bot.get(url).text()).contains("链接已过期");
        }
    }

    @Test
    void filesThatExpiredWhileTheBotWasStoppedAreDeletedAtStartup() {
        Path file;
        try (TestBot bot = TestBot.start(dir, "2026-11-22T10:00:00+08:00")) {
            file = exported(bot, "before the stop");
        }
        try (TestBot bot = TestBot.start(dir, "2026-12-01T10:00:00+08:00")) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(file).doesNotExist();
                // Only this file's row: at 1 December the month-end package of November may be stored meanwhile.
                assertThat(rowsOf(bot, file)).isZero();
            });
        }
    }
}
