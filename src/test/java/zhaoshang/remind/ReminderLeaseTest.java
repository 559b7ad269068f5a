package zhaoshang.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.store.Claims;
import zhaoshang.store.Database;
import zhaoshang.support.TestDatabase;

/**
 * Several instances tick every minute; one at a time evaluates the reminders' window (work_lease 'reminders'), the
 * others skip that tick. A dead holder's lease runs out; on SQLite (one instance) every tick evaluates.
 */
class ReminderLeaseTest {

    @TempDir
    Path dir;

    @Test
    void whileOneInstanceEvaluatesTheOthersSkipTheTick() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgres(), "several instances: PostgreSQL");
        Database db = Database.open(TestDatabase.url(dir));
        try {
            Claims a = Claims.of("a", Duration.ofSeconds(60), true);
            Claims b = Claims.of("b", Duration.ofSeconds(60), true);
            AtomicInteger evaluations = new AtomicInteger();
            boolean ran = a.exclusively(db.jdbi(), "reminders", () -> {
                evaluations.incrementAndGet();
                // b ticks while a evaluates: skipped
                assertThat(b.exclusively(db.jdbi(), "reminders", evaluations::incrementAndGet)).isFalse();
            });
            assertThat(ran).isTrue();
            assertThat(evaluations).hasValue(1);
            // a is done: the next tick is b's
            assertThat(b.exclusively(db.jdbi(), "reminders", evaluations::incrementAndGet)).isTrue();
            assertThat(evaluations).hasValue(2);

            // a dies while evaluating (its lease stays): b skips until the lease runs out
            db.jdbi().useHandle(h -> h.execute("update work_lease set holder = 'a', lease_until = ? where name = 'reminders'",
                    System.currentTimeMillis() + 60_000));
            assertThat(b.exclusively(db.jdbi(), "reminders", evaluations::incrementAndGet)).isFalse();
            db.jdbi().useHandle(h -> h.execute("update work_lease set lease_until = ? where name = 'reminders'",
                    System.currentTimeMillis() - 1));
            assertThat(b.exclusively(db.jdbi(), "reminders", evaluations::incrementAndGet)).isTrue();
            // a restarted (same name) does not wait for its own dead run's lease
            db.jdbi().useHandle(h -> h.execute("update work_lease set holder = 'a', lease_until = ? where name = 'reminders'",
                    System.currentTimeMillis() + 60_000));
            assertThat(a.exclusively(db.jdbi(), "reminders", evaluations::incrementAndGet)).isTrue();
            assertThat(evaluations).hasValue(4);
        } finally {
            db.close();
        }
    }

    @Test
    void onSqliteEveryTickEvaluates() {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabase.postgres(), "SQLite: one instance");
        Database db = Database.open(TestDatabase.url(dir));
        try {
            Claims only = Claims.of("only", Duration.ofSeconds(60), false);
            AtomicInteger evaluations = new AtomicInteger();
            assertThat(only.exclusively(db.jdbi(), "reminders", evaluations::incrementAndGet)).isTrue();
            assertThat(only.exclusively(db.jdbi(), "reminders", evaluations::incrementAndGet)).isTrue();
            assertThat(evaluations).hasValue(2);
        } finally {
            db.close();
        }
    }
}
