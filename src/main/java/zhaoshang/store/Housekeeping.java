package zhaoshang.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL only: vacuums the bot's tables whose dead row versions piled up, and analyzes those that changed much
 * since their statistics were taken, without waiting for autovacuum (which may be off, as on this project's CI and
 * development servers, or lag: by default it vacuums a table only once a fifth of it is dead).
 *
 * <p>Why the bot cares: the inbox and the outbox are queues. Every message goes received → done and pending → sent,
 * and each of these updates leaves the old row version behind, with its entry in every index that holds the status
 * (a status change is never a HOT update). The queue reads — the sender's due read, its next-due time, the inbound
 * claim — look up {@code status = 'pending'} (or {@code 'received'}) through such an index; PostgreSQL often reads it
 * with a bitmap index scan, which visits every entry of that status still in the index, live or dead, and visits
 * each heap page they point to, and (unlike a plain index scan) never marks the dead ones so that the next scan
 * skips them. Without a vacuum the due read of FullPathBenchmark read 5,745 index entries and 1,475 heap pages to
 * find no message due, after 4,262 replies (EXPLAIN (ANALYZE, BUFFERS)); its cost grew with every reply sent since
 * the table was last vacuumed, and the full path's maximum fell run after run. Tables never analyzed also leave the
 * planner guessing (a never-analyzed queue gets the bitmap scan).
 *
 * <p>Each pass reads {@code pg_stat_user_tables} for the bot's schema (one cheap catalog read) and runs
 * {@code VACUUM (SKIP_LOCKED)} on the tables with at least {@link #VACUUM_DEAD} dead row versions, and
 * {@code ANALYZE (SKIP_LOCKED)} on those with more rows changed since their last analysis than
 * {@link #ANALYZE_BASE} + {@link #ANALYZE_FRACTION} of their rows (autovacuum's own rule, 50 + 10%, with a larger
 * base: a pass every {@link #EVERY} already keeps the planner close). Vacuum and analyze take a lock that lets reads
 * and writes go on; SKIP_LOCKED skips a table that autovacuum (or another instance) is working on. Several instances:
 * one at a time (the {@code housekeeping} lease).
 */
public final class Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    /** How often a pass runs. */
    public static final Duration EVERY = Duration.ofSeconds(10);
    /** A table with at least this many dead row versions is vacuumed. */
    static final long VACUUM_DEAD = 1000;
    /** A table is analyzed when more than this many rows + {@link #ANALYZE_FRACTION} of its rows changed. */
    static final long ANALYZE_BASE = 500;
    static final double ANALYZE_FRACTION = 0.1;

    private final Jdbi jdbi;
    private final Claims claims;

    public Housekeeping(Database database, Claims claims) {
        if (database.dialect() != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("housekeeping is for PostgreSQL (SQLite keeps no dead row versions)");
        }
        this.jdbi = database.jdbi();
        this.claims = claims;
    }

    /** One pass (one instance at a time); the statements run, e.g. {@code VACUUM (SKIP_LOCKED) "outbox"}. */
    public List<String> pass() {
        List<String> done = new ArrayList<>();
        claims.exclusively(jdbi, "housekeeping", () -> done.addAll(work()));
        return done;
    }

    private List<String> work() {
        List<String> vacuum = new ArrayList<>();
        List<String> analyze = new ArrayList<>();
        jdbi.useHandle(h -> h.createQuery("""
                        select relname, n_live_tup, n_dead_tup, n_mod_since_analyze from pg_stat_user_tables
                        where schemaname = current_schema() order by relname""")
                .map((rs, ctx) -> {
                    String table = quote(rs.getString(1));
                    long live = rs.getLong(2);
                    if (rs.getLong(3) >= VACUUM_DEAD) vacuum.add(table);
                    if (rs.getLong(4) > ANALYZE_BASE + ANALYZE_FRACTION * live) analyze.add(table);
                    return table;
                }).list());
        List<String> statements = new ArrayList<>();
        // VACUUM alone, as autovacuum does: analyzing is left to its own rule (ANALYZE reads a sample of up to 30,000
        // rows, the queues' wide text columns included, and their statistics change little from one pass to the next)
        if (!vacuum.isEmpty()) statements.add("VACUUM (SKIP_LOCKED) " + String.join(", ", vacuum));
        if (!analyze.isEmpty()) statements.add("ANALYZE (SKIP_LOCKED) " + String.join(", ", analyze));
        for (String sql : statements) {
            long start = System.nanoTime();
            // outside a transaction: VACUUM cannot run inside one
            jdbi.useHandle(h -> h.execute(sql));
            LOG.debug("{} ({} ms)", sql, String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e6));
        }
        return statements;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
