package zhaoshang.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.outbox.Outbox;
import zhaoshang.support.TestBot;

/**
 * The clock goes back: set three years ahead (the simulator, a wrong system time), then a restart on the real clock.
 * The stored evaluation point is then years in the future; it is found, logged, shown in /healthz and handled, so the
 * reminders due on the real clock are still sent, each once — and the ones the wrong clock sent early are sent again
 * when they really fall due, once.
 */
class ClockWentBackTest {

    @TempDir
    Path dir;

    private static final String NOVEMBER_LAST = "monthEnd:team1:2026-11:last";

    @Test
    void remindersGoOnAfterTheClockWentBack() {
        Fixture f = new Fixture(dir, "2026-11-20T10:00");
        f.only = List.of("monthEnd");
        f.evaluator();

        // three years ahead: the month end of November 2029 is evaluated and sent
        List<Due> future = f.at(f.evaluator(), "2029-11-30T18:05");
        List<String> futureKeys = Fixture.keys(future);
        assertThat(futureKeys).contains("monthEnd:team1:2029-11:last", "monthEnd:summary:2029-11");

        // restart with the real clock: 09:05 on Monday 30 November 2026, the last working day of the month
        ReminderEvaluator restarted = f.evaluator();
        List<Due> due = f.at(restarted, "2026-11-30T09:05");
        assertThat(Fixture.keys(due)).contains(NOVEMBER_LAST, "monthEnd:team2:2026-11:last")
                .doesNotContain("monthEnd:team1:2026-11:before");        // the earlier one of the series is stale
        assertThat(f.store.lastEvaluated()).contains(Fixture.at("2026-11-30T09:05"));
        assertThat(f.store.clockWentBack()).hasValueSatisfying(s -> assertThat(s)
                .contains("2029-11-30T10:05:00Z").contains("晚于当前时间").contains("作废 " + futureKeys.size() + " 条"));
        // the early ones left the sent-log for the audit table, their queued messages keep nothing of the key
        assertThat(f.store.sentKeys("monthEnd:")).doesNotContainAnyElementsOf(futureKeys).contains(NOVEMBER_LAST);
        assertThat(voided(f)).containsExactlyInAnyOrderElementsOf(futureKeys);

        // once: the next minutes and another restart send nothing again
        assertThat(f.at(restarted, "2026-11-30T09:06")).isEmpty();
        assertThat(f.at(f.evaluator(), "2026-11-30T09:30")).isEmpty();
        assertThat(teamOneMonthEnd(f, "2026-11", "last")).hasSize(1);
        assertThat(f.store.clockWentBack()).hasValueSatisfying(s -> assertThat(s).contains("2026-11-30T01:05:00Z"));

        // three years later the real November 2029 month end comes round: sent (again), once
        List<Due> real = f.at(restarted, "2029-11-30T18:05");
        assertThat(Fixture.keys(real)).containsAll(futureKeys);
        assertThat(f.at(restarted, "2029-11-30T18:06")).isEmpty();
        assertThat(teamOneMonthEnd(f, "2029-11", "last").stream().filter(e -> e.status().equals("pending"))).hasSize(1);
    }

    @Test
    void aPointALittleAheadJustWaits() {
        Fixture f = new Fixture(dir, "2026-11-30T09:10");
        f.only = List.of("monthEnd");
        ReminderEvaluator e = f.evaluator();
        // another instance whose clock runs two minutes ahead stored its point: no rewind, no double
        f.store.advanceLastEvaluated(Fixture.at("2026-11-30T09:12"));
        assertThat(f.at(e, "2026-11-30T09:10")).isEmpty();
        assertThat(f.store.clockWentBack()).isEmpty();
        assertThat(f.store.lastEvaluated()).contains(Fixture.at("2026-11-30T09:12"));
    }

    /** Through the running bot: 21 answers and the month end sent three years ahead, then a restart on today's clock. */
    @Test
    void afterARestartOnTheRealClockTheMonthEndIsSentAndHealthzSaysWhatHappened() {
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00")) {
            assertThat(bot.post("/local/clock", Map.of("now", "2029-11-30T18:05:00+08:00")).status()).isEqualTo(200);
            for (int i = 0; i < 21; i++) bot.say("local-team1", "m-he", "模板 走访");
            // the group's 20 messages a minute are used up in 2029; the rest wait for 2029-11-30 18:06
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> sent(bot, "local-team1") == 20);
            assertThat(pending(bot)).isPositive();
        }
        try (TestBot bot = TestBot.start(dir, "2026-11-30T09:05:00+08:00")) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> status(bot, NOVEMBER_LAST + "@").equals("sent"));
            JsonNode health = bot.get("/healthz").body();
            assertThat(health.path("status").asText()).isEqualTo("ok");
            assertThat(health.path("details").path("remindersEvaluatedUntil").asText()).isEqualTo("2026-11-30T01:05:00Z");
            assertThat(health.path("details").path("remindersClockWentBack").asText())
                    .contains("发现提醒评估点 2029-11-30T10:05:00Z 晚于当前时间").contains("重新评估");
            assertThat(bot.history("local-team1").stream().map(TestBot::plain)
                    .filter(t -> t.startsWith("【月底台账提醒】") && t.contains("今天是11月最后一个工作日"))).hasSize(2); // 2029, 2026
            assertThat(bot.app.reminders().store().sentKeys(NOVEMBER_LAST)).hasSize(1);
        }
    }

    private static List<String> voided(Fixture f) {
        return f.jdbi.withHandle(h -> h.createQuery("select reminder_key from reminder_sent_voided").mapTo(String.class).list());
    }

    private static List<Outbox.Entry> teamOneMonthEnd(Fixture f, String month, String which) {
        return f.messages("local-team1").stream().filter(e -> e.dedupeKey() != null
                && e.dedupeKey().startsWith("monthEnd:team1:" + month + ":" + which + "@")).toList();
    }

    private static int pending(TestBot bot) {
        return bot.get("/healthz").body().path("details").path("outboxPending").asInt(-1);
    }

    private static int sent(TestBot bot, String conversation) {
        return bot.app.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from outbox where conversation_id = :c and status = 'sent'")
                .bind("c", conversation).mapTo(Integer.class).one());
    }

    private static String status(TestBot bot, String keyPrefix) {
        return bot.app.database().jdbi().withHandle(h -> h.createQuery(
                        "select status from outbox where substr(dedupe_key, 1, length(:p)) = :p")
                .bind("p", keyPrefix).mapTo(String.class).findOne().orElse(""));
    }
}
