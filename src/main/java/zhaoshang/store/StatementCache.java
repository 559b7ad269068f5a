package zhaoshang.store;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Prepared statements kept open on one long-lived handle (the inbound worker's, {@link Database#keepHandle}) and
 * used again by the next statement of the same SQL, instead of being prepared and closed for every call: SQLite
 * parses and plans a statement each time it is prepared (a third of the worker's time inside SQLite, measured by
 * {@code bench.FullPathBenchmark} with JFR); PostgreSQL's driver keeps its own per-connection cache of parsed queries
 * and server-prepares a query after 5 uses whatever the statement object, which this does not change.
 *
 * <ul>
 *   <li>Jdbi "closes" a statement when its call is done (its result set closed first, which resets a SQLite
 *       statement): the statement's parameters and batch are cleared and it waits, idle, for its SQL's next call.
 *       A statement that cannot be cleared (it failed in a way that finalised it) is closed for real.</li>
 *   <li>At most one idle statement per SQL; a second statement of the same SQL while the first is in use (a query
 *       run while another one's rows are read) is prepared anew and closed after use. At most {@link #CAPACITY}
 *       idle statements: the least recently used is closed.</li>
 *   <li>Statements returning generated keys or with updatable results are not kept (they are prepared
 *       differently).</li>
 *   <li>{@link #clear} closes the idle statements (a statement failed in the middle of a group: nothing of an
 *       uncertain state is used again); {@link #close} closes them and keeps nothing more (the handle closes).</li>
 * </ul>
 * One handle, one thread at a time; synchronized only so that closing from another thread is safe.
 */
final class StatementCache implements StatementBuilder {

    /** Idle statements kept at most (the worker's path uses a few dozen distinct statements). */
    static final int CAPACITY = 96;

    private final StatementBuilder plain = new DefaultStatementBuilder();
    private final int capacity;
    /**
     * Statements made here, by the SQL they were prepared with (Jdbi names the statement's SQL as written, before its
     * named parameters became '?', when it closes one), which go back to {@link #idle} when closed.
     */
    private final Map<Statement, String> reusable = new IdentityHashMap<>();
    private final LinkedHashMap<String, PreparedStatement> idle = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= capacity) return false;
            reusable.remove(eldest.getValue());
            closeQuietly(eldest.getValue());
            return true;
        }
    };
    private boolean closed;
    private long prepared;
    private long reused;

    StatementCache() {
        this(CAPACITY);
    }

    StatementCache(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public Statement create(Connection conn, StatementContext ctx) throws SQLException {
        return plain.create(conn, ctx);
    }

    @Override
    public synchronized PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        if (closed || ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) return plain.create(conn, sql, ctx);
        PreparedStatement kept = idle.remove(sql);
        if (kept != null) {
            if (!kept.isClosed()) {
                reused++;
                return kept;
            }
            reusable.remove(kept);
        }
        PreparedStatement made = plain.create(conn, sql, ctx);
        prepared++;
        reusable.put(made, sql);
        return made;
    }

    @Override
    public CallableStatement createCall(Connection conn, String sql, StatementContext ctx) throws SQLException {
        return plain.createCall(conn, sql, ctx);
    }

    @Override
    public synchronized void close(Connection conn, String rawSql, Statement stmt) throws SQLException {
        if (stmt == null) return;
        String sql = reusable.get(stmt);
        if (closed || sql == null || idle.containsKey(sql) || !(stmt instanceof PreparedStatement ps)) {
            reusable.remove(stmt);
            stmt.close();
            return;
        }
        try {
            if (ps.isClosed()) {
                reusable.remove(ps);
                return;
            }
            ps.clearParameters();
            ps.clearBatch();
        } catch (SQLException | RuntimeException unusable) {
            reusable.remove(ps);
            closeQuietly(ps);
            return;
        }
        idle.put(sql, ps);
    }

    /** Closes the idle statements; those in use are closed when they come back. */
    synchronized void clear() {
        for (PreparedStatement s : idle.values()) {
            closeQuietly(s);
            reusable.remove(s);
        }
        idle.clear();
        reusable.clear();
    }

    /** Closes the idle statements and keeps none from now on (the handle is closing). */
    @Override
    public synchronized void close(Connection conn) {
        clear();
        closed = true;
    }

    /** Statements prepared and statements used again so far (tests). */
    synchronized long[] counts() {
        return new long[] {prepared, reused};
    }

    /** Idle statements held now (tests). */
    synchronized int idleCount() {
        return idle.size();
    }

    private static void closeQuietly(Statement s) {
        try {
            s.close();
        } catch (SQLException | RuntimeException ignored) {
            // the connection may be gone: the pool closes what is left
        }
    }
}
