package zhaoshang.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteCommitListener;

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
 * connections keep SQLite's own automatic checkpoint as a safety net for a WAL this thread could not keep short
 * ({@link #SAFETY_PAGES}).
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
    /**
     * The connections' own automatic checkpoint (SQLite's wal_autocheckpoint, in pages): far above what this thread
     * lets the WAL reach, so it only runs when this thread falls behind (SQLite's default is 1,000).
     */
    static final int SAFETY_PAGES = 10_000;

    private final AtomicInteger commits = new AtomicInteger();
    private final SQLiteCommitListener listener = new SQLiteCommitListener() {
        @Override
        public void onCommit() {
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
    private Connection connection;

    /** The commit hook to add to each connection of the database. */
    SQLiteCommitListener listener() {
        return listener;
    }

    /** Starts the checkpoint thread on {@code connection} (kept open by the database, used by this thread only). */
    void start(Connection connection) {
        this.connection = connection;
        Thread t = new Thread(this::run, "db-checkpoint");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    private void run() {
        while (!closed) {
            if (commits.get() < COMMITS) {
                LockSupport.park(this);
                continue;
            }
            commits.set(0);
            checkpoint();
            runs.incrementAndGet();
            LockSupport.parkNanos(PAUSE_MS * 1_000_000L); // an early unpark only shortens one pause
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
