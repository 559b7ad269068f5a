package zhaoshang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.ChatMessage;
import zhaoshang.export.ChartGuard;
import zhaoshang.inbox.Inbox;
import zhaoshang.outbox.Outbox;
import zhaoshang.store.Database;
import zhaoshang.support.TestBot;
import zhaoshang.support.TestDatabase;

/**
 * Issue 10 §3: after a kill -9 in the middle of a long answer (a large export), the next start handled the leftover
 * message before opening the web server — 19 s with no /healthz and no callbacks. The server now opens first and the
 * leftover is handled in the background. Here the leftover is a 本月进度 whose chart waits until the test lets it go.
 */
class StartupRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void theServerAnswersWhileALeftoverMessageIsStillBeingHandled() throws Exception {
        long leftover;
        // stored, then the bot died before handling it: stored here while no bot runs (on PostgreSQL a running bot
        // takes over a message nobody claims, and could have answered it before the test stopped it)
        try (Database db = Database.open(TestDatabase.url(dir)); Inbox inbox = new Inbox(db.jdbi())) {
            leftover = inbox.store(new ChatMessage("local", "killed-export", "local-team1",
                    "m-lin", "林晓东", "本月进度", Instant.parse("2026-11-20T02:00:00Z"), Map.of()),
                    Instant.parse("2026-11-20T02:00:00Z")).orElseThrow();
        }
        CountDownLatch slowAnswer = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        ChartGuard.Drawer waits = (teams, asked) -> {
            started.countDown();
            try {
                slowAnswer.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new byte[] {(byte) 0x89, 'P', 'N', 'G'};
        };
        CompletableFuture<TestBot> starting = CompletableFuture.supplyAsync(() -> TestBot.start(dir,
                "2026-11-20T10:05:00+08:00", Map.of(), (settings, clock) -> App.start(settings, clock, waits)));
        try (TestBot bot = starting.get(30, TimeUnit.SECONDS)) {
            assertThat(started.await(30, TimeUnit.SECONDS)).as("the leftover is being handled").isTrue();
            Outbox outbox = new Outbox(bot.app.database().jdbi(), null, null);
            assertThat(outbox.forInbox(leftover)).as("not answered yet").isEmpty();

            assertThat(bot.get("/healthz").status()).isEqualTo(200);
            assertThat(bot.sayText("local-team1", "m-he", "帮助")).contains("走访");

            slowAnswer.countDown();
            await().atMost(Duration.ofSeconds(30)).until(() -> !outbox.forInbox(leftover).isEmpty());
            assertThat(new Inbox(bot.app.database().jdbi()).unhandled()).isEmpty();
        } finally {
            slowAnswer.countDown();
        }
    }
}
