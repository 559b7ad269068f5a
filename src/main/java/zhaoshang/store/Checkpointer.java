package zhaoshang.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConnection;

/**
 * SQLite only: copies the WAL's pages into the database file on a thread of its own ({@code db-checkpoint}), so that
 * the threads that commit (the inbound worker, the callbacks' inbox writes, the sender's "sent" writes) never do it.
 *
 * <p>By default SQLite checkpoints on the connection whose commit took the WAL past 1,000 pages, right after that
 * commit: it reads the WAL's frames back, writes them into the database file and syncs both files, while the thread
 * that committed waits; under load that was the inbound worker most of the time (a fifth of its write calls and every
 * one of its fsyncs in an {@code strace} of a full-path run). Here every commit of the bot's connections is counted
 * (a commit hook, {@link #listener}); once {@link #COMMITS} have been counted this thread runs a PASSIVE checkpoint
 * (it copies what no reader still needs and waits for nobody), at most one every {@link #PAUSE_MS} ms. The
 * connections' own automatic checkpoint is off ({@link #AUTOCHECKPOINT_PAGES}). It used to stay on at 10,000 pages as
 * a safety net, but SQLite compares that figure with the WAL's length since its last restart, not with the frames still
 * to copy: once a burst had made the WAL longer than 40 MB without a restart (see below), every commit of every
 * connection ran a checkpoint of its own, and the inbound worker's reads per report grew run after run (10.6 → 17.7 in
 * the full-path benchmark's maximum runs) while this thread's shrank (5.3 → 1.8): the copying had moved back onto the
 * threads that commit. Such a checkpoint is the same PASSIVE one this thread runs, so it could not keep the WAL any
 * shorter.
 *
 * <p>The WAL file is kept bounded. SQLite writes the WAL from its start again ("restarts" it) only when a checkpoint has
 * copied every frame and no reader still reads an older snapshot from it; while many reports are outstanding the
 * sender's and the callbacks' reads never leave such a moment, so the WAL grows for the whole burst (80–190 MB over
 * the full-path benchmark's maximum runs) and SQLite never shrinks the file by itself. Two things bring it back under
 * {@link #WAL_LIMIT_BYTES}: the connections' {@code journal_size_limit} (the first commit after a restart truncates
 * the file to it), and, once the writers have been idle for {@link #IDLE_MS} ms and the file is larger, a
 * {@code TRUNCATE} checkpoint on this thread. That checkpoint holds SQLite's write lock while it runs, so it waits at
 * most {@link #TRUNCATE_WAIT_NANOS} for a writer or a reader and otherwise gives up until the next idle moment: a
 * reader holding a snapshot (an export reading for a minute) only delays the truncation, and a writer arriving
 * meanwhile waits for a few milliseconds at most.
 *
 * <p>Durability is the same: a commit is written to the WAL exactly as before (journal mode WAL,
 * {@code synchronous=NORMAL}); only which thread copies committed pages into the database file changes, and a
 * checkpoint syncs the WAL before and the database file after, wherever it runs.
 */
final class Checkpointer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

    /** Commits counted before a checkpoint runs (a few hundred WAL pages at a quiet time, one commit per message). */
    static final int COMMITS = 16;
    /** At least this long between two checkpoints: under load the WAL holds about this long's commits. */
    static final long PAUSE_MS = 100;
    /** The connections' own automatic checkpoint (SQLite's wal_autocheckpoint, in pages; default 1,000): off. */
    static final int AUTOCHECKPOINT_PAGES = 0;
    /**
     * The WAL file's bound once the writers have been idle (and its size after a restart, journal_size_limit):
     * 4 MiB, the size SQLite's own default checkpoint lets the WAL reach (1,000 pages of 4 KiB).
     */
    static final int WAL_LIMIT_BYTES = 4 << 20;
    /** No commit for this long counts as idle: a WAL file above {@link #WAL_LIMIT_BYTES} is truncated. */
    static final long IDLE_MS = 1_000;
    /** How long the truncating checkpoint waits for the write lock or for a reader before giving up. */
    static final long TRUNCATE_WAIT_NANOS = 5_000_000L;

    private final AtomicInteger commits = new AtomicInteger();
    /** Every commit counted, never reset: no change over {@link #IDLE_MS} is an idle moment. */
    private final AtomicLong allCommits = new AtomicLong();
    private final SQLiteCommitListener listener = new SQLiteCommitListener() {
        @Override
        public void onCommit() {
            allCommits.incrementAndGet();
            if (commits.incrementAndGet() == COMMITS) LockSupport.unpark(thread);
        }

        @Override
        public void onRollback() {
            // nothing written
        }
    };
    private volatile Thread thread;
    private volatile boolean closed;
    /** Checkpoints run by this thread (tests). */
    private final AtomicInteger runs = new AtomicInteger();
    /** Truncating checkpoints tried and done by this thread (tests). */
    private final AtomicInteger truncationsTried = new AtomicInteger();
    private final AtomicInteger truncations = new AtomicInteger();
    private Connection connection;
    /** The database's {@code -wal} file; null for a database that is not a plain file (kept in memory). */
    private final Path wal;

    /** A checkpointer for the database file {@code file}, or for one kept in memory ({@code null}). */
    Checkpointer(Path file) {
        this.wal = file == null ? null : file.resolveSibling(file.getFileName() + "-wal");
    }

    /** The commit hook to add to each connection of the database. */
    SQLiteCommitListener listener() {
        return listener;
    }

    /** Starts the checkpoint thread on {@code connection} (kept open by the database, used by this thread only). */
    void start(Connection connection) {
        this.connection = connection;
        try {
            // the truncating checkpoint's waits (PASSIVE never waits): a few short steps, then the next idle moment
            BusyHandler.setHandler(connection.unwrap(SQLiteConnection.class), new BusyHandler() {
                private long first;

                @Override
                protected int callback(int attempts) {
                    long now = System.nanoTime();
                    if (attempts == 0) first = now;
                    if (now - first > TRUNCATE_WAIT_NANOS) return 0;
                    LockSupport.parkNanos(250_000L);
                    return 1;
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the checkpoint connection's busy handler: " + e.getMessage(), e);
        }
        Thread t = new Thread(this::run, "db-checkpoint");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    private void run() {
        while (!closed) {
            try {
                step();
            } catch (RuntimeException e) {
                // the only thread that checkpoints: it must not end before the database does
                LOG.warn("WAL checkpoint thread: {}", e.toString());
                LockSupport.parkNanos(PAUSE_MS * 1_000_000L);
            }
        }
    }

    /** One turn: a checkpoint when enough commits have been counted, else a wait (and a truncation when idle). */
    private void step() {
        if (commits.get() < COMMITS) {
            long before = allCommits.get();
            LockSupport.parkNanos(this, IDLE_MS * 1_000_000L); // the COMMITS-th commit wakes it early
            if (!closed && allCommits.get() == before && walBytes() > WAL_LIMIT_BYTES) truncate();
            return;
        }
        commits.set(0);
        checkpoint();
        runs.incrementAndGet();
        LockSupport.parkNanos(PAUSE_MS * 1_000_000L); // an early unpark only shortens one pause
    }

    /** The size of the WAL file now; 0 when there is none. */
    long walBytes() {
        if (wal == null) return 0;
        try {
            return Files.size(wal);
        } catch (IOException e) {
            return 0;
        }
    }

    /** One PASSIVE checkpoint; true when it ran (a busy database or a failure is left to the next one). */
    boolean checkpoint() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            return rs.next() && rs.getInt(1) == 0;
        } catch (SQLException e) {
            if (!closed) LOG.warn("WAL checkpoint failed (the next commits try again): {}", e.toString());
            return false;
        }
    }

    /**
     * One TRUNCATE checkpoint: every frame copied and the WAL file cut to nothing; false when a writer or a reader
     * still needed the WAL after {@link #TRUNCATE_WAIT_NANOS} (the next idle moment tries again) or it failed.
     */
    boolean truncate() {
        truncationsTried.incrementAndGet();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            boolean done = rs.next() && rs.getInt(1) == 0;
            if (done) truncations.incrementAndGet();
            return done;
        } catch (SQLException e) {
            if (!closed) LOG.warn("WAL truncation failed (the next idle moment tries again): {}", e.toString());
            return false;
        }
    }

    /** How many times this thread has truncated the WAL file (tests). */
    int truncations() {
        return truncations.get();
    }

    /** How many times this thread has tried to (tests). */
    int truncationsTried() {
        return truncationsTried.get();
    }

    /** How many checkpoints this thread has run (tests). */
    int runs() {
        return runs.get();
    }

    /** True while the thread runs (tests). */
    boolean running() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    /** Stops the thread (before its connection is closed). */
    @Override
    public void close() {
        closed = true;
        Thread t = thread;
        if (t == null) return;
        LockSupport.unpark(t);
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
