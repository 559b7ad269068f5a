package zhaoshang.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.transaction.LocalTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionException;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Units of work: every write made on one thread while a unit runs, through any Jdbi call ({@code inTransaction},
 * {@code useHandle} …, which all reuse the thread's handle inside a unit), commits together at the end of the unit,
 * or not at all.
 *
 * <ul>
 *   <li>The transaction begins at the unit's first write call ({@code inTransaction}); reads before it run on their
 *       own. A unit that mostly reads (an export, a progress answer) therefore holds SQLite's one write lock only
 *       for its writes at the end, not while it builds a workbook.</li>
 *   <li>Each write call inside the unit runs under a savepoint: a call that fails, and whose failure its caller
 *       handles (a refused correction, say), leaves nothing of itself behind, as its own transaction would have.</li>
 *   <li>Handles that are not a unit's behave exactly as with Jdbi's {@link LocalTransactionHandler}.</li>
 * </ul>
 */
final class UnitTransactionHandler implements TransactionHandler {

    /** The unit running on a thread: its handle, whether its transaction began, how deep the write calls are. */
    private static final class Unit {
        final Handle handle;
        boolean begun;
        boolean ending;
        boolean broken;
        int depth;
        int savepoints;
        /** When the transaction began (System.nanoTime), and this thread's CPU time then. */
        long begunAt;
        long begunCpu;
        /** In a group: the savepoint of the work running now, set at its first write (null before). */
        boolean inPart;
        Savepoint part;
        /** Statements run in the unit that may have written ({@link WriteCounting}); their count when {@link #part} was set. */
        long writes;
        long partWrites;
        final java.util.List<Runnable> afterEnd = new java.util.ArrayList<>();

        Unit(Handle handle) {
            this.handle = handle;
        }
    }

    private final TransactionHandler plain = new LocalTransactionHandler();
    /**
     * SQLite (sqlite-jdbc): a transaction ends by switching auto-commit back on, never by {@link Connection#commit},
     * which runs COMMIT and then at once BEGIN IMMEDIATE (JDBC's next transaction), taking SQLite's one write lock
     * again, waiting for any other writer, only for the switch back to auto-commit to COMMIT that empty transaction:
     * two statements and a lock hand-over more for every transaction of the worker, the callbacks' inbox writes and
     * the sender's "sent" writes.
     */
    private final boolean sqlite;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    UnitTransactionHandler(boolean sqlite) {
        this.sqlite = sqlite;
    }
    /**
     * A group stops taking more works once its thread has spent this much CPU time in its transaction, or four times
     * as much wall time has passed: SQLite's one write lock is held from the first write to the commit, and the
     * callbacks' inbox inserts wait for it. The works left over go into the next group. (A wall budget alone ended
     * most groups after one or two messages on a busy machine, where a preempted worker sees 10 ms pass quickly, and
     * the BEGIN, COMMIT and WAL write were paid per message.)
     */
    static final long GROUP_BUDGET_NANOS = 10_000_000L;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** This thread's CPU time (ns), or its wall clock where the JVM cannot tell. */
    private static long cpuNow() {
        long t = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return t >= 0 ? t : System.nanoTime();
    }

    /**
     * A handle a thread keeps open across its units ({@link #keepHandle}): the SqlObjects attached to it (see
     * {@code ledger.Attached}) and its configuration serve every unit instead of being made again for each.
     */
    private static final class Kept {
        Handle handle;
        /** The handle's prepared statements, kept open between its statements and units. */
        StatementCache statements;
        int units;
        volatile boolean inUse;
    }

    /** Units run on a kept handle before it is closed and another opened (bounds whatever a handle gathers). */
    static final int KEPT_UNITS = 2_000;
    private final ThreadLocal<Kept> kept = new ThreadLocal<>();
    private final java.util.Set<Kept> allKept = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * From now on the units of this thread run on one handle (one pooled connection) kept open between them, until
     * {@link #closeKept}; a unit that fails closes it (its connection may be broken) and the next opens another.
     */
    void keepHandle() {
        if (kept.get() != null || closed) return;
        Kept k = new Kept();
        kept.set(k);
        allKept.add(k);
    }

    /** Closes the kept handles of all threads that are not inside a unit (the database closes). */
    void closeKept() {
        closed = true;
        for (Kept k : allKept) {
            synchronized (k) {
                if (!k.inUse) closeHandle(k);
            }
        }
    }

    private static void closeHandle(Kept k) {
        if (k.handle == null) return;
        KeptHandles.close(k.handle, k.statements);
        k.statements = null;
        k.handle = null;
        k.units = 0;
    }

    /** Runs {@code work} as one unit on {@code jdbi}'s handle for this thread; a unit inside a unit joins it. */
    <T> T unit(Jdbi jdbi, Supplier<T> work) {
        if (current.get() != null) return work.get();
        Kept k = kept.get();
        org.jdbi.v3.core.HandleScope scope = jdbi.getHandleScope();
        if (k == null || closed || scope.get() != null) {
            return jdbi.withHandle(h -> unitOn(h.setStatementBuilder(new WriteCounting(h.getStatementBuilder())), work));
        }
        Handle h;
        synchronized (k) {
            if (k.handle == null || k.handle.isClosed()) {
                k.handle = jdbi.open(); // may throw (the database unreachable): nothing kept, nothing in use
                k.statements = new StatementCache();
                k.handle.setStatementBuilder(new WriteCounting(k.statements));
                k.units = 0;
            }
            h = k.handle;
            k.inUse = true;
        }
        boolean ok = false;
        scope.set(h); // every jdbi.withHandle / inTransaction of the unit's work runs on it, as under withHandle
        try {
            T result = unitOn(h, work);
            ok = true;
            return result;
        } finally {
            scope.clear();
            synchronized (k) {
                k.inUse = false;
                if (!ok || ++k.units >= KEPT_UNITS || closed) closeHandle(k);
            }
        }
    }

    private <T> T unitOn(Handle h, Supplier<T> work) {
        if (plain.isInTransaction(h)) {
            throw new IllegalStateException("a unit of work cannot start inside a transaction");
        }
        Unit u = new Unit(h);
        current.set(u);
        try {
            T result = work.get();
            if (u.broken) throw new TransactionException("a write of this unit failed and was not undone");
            if (u.begun) {
                u.ending = true;
                h.commit();
            }
            current.remove();
            for (Runnable r : u.afterEnd) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    // committed already: the unit stands; the action's owner logs its own failures
                    org.slf4j.LoggerFactory.getLogger(UnitTransactionHandler.class)
                            .error("an action after a committed unit failed", e);
                }
            }
            return result;
        } catch (Throwable t) {
            if (u.begun) {
                u.ending = true;
                try {
                    h.rollback();
                } catch (RuntimeException e) {
                    t.addSuppressed(e); // closing the connection rolls back what is left
                }
            }
            current.remove();
            for (Runnable r : u.afterEnd) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    t.addSuppressed(e);
                }
            }
            throw t;
        } finally {
            current.remove();
        }
    }

    /** See {@link Database#group}. */
    <T> Database.Group<T> group(Jdbi jdbi, java.util.List<? extends Supplier<T>> works, long budgetNanos,
                                java.util.function.Consumer<java.util.List<T>> finish) {
        if (current.get() != null) throw new IllegalStateException("a group of units cannot run inside a unit");
        return unit(jdbi, () -> {
            Unit u = current.get();
            java.util.List<T> results = new java.util.ArrayList<>();
            RuntimeException failure = null;
            long wallBudget = budgetNanos > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : budgetNanos * 4;
            for (Supplier<T> work : works) {
                if (u.begun && (cpuNow() - u.begunCpu > budgetNanos || System.nanoTime() - u.begunAt > wallBudget)) {
                    break; // the rest: another group
                }
                u.inPart = true;
                // once the transaction runs, at once (a write on a plain handle call is undone with the work too);
                // before, at the work's first write call, which begins the transaction
                u.part = u.begun ? partSavepoint(u) : null;
                try {
                    T result = work.get();
                    if (u.broken) throw new TransactionException("a write of this unit failed and was not undone");
                    endPart(u, false);
                    results.add(result);
                } catch (RuntimeException e) {
                    if (u.broken) throw e; // the transaction itself is gone: the whole group fails
                    forgetStatements(u);
                    try {
                        endPart(u, true);
                    } catch (RuntimeException undo) {
                        e.addSuppressed(undo);
                        throw e;
                    }
                    failure = e;
                    break;
                } finally {
                    u.inPart = false;
                    u.part = null;
                }
            }
            // the writes the committed works left to the end, together (a throw here fails the whole group)
            if (finish != null && !results.isEmpty()) finish.accept(java.util.Collections.unmodifiableList(results));
            return new Database.Group<>(results, failure);
        });
    }

    /**
     * A work or write call of the unit failed: the kept handle's idle prepared statements are closed, so that none
     * whose state the failure left uncertain is used again (failures are rare; they are prepared again).
     */
    private void forgetStatements(Unit u) {
        Kept k = kept.get();
        if (k != null && k.handle == u.handle && k.statements != null) k.statements.clear();
    }

    /** The kept handle's statement cache on this thread (tests), or null. */
    StatementCache keptStatements() {
        Kept k = kept.get();
        return k == null ? null : k.statements;
    }

    /**
     * The statement builder of a unit's handle, counting the statements that may write ({@link Unit#writes}: all but
     * those starting with SELECT; every statement Jdbi runs is made by its handle's builder, batches and scripts
     * included), so that a write call finds whether anything was written since its work's savepoint.
     */
    private final class WriteCounting implements StatementBuilder {
        private final StatementBuilder inner;

        WriteCounting(StatementBuilder inner) {
            this.inner = inner;
        }

        private void note(String sql) {
            Unit u = current.get();
            if (u != null && !isRead(sql)) u.writes++;
        }

        @Override
        public java.sql.Statement create(Connection conn, StatementContext ctx) throws SQLException {
            note(null);
            return inner.create(conn, ctx);
        }

        @Override
        public java.sql.PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
            note(sql);
            return inner.create(conn, sql, ctx);
        }

        @Override
        public java.sql.CallableStatement createCall(Connection conn, String sql, StatementContext ctx) throws SQLException {
            note(null);
            return inner.createCall(conn, sql, ctx);
        }

        @Override
        public void close(Connection conn, String sql, java.sql.Statement stmt) throws SQLException {
            inner.close(conn, sql, stmt);
        }

        @Override
        public void close(Connection conn) {
            inner.close(conn);
        }
    }

    /** True for SQL that starts with SELECT (a read); null (a plain statement, a script) counts as a write. */
    static boolean isRead(String sql) {
        if (sql == null) return false;
        int i = 0;
        while (i < sql.length() && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(')) i++;
        return sql.regionMatches(true, i, "select", 0, 6);
    }

    private static Savepoint partSavepoint(Unit u) {
        u.partWrites = u.writes;
        try {
            return u.handle.getConnection().setSavepoint("unit_part_" + (++u.savepoints));
        } catch (SQLException e) {
            throw new TransactionException("Failed to set a savepoint", e);
        }
    }

    /** Releases the savepoint of the work that ran, after undoing its writes when {@code undo}. */
    private static void endPart(Unit u, boolean undo) {
        Savepoint sp = u.part;
        if (sp == null) return; // it wrote nothing
        Connection c = u.handle.getConnection();
        try {
            if (undo) c.rollback(sp);
            c.releaseSavepoint(sp);
        } catch (SQLException e) {
            u.broken = true;
            throw new TransactionException("Failed to end a unit of a group", e);
        }
    }

    /**
     * Runs {@code action} when the unit running on this thread has ended, committed or undone (outside the unit, on
     * this thread); runs it at once when no unit runs (a write outside a unit has committed on its own).
     */
    void afterUnit(Runnable action) {
        Unit u = current.get();
        if (u != null) u.afterEnd.add(action);
        else action.run();
    }

    /** True while a unit runs on this thread. */
    boolean inUnit() {
        return current.get() != null;
    }

    private Unit unitOf(Handle h) {
        Unit u = current.get();
        return u != null && u.handle == h ? u : null;
    }

    private static void start(Unit u) {
        if (u.begun) return;
        try {
            u.handle.getConnection().setAutoCommit(false); // sqlite-jdbc: BEGIN IMMEDIATE
            u.begun = true;
            u.begunAt = System.nanoTime();
            u.begunCpu = cpuNow();
        } catch (SQLException e) {
            throw new TransactionException("Failed to start the unit's transaction", e);
        }
    }

    @Override
    public void begin(Handle handle) {
        Unit u = unitOf(handle);
        if (u != null) start(u);
        else if (sqlite) beginPlainSqlite(handle);
        else plain.begin(handle);
    }

    @Override
    public void commit(Handle handle) {
        Unit u = unitOf(handle);
        if (u == null) {
            if (sqlite) commitPlainSqlite(handle);
            else plain.commit(handle);
            return;
        }
        if (!u.ending) throw new IllegalStateException("a unit of work commits at its end, not in the middle");
        Connection c = handle.getConnection();
        try {
            if (sqlite) {
                commitSqlite(c);
            } else {
                c.commit();
                c.setAutoCommit(true);
            }
            u.begun = false;
        } catch (SQLException e) {
            if (sqlite) u.begun = false; // undone already (commitSqlite)
            throw new TransactionException("Failed to commit the unit of work", e);
        }
    }

    /**
     * Commits a SQLite transaction with the one COMMIT of switching auto-commit back on (see {@link #sqlite}). When
     * that fails, the driver counts itself in auto-commit mode already, whatever SQLite did with the transaction (a
     * deferred constraint leaves it open, a full disk undoes it): it is rolled back here, so that no connection goes
     * back to the pool holding the write lock, and the exception is thrown.
     */
    private static void commitSqlite(Connection c) throws SQLException {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("rollback");
            } catch (SQLException notOpen) {
                // SQLite undid it itself ("no transaction is active")
            }
            try {
                c.setAutoCommit(true); // the pool's own view of the connection
            } catch (SQLException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    /** {@link #begin}, {@link #commit}, {@link #rollback} of a handle that is not a unit's, on SQLite. */
    private static void beginPlainSqlite(Handle handle) {
        try {
            handle.getConnection().setAutoCommit(false); // sqlite-jdbc: BEGIN IMMEDIATE
        } catch (SQLException e) {
            throw new TransactionException("Failed to begin a transaction", e);
        }
    }

    private static void commitPlainSqlite(Handle handle) {
        try {
            commitSqlite(handle.getConnection());
        } catch (SQLException e) {
            throw new TransactionException("Failed to commit a transaction", e);
        }
    }

    private static void rollbackPlainSqlite(Handle handle) {
        Connection c = handle.getConnection();
        try {
            if (!c.getAutoCommit()) c.rollback();
        } catch (SQLException e) {
            throw new TransactionException("Failed to roll back a transaction", e);
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the pool rolls back and resets a connection it gets back in this state
            }
        }
    }

    @Override
    public void rollback(Handle handle) {
        Unit u = unitOf(handle);
        if (u == null) {
            if (sqlite) rollbackPlainSqlite(handle);
            else plain.rollback(handle);
            return;
        }
        if (!u.ending) throw new IllegalStateException("a unit of work rolls back at its end, not in the middle");
        Connection c = handle.getConnection();
        try {
            c.rollback();
        } catch (SQLException e) {
            throw new TransactionException("Failed to roll back the unit of work", e);
        } finally {
            u.begun = false;
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is closed at the end of the unit, which rolls back whatever is left
            }
        }
    }

    /** Inside a unit: true while a write call runs (so that a nested call joins it instead of a new savepoint). */
    @Override
    public boolean isInTransaction(Handle handle) {
        Unit u = unitOf(handle);
        if (u != null) return u.depth > 0;
        if (!sqlite) return plain.isInTransaction(handle);
        try {
            return !handle.getConnection().getAutoCommit();
        } catch (SQLException e) {
            throw new TransactionException("Failed to read the connection's auto-commit state", e);
        }
    }

    @Override
    public void savepoint(Handle handle, String savepointName) {
        plain.savepoint(handle, savepointName);
    }

    @Override
    public void rollbackToSavepoint(Handle handle, String savepointName) {
        plain.rollbackToSavepoint(handle, savepointName);
    }

    @Override
    public void releaseSavepoint(Handle handle, String savepointName) {
        plain.releaseSavepoint(handle, savepointName);
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        Unit u = unitOf(handle);
        if (u == null) return sqlite ? plainSqlite(handle, callback) : plain.inTransaction(handle, callback);
        if (u.depth > 0) return callback.withHandle(handle);
        if (u.broken) throw new TransactionException("a write of this unit failed and was not undone");
        start(u);
        Connection c = handle.getConnection();
        Savepoint savepoint = null;
        if (u.inPart && u.part == null) u.part = partSavepoint(u);
        // nothing written since the work's own savepoint: undoing this call is undoing to that one, which stays set
        // (ROLLBACK TO keeps a savepoint), so the call needs none of its own: one SAVEPOINT/RELEASE pair less for the
        // first write call of every message of a group
        boolean onPart = u.part != null && u.writes == u.partWrites;
        if (!onPart) {
            try {
                savepoint = c.setSavepoint("unit_write_" + (++u.savepoints));
            } catch (SQLException e) {
                throw new TransactionException("Failed to set a savepoint", e);
            }
        }
        u.depth++;
        R result;
        try {
            result = callback.withHandle(handle);
        } catch (Throwable t) {
            forgetStatements(u);
            try {
                if (onPart) {
                    c.rollback(u.part);
                    u.partWrites = u.writes; // back where the work's savepoint was set
                } else {
                    c.rollback(savepoint);
                    c.releaseSavepoint(savepoint);
                }
            } catch (SQLException e) {
                // SQLite may have rolled the whole transaction back (SQLITE_FULL, SQLITE_IOERR): nothing more may
                // be written in this unit, and its end fails
                u.broken = true;
                t.addSuppressed(e);
            }
            throw t;
        } finally {
            u.depth--;
        }
        if (onPart) return result;
        try {
            c.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            u.broken = true;
            throw new TransactionException("Failed to release a savepoint", e);
        }
        return result;
    }

    /** A transaction of a handle that is not a unit's, on SQLite: as Jdbi's local one, with the commit above. */
    private <R, X extends Exception> R plainSqlite(Handle handle, HandleCallback<R, X> callback) throws X {
        if (isInTransaction(handle)) throw new IllegalStateException("Already in transaction");
        handle.begin();
        R result;
        try {
            result = callback.withHandle(handle);
        } catch (Throwable t) {
            try {
                handle.rollback();
            } catch (RuntimeException e) {
                t.addSuppressed(e);
            }
            throw t;
        }
        handle.commit();
        return result;
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        return unitOf(handle) == null ? plain.inTransaction(handle, level, callback) : inTransaction(handle, callback);
    }
}
