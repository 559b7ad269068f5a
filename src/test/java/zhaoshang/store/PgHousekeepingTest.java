package zhaoshang.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import zhaoshang.support.TestDatabase;

/**
 * On PostgreSQL the bot vacuums its queue tables itself once replies sent have left enough dead row versions behind
 * (the sender's due read would otherwise visit every one of them, growing with each reply since the last vacuum), and
 * analyzes tables that changed much; whether or not the server's autovacuum runs (it is off on this project's servers).
 * Skipped without a PostgreSQL server on 127.0.0.1:5432.
 */
class PgHousekeepingTest {

    @BeforeEach
    void server() {
        TestDatabase.assumePostgres();
    }

    @Test
    void sentRepliesDeadRowVersionsAreVacuumedAndTheDueReadReadsNoneOfThem() throws Exception {
        try (Database db = Database.open(TestDatabase.freshPostgres())) {
            Jdbi jdbi = db.jdbi();
            Housekeeping housekeeping = new Housekeeping(db, Claims.of("test", Duration.ofSeconds(60), true));
            // 1,500 replies queued, each claimed and sent: 3,000 dead row versions in the outbox
            jdbi.useHandle(h -> {
                h.execute("""
                        insert into outbox (platform, conversation_id, type, text, next_attempt_at, created_at)
                        select 'dingtalk', 'cid-' || (i % 50), 'text', 'reply ' || i, '2026-11-30T05:00:00Z',
                               '2026-11-30T05:00:00Z' from generate_series(1, 1500) i""");
                for (int i = 1; i <= 1500; i++) {
                    h.execute("update outbox set claimed_by = 'test', claim_until = 1 where id = ?", i);
                    h.execute("update outbox set status = 'sent', sent_at = '2026-11-30T05:00:01Z', claimed_by = null,"
                            + " claim_until = 0 where id = ?", i);
                }
                h.execute("select pg_stat_force_next_flush()");
            });
            awaitDead(jdbi, "outbox", 1000);
            int before = dueReadEntries(jdbi);

            List<String> done = housekeeping.pass();

            assertThat(done).anySatisfy(s -> assertThat(s).startsWith("VACUUM").contains("\"outbox\""));
            long deadAfter = jdbi.withHandle(h -> h.createQuery(
                    "select n_dead_tup from pg_stat_user_tables where schemaname = current_schema() and relname = 'outbox'")
                    .mapTo(Long.class).one());
            assertThat(deadAfter).isZero();
            // the due read finds no pending message either way, but no longer steps over the sent ones
            assertThat(before).isGreaterThanOrEqualTo(1000);
            assertThat(dueReadEntries(jdbi)).isLessThan(50);
            // nothing more to do until more changes come
            assertThat(housekeeping.pass()).noneSatisfy(s -> assertThat(s).contains("\"outbox\""));
        }
    }

    @Test
    void aFewChangesAreLeftToTheServer() throws Exception {
        try (Database db = Database.open(TestDatabase.freshPostgres())) {
            Housekeeping housekeeping = new Housekeeping(db, Claims.of("test", Duration.ofSeconds(60), true));
            db.jdbi().useHandle(h -> {
                h.execute("""
                        insert into outbox (platform, conversation_id, type, text, next_attempt_at, created_at)
                        values ('dingtalk', 'cid-1', 'text', 'reply', '2026-11-30T05:00:00Z', '2026-11-30T05:00:00Z')""");
                h.execute("update outbox set status = 'sent' where id = 1");
                h.execute("select pg_stat_force_next_flush()");
            });
            awaitDead(db.jdbi(), "outbox", 1);
            assertThat(housekeeping.pass()).isEmpty();
        }
    }

    /** Waits until the server's statistics show at least {@code dead} dead row versions in {@code table}. */
    static void awaitDead(Jdbi jdbi, String table, long dead) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            long n = jdbi.withHandle(h -> h.createQuery("select coalesce(max(n_dead_tup), 0) from pg_stat_user_tables"
                    + " where schemaname = current_schema() and relname = :t").bind("t", table).mapTo(Long.class).one());
            if (n >= dead) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the server's statistics never showed " + dead + " dead rows in " + table);
    }

    /**
     * How many index entries the sender's due read visits with a bitmap index scan on the pending index (the plan
     * PostgreSQL chose for it without statistics; forced here so that the figure does not depend on the planner).
     */
    static int dueReadEntries(Jdbi jdbi) {
        return jdbi.inTransaction(h -> {
            h.execute("set local enable_indexscan = off");
            h.execute("set local enable_seqscan = off");
            String plan = String.join("\n", h.createQuery("""
                            explain (analyze, buffers, costs off) select o.id from outbox o
                            where o.status = 'pending' and o.next_attempt_at <= '2026-12-01T00:00:00Z' order by o.id limit 200""")
                    .mapTo(String.class).list());
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("Bitmap Index Scan on \\w+ \\(actual time=[\\d.]+\\.\\.[\\d.]+ rows=(\\d+)").matcher(plan);
            if (!m.find()) throw new AssertionError("no bitmap index scan in\n" + plan);
            return Integer.parseInt(m.group(1));
        });
    }
}
