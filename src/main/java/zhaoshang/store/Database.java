package zhaoshang.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database: SQLite (the embedded default: WAL, busy timeout, IMMEDIATE write transactions) or PostgreSQL
 * ({@code jdbc:postgresql:} URL, a small connection pool), schema by the Flyway migrations of {@link Dialect}.
 * One instance per process.
 *
 * <p>{@link #unit} runs work whose writes commit together or not at all (see {@link UnitTransactionHandler}); the
 * database remembers the last storage failure (full disk, I/O error), and {@link #writeProblem} tries a write to
 * find out whether it still fails.
 */
public final class Database implements AutoCloseable {

    private final String url;
    private final Dialect dialect;
    private final Jdbi jdbi;
    private final DataSource dataSource;
    private final UnitTransactionHandler units;
    private volatile StorageFailure lastFailure;
    /** The room a write must find before the database counts as writable again after a failure. */
    static final int PROBE_BYTES = 1 << 20;
    /**
     * Held open for the life of the process: SQLite checkpoints the WAL into the database file (with fsyncs) and
     * deletes it whenever the last connection closes, which would otherwise happen after nearly every statement.
     */
    private final Connection keepAlive;
    /** SQLite: the WAL checkpoints, on a thread of their own (null on PostgreSQL). */
    private final Checkpointer checkpointer;

    private Database(String url, Dialect dialect, DataSource dataSource, Checkpointer checkpointer) {
        this.url = url;
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.units = new UnitTransactionHandler(dialect == Dialect.SQLITE);
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()).setTransactionHandler(units);
        jdbi.define(Dialect.ATTRIBUTE, dialect.name());
        jdbi.registerArgument(new NulFreeText());
        this.checkpointer = checkpointer;
        if (dialect != Dialect.SQLITE) {
            this.keepAlive = null; // the pool keeps its connections
            return;
        }
        try {
            this.keepAlive = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database " + url + ": " + e.getMessage(), e);
        }
        checkpointer.start(keepAlive);
    }

    /**
     * {@code s} without its NUL characters (U+0000), the same string when it has none, null for null: how every string
     * is stored (see {@link NulFreeText}); for code that binds text through plain JDBC.
     */
    public static String withoutNul(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }

    /**
     * Binds text without its NUL characters (U+0000, which a chat message may carry: a hostile or broken
     * client): PostgreSQL refuses them in a text value ("invalid byte sequence for encoding UTF8: 0x00"), which
     * would fail the whole message there while SQLite stores it. Dropped on both, so that the same message is stored
     * the same on both databases (and a SQLite database migrates to PostgreSQL); a NUL carries nothing a reader sees.
     */
    static final class NulFreeText extends AbstractArgumentFactory<String> {
        NulFreeText() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(String value, ConfigRegistry config) {
            return new Text(withoutNul(value));
        }

        private record Text(String text) implements Argument {
            @Override
            public void apply(int position, java.sql.PreparedStatement statement,
                              org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
                statement.setString(position, text);
            }

            @Override
            public String toString() {
                return text; // as Jdbi shows a bound string in its messages
            }
        }
    }

    /**
     * Connections whose busy handler waits in short steps (0.1–2 ms) rather than SQLite's default 1–100 ms sleeps,
     * so that a writer waiting for another writer of this process resumes as soon as the lock is free.
     */
    private static final class FastRetryDataSource extends SQLiteDataSource {
        private static final long GIVE_UP_NANOS = 10_000_000_000L;
        private final Checkpointer checkpointer;

        FastRetryDataSource(SQLiteConfig config, Checkpointer checkpointer) {
            super(config);
            this.checkpointer = checkpointer;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = super.getConnection();
            if (checkpointer != null) ((org.sqlite.SQLiteConnection) c).addCommitListener(checkpointer.listener());
            long[] firstWait = {0};
            BusyHandler.setHandler(c, new BusyHandler() {
                @Override
                protected int callback(int attempts) {
                    long now = System.nanoTime();
                    if (attempts == 0) firstWait[0] = now;
                    if (now - firstWait[0] > GIVE_UP_NANOS) return 0;
                    LockSupport.parkNanos(Math.min(2_000_000L, 100_000L * (attempts + 1)));
                    return 1;
                }
            });
            return c;
        }
    }

    /** The file path of a {@code jdbc:sqlite:} URL (without query parameters). */
    public static String fileOf(String jdbcUrl) {
        String file = jdbcUrl.substring("jdbc:sqlite:".length());
        int q = file.indexOf('?');
        return q >= 0 ? file.substring(0, q) : file;
    }

    /**
     * Opens and migrates the database at a {@code jdbc:sqlite:} URL (creating the file and its folder if needed) or
     * a {@code jdbc:postgresql:} URL (user and password in the URL, or none).
     */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, null, null);
    }

    /** {@link #open(String)} with a user and password for PostgreSQL (BOT_DB_USER, BOT_DB_PASSWORD); null: none. */
    public static Database open(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.of(jdbcUrl);
        if (dialect == Dialect.POSTGRESQL) return openPostgres(jdbcUrl, user, password);
        String file = fileOf(jdbcUrl);
        boolean plainFile = !file.isEmpty() && !file.startsWith(":memory:") && !file.startsWith("file:");
        if (plainFile) {
            Path parent = Path.of(file).toAbsolutePath().getParent();
            try {
                if (parent != null) Files.createDirectories(parent);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create the database folder " + parent + ": " + e.getMessage(), e);
            }
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // sqlite-jdbc otherwise runs 'SELECT last_insert_rowid()' (a statement prepared, run and left open) after every
        // INSERT in case its generated keys are asked for: an extra statement for each of the inbox, ledger, history
        // and outbox rows. Our inserts that need their id say RETURNING id (both databases), never JDBC generated
        // keys, which read nothing on SQLite from here on.
        config.setGetGeneratedKeys(false);
        // A write inside a savepoint (each message of the worker's groups, each write call of a unit) keeps the
        // pages it changes in a statement journal, to undo that savepoint alone. SQLite keeps that journal in memory
        // up to 64 KB and then in a temporary file: a group's journal grew past that, and every page each message
        // touched was written to the file (two write calls each, a third of the worker's write calls in an strace of
        // the full path) and the file deleted at the commit. In memory it is never written. Only temporary data
        // (statement journals, temporary tables and indexes) is affected; commits and the WAL are not.
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setWalAutocheckpoint(Checkpointer.AUTOCHECKPOINT_PAGES); // only the checkpoint thread checkpoints
        // the first commit after the WAL restarts cuts the file back to this (SQLite keeps it at its largest otherwise)
        config.setJournalSizeLimit(Checkpointer.WAL_LIMIT_BYTES);
        Checkpointer checkpointer = new Checkpointer(plainFile ? Path.of(file).toAbsolutePath() : null);
        SQLiteDataSource ds = new FastRetryDataSource(config, checkpointer);
        ds.setUrl(jdbcUrl);
        Dialect.SQLITE.flyway().dataSource(ds).load().migrate();
        return new Database(jdbcUrl, Dialect.SQLITE, sqlitePool(ds, jdbcUrl), checkpointer);
    }

    /**
     * SQLite connections kept open for reuse: opening one costs a file open and the pragmas of {@link SQLiteConfig}
     * (journal mode, busy timeout, foreign keys…), which took more CPU than the statements themselves when every
     * Jdbi handle opened its own (measured by {@code bench.FullPathBenchmark}: 5% of the inbound worker, 14% of the
     * outbox sender). The pool is generous (threads that wait for a connection would only wait for SQLite's one
     * write lock anyway) and closes connections idle for a minute.
     */
    private static DataSource sqlitePool(SQLiteDataSource ds, String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(ds);
        config.setMaximumPoolSize(SQLITE_POOL_SIZE);
        config.setMinimumIdle(0);
        config.setIdleTimeout(60_000);
        config.setConnectionTimeout(30_000);
        config.setPoolName("zhaoshang-sqlite");
        return new HikariDataSource(config);
    }

    /** At most this many SQLite connections open at once (web requests, workers, exports, backups). */
    static final int SQLITE_POOL_SIZE = 32;

    /** Connections kept by the pool: writers of one instance are few (one inbound worker, the sender, the ticker). */
    static final int POOL_SIZE = 8;

    private static Database openPostgres(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null && !user.isBlank()) config.setUsername(user);
        if (password != null && !password.isEmpty()) config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        // idle connections are closed after 10 s (Hikari's floor): a PostgreSQL connection is a server process,
        // and many instances (or a test suite opening many databases) must not hold the server's slots idle
        config.setMinimumIdle(0);
        config.setIdleTimeout(10_000);
        config.setPoolName("zhaoshang-db");
        config.addDataSourceProperty("reWriteBatchedInserts", "true"); // a batch of inserts as multi-row inserts
        config.setConnectionTimeout(10_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("无法连接数据库 " + withoutSecrets(jdbcUrl) + "：" + rootMessage(e), e);
        }
        try {
            Dialect.POSTGRESQL.flyway().dataSource(ds).load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(jdbcUrl, Dialect.POSTGRESQL, ds, null);
    }

    /** The URL without its query (where a password may be). */
    public static String withoutSecrets(String jdbcUrl) {
        int q = jdbcUrl.indexOf('?');
        return q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public String url() {
        return url;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** SQLite's checkpoint thread (tests), null on PostgreSQL. */
    Checkpointer checkpointer() {
        return checkpointer;
    }

    /** Plain JDBC connections (the copy of {@link Migrate}). */
    DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs {@code work} as one unit: every write it makes on this thread, through any Jdbi call, commits at the end
     * together, or none does (the exception is rethrown). A storage failure is remembered for {@link #writeProblem}.
     */
    public <T> T unit(Supplier<T> work) {
        try {
            return units.unit(jdbi, work);
        } catch (RuntimeException e) {
            noteFailure(e);
            throw e;
        }
    }

    /**
     * From now on the units and groups of the calling thread run on one handle kept open between them (the inbound
     * worker: its SqlObjects, statement handlers and handle configuration are made once, not for every group, and its
     * prepared statements are kept open and used again: {@link StatementCache}); closed by {@link #close}, and replaced
     * after a unit that fails.
     */
    public void keepHandle() {
        units.keepHandle();
    }

    /** The prepared statements of this thread's kept handle (tests), or null. */
    StatementCache keptStatements() {
        return units.keptStatements();
    }

    /**
     * What {@link #group} did: the results of the works that committed, in order, and the exception of the one that
     * failed after them (its writes undone, the works after it not run), or null. Fewer results than works and no
     * failure: the group's transaction had been open long enough, and the works after these were not run.
     */
    public record Group<T>(List<T> results, RuntimeException failure) { }

    /**
     * Runs {@code works} in order in one transaction (group commit), each as a unit of its own inside it: each work
     * runs under a savepoint, set at its first write, so a work that throws leaves nothing of itself behind. The
     * group stops at the first work that throws; the works before it commit. It also stops, before a work, once its
     * thread has spent 10 ms of CPU in its transaction or 40 ms have passed (SQLite's one write lock is held
     * meanwhile). Throws (and nothing of the group is written) when the transaction as a whole fails: a storage
     * failure that undid it, or its commit failing.
     */
    public <T> Group<T> group(List<? extends Supplier<T>> works) {
        return group(works, UnitTransactionHandler.GROUP_BUDGET_NANOS, null);
    }

    /**
     * {@link #group(List)}, then {@code finish} with the results of the works that committed (when there are any), in
     * the same transaction before its commit: writes the works leave to be made together (the group's outbox rows in
     * one statement). When {@code finish} throws, nothing of the group is written and the exception is thrown.
     */
    public <T> Group<T> group(List<? extends Supplier<T>> works, java.util.function.Consumer<List<T>> finish) {
        return group(works, UnitTransactionHandler.GROUP_BUDGET_NANOS, finish);
    }

    /** {@link #group(List)} with another time budget (tests: none, so that what a group does does not depend on time). */
    <T> Group<T> group(List<? extends Supplier<T>> works, long budgetNanos) {
        return group(works, budgetNanos, null);
    }

    <T> Group<T> group(List<? extends Supplier<T>> works, long budgetNanos, java.util.function.Consumer<List<T>> finish) {
        try {
            Group<T> g = units.group(jdbi, works, budgetNanos, finish);
            if (g.failure() != null) noteFailure(g.failure());
            return g;
        } catch (RuntimeException e) {
            noteFailure(e);
            throw e;
        }
    }

    /**
     * Runs {@code action} once the unit running on this thread has ended, committed or undone (at once outside a
     * unit): for state kept in memory beside the database (the roster's snapshot), so that it is read back from what
     * was really committed, whatever another thread read in the meantime.
     */
    public void afterUnit(Runnable action) {
        units.afterUnit(action);
    }

    /**
     * The storage failure in {@code e}, if it is one; remembered until {@link #writeProblem} finds room again (a
     * small write that succeeds meanwhile, such as the answer to the failure, does not mean space has returned).
     */
    public Optional<StorageFailure> noteFailure(Throwable e) {
        Optional<StorageFailure> f = StorageFailure.of(e);
        f.ifPresent(x -> lastFailure = x);
        return f;
    }

    /**
     * Empty while the database takes writes. After a storage failure, tries a write of {@link #PROBE_BYTES} (a row
     * written and removed) each time it is asked, so that the answer turns good by itself once space returns, and
     * only when there is room for more than the next message: a few free pages are not "space returned".
     */
    public Optional<StorageFailure> writeProblem() {
        StorageFailure failure = lastFailure;
        if (failure == null) return Optional.empty();
        try {
            jdbi.useTransaction(h -> h.execute(dialect.storageProbe(), PROBE_BYTES));
            jdbi.useTransaction(h -> h.execute("delete from storage_probe"));
            lastFailure = null;
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(StorageFailure.of(e).orElse(failure));
        }
    }

    @Override
    public void close() {
        units.closeKept();
        if (checkpointer != null) checkpointer.close();
        if (keepAlive != null) {
            try {
                keepAlive.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        if (dataSource instanceof HikariDataSource pool) pool.close();
    }

    /** True when the database answers a trivial query. */
    public boolean healthy() {
        try (Connection c = dataSource.getConnection()) {
            return c.createStatement().executeQuery("select 1").next();
        } catch (SQLException e) {
            return false;
        }
    }
}
