package zhaoshang.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * One handle per thread, kept open between that thread's calls together with its prepared statements
 * ({@link StatementCache}), for threads that run the same few statements over and over outside units: the outbox
 * sender's (the claim of each message on the sending threads, the read of what is due on the deciding thread, the
 * "sent" writes on their writing thread). Each call on a handle of its own prepared its statement anew, and SQLite parses
 * and plans a statement every time one is prepared: 26% of the sending threads' samples, 17% of the deciding thread's
 * and 20% of the writing thread's in {@code bench.SenderBenchmark} (JFR), for a handful of distinct statements.
 *
 * <p>SQLite only: a PostgreSQL pool holds 8 connections, which kept handles would take, and its driver keeps its own
 * per-connection cache of parsed statements; there (and while the calling thread is inside a unit, whose handle the
 * call joins) {@link #with} is {@code jdbi.withHandle}. A thread's handle is closed when the
 * thread ends ({@link #closingAtEnd}: the thread pools' threads end after a while idle), after {@link #USES} calls
 * (bounds whatever a handle gathers), after a call that threw (its connection may be broken: the next call opens
 * another), and by {@link #close} (the sender stops: the handles of threads that do not end by themselves). An idle SQLite statement holds no read transaction: Jdbi resets it (its result set
 * closed) before it is kept.
 */
public final class KeptHandles implements AutoCloseable {

    /** Calls on one handle before it is closed and another opened. */
    static final int USES = 2_000;

    private static final class Kept {
        Handle handle;
        StatementCache statements;
        int uses;
        boolean inUse;
    }

    private final Jdbi jdbi;
    private final boolean keep;
    private final ThreadLocal<Kept> kept = new ThreadLocal<>();
    private final Set<Kept> all = ConcurrentHashMap.newKeySet();

    public KeptHandles(Jdbi jdbi) {
        this.jdbi = jdbi;
        Object dialect = jdbi.getConfig(SqlStatements.class).getAttribute(Dialect.ATTRIBUTE);
        this.keep = dialect == null || Dialect.valueOf(dialect.toString()) == Dialect.SQLITE;
    }

    /** Runs {@code work} on this thread's kept handle (see the class comment for when it is {@code jdbi.withHandle}). */
    public <T> T with(HandleCallback<T, RuntimeException> work) {
        if (!keep || jdbi.getHandleScope().get() != null) return jdbi.withHandle(work);
        Kept k = kept.get();
        if (k == null) {
            k = new Kept();
            kept.set(k);
            all.add(k);
        }
        Handle h;
        synchronized (k) {
            if (k.inUse) return jdbi.withHandle(work); // a call inside a call: a handle of its own
            if (k.handle == null) {
                Handle opened = jdbi.open(); // may throw: nothing kept
                k.statements = new StatementCache();
                opened.setStatementBuilder(k.statements);
                k.handle = opened;
                k.uses = 0;
            }
            h = k.handle;
            k.inUse = true;
        }
        boolean ok = false;
        try {
            T result = work.withHandle(h);
            ok = true;
            return result;
        } finally {
            synchronized (k) {
                k.inUse = false;
                if (!ok || ++k.uses >= USES) closeHandle(k);
            }
        }
    }

    /** {@code r}, closing the handle its thread kept once it returns: for a thread factory's threads. */
    public Runnable closingAtEnd(Runnable r) {
        return () -> {
            try {
                r.run();
            } finally {
                Kept k = kept.get();
                if (k != null) {
                    synchronized (k) {
                        closeHandle(k);
                    }
                    all.remove(k);
                    kept.remove();
                }
            }
        };
    }

    /**
     * Closes the kept handles not in use now (those of threads that do not end by themselves: a caller's own thread,
     * the sender's after it stopped); a later call opens another.
     */
    @Override
    public void close() {
        for (Kept k : all) {
            synchronized (k) {
                if (!k.inUse) closeHandle(k);
            }
        }
    }

    /** Handles kept open now (tests). */
    int open() {
        int n = 0;
        for (Kept k : all) {
            synchronized (k) {
                if (k.handle != null) n++;
            }
        }
        return n;
    }

    private static void closeHandle(Kept k) {
        if (k.handle == null) return;
        close(k.handle, k.statements);
        k.handle = null;
        k.statements = null;
        k.uses = 0;
    }

    /** Closes a kept handle and its idle prepared statements (also the inbound worker's, {@link UnitTransactionHandler}). */
    static void close(Handle handle, StatementCache statements) {
        if (statements != null) statements.close(null);
        try {
            handle.close();
        } catch (RuntimeException ignored) {
            // a broken connection: the pool replaces it
        }
    }
}
