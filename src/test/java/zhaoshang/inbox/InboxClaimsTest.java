package zhaoshang.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.store.Claims;
import zhaoshang.store.Database;
import zhaoshang.support.TestDatabase;

/**
 * Two instances on one database (issue 15): a message belongs to the instance that stored it while that instance
 * lives; once its lease runs out another takes it over, and the first can then no longer mark it handled (its unit
 * would roll back) — each message is handled once. A restarted instance (same name) takes its own back at once.
 */
class InboxClaimsTest {

    @TempDir
    Path dir;

    /** A wall clock the test moves. */
    static final class Wall extends Clock {
        Instant now = Instant.parse("2026-11-20T02:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aLiveInstancesMessagesStayItsOwnAndADeadOnesAreTakenOverOnce() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgres(), "several instances: PostgreSQL");
        Database db = Database.open(TestDatabase.url(dir));
        Wall wall = new Wall();
        Duration lease = Duration.ofSeconds(60);
        try (Inbox a = new Inbox(db.jdbi(), new Claims("a", lease, true, wall));
             Inbox b = new Inbox(db.jdbi(), new Claims("b", lease, true, wall));
             Inbox c = new Inbox(db.jdbi(), new Claims("c", lease, true, wall))) {
            long first = a.store(InboxTest.message("m-1"), wall.now).orElseThrow();
            long second = a.store(InboxTest.message("m-2"), wall.now).orElseThrow();

            // a lives: nothing to take over, and its own restart takes both back at once
            wall.now = wall.now.plusSeconds(59);
            assertThat(b.takeOver()).isEmpty();
            assertThat(a.claimLeftovers()).extracting(Inbox.Entry::id).containsExactly(first, second);

            // a renews, then stops answering: after the lease b takes both, c finds nothing left
            a.renewClaims();
            wall.now = wall.now.plus(lease).plusSeconds(1);
            assertThat(b.takeOver()).extracting(Inbox.Entry::id).containsExactly(first, second);
            assertThat(c.takeOver()).isEmpty();

            // a wakes up and finishes handling the first: its unit must roll back (b handles it)
            assertThatThrownBy(() -> a.markHandled(first)).isInstanceOf(Inbox.ClaimLost.class);
            b.markHandled(first);
            assertThat(a.find(first).orElseThrow().status()).isEqualTo("handled");
            // and handled is handled: b cannot mark it again (a message taken over twice is handled once)
            assertThatThrownBy(() -> b.markHandled(first)).isInstanceOf(Inbox.ClaimLost.class);

            // b stops gracefully: its claims are released and c takes the second at once
            b.releaseClaims();
            assertThat(c.takeOver()).extracting(Inbox.Entry::id).containsExactly(second);
            c.markHandled(second);
            assertThat(c.unhandled()).isEmpty();
        } finally {
            db.close();
        }
    }

    /**
     * The worker marks a group of messages handled in one transaction; a renewal meanwhile must not wait for the rows
     * that transaction holds (waiting while holding others deadlocked with it, and PostgreSQL then sometimes aborted
     * the worker: a message ended 'failed'). It renews the others and leaves the held one to the worker.
     */
    @Test
    void aRenewalPassesOverTheMessagesTheWorkerIsHandling() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgres(), "several instances: PostgreSQL");
        Database db = Database.open(TestDatabase.url(dir));
        Wall wall = new Wall();
        java.util.concurrent.ExecutorService renewer = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (Inbox a = new Inbox(db.jdbi(), new Claims("a", Duration.ofSeconds(60), true, wall))) {
            long first = a.store(InboxTest.message("m-1"), wall.now).orElseThrow();
            long second = a.store(InboxTest.message("m-2"), wall.now).orElseThrow();
            wall.now = wall.now.plusSeconds(30);
            try (org.jdbi.v3.core.Handle worker = db.jdbi().open()) {
                worker.begin();
                // the worker's group: the first message marked handled, its transaction still open
                assertThat(worker.createUpdate("update inbox set status = 'handled', claimed_by = null where id = :id")
                        .bind("id", first).execute()).isEqualTo(1);
                var renewal = renewer.submit(a::renewClaims);
                // (a bound only so that a renewal that waits for the worker fails instead of hanging the build)
                assertThat(renewal.get(60, java.util.concurrent.TimeUnit.SECONDS)).as("the second renewed").isEqualTo(1);
                worker.commit();
            }
            assertThat(a.find(first).orElseThrow().status()).isEqualTo("handled");
            assertThat(a.find(second).orElseThrow().status()).isEqualTo("received");
            // renewed to now + lease: nobody may take it over before then
            wall.now = wall.now.plusSeconds(59);
            try (Inbox b = new Inbox(db.jdbi(), new Claims("b", Duration.ofSeconds(60), true, wall))) {
                assertThat(b.takeOver()).isEmpty();
            }
        } finally {
            renewer.shutdownNow();
            db.close();
        }
    }

    @Test
    void onSqliteTheOnlyInstanceTakesEveryWaitingMessageAtStart() {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabase.postgres(), "SQLite: one instance");
        Database db = Database.open(TestDatabase.url(dir));
        Wall wall = new Wall();
        try (Inbox before = new Inbox(db.jdbi(), new Claims("old-name", Duration.ofSeconds(60), false, wall));
             Inbox now = new Inbox(db.jdbi(), new Claims("new-name", Duration.ofSeconds(60), false, wall))) {
            long id = before.store(InboxTest.message("m-1"), wall.now).orElseThrow();
            // renamed (another port) and restarted at once: the file lock says no one else runs, so no waiting
            assertThat(now.claimLeftovers()).extracting(Inbox.Entry::id).containsExactly(id);
            assertThat(now.takeOver()).isEmpty();
            now.markHandled(id);
            assertThat(now.find(id).orElseThrow().status()).isEqualTo("handled");
        } finally {
            db.close();
        }
    }
}
