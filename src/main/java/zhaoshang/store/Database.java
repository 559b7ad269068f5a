package zhaoshang.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database: WAL, busy timeout, IMMEDIATE write transactions, schema by Flyway migrations
 * in {@code db/migration}. One instance per process.
 *
 * <p>{@link #unit} runs work whose writes commit together or not at all (see {@link UnitTransactionHandler}); the
 * database remembers the last storage failure (full disk, I/O error), and {@link #writeProblem} tries a write to
 * find out whether it still fails.
 */
public final class Database implements AutoCloseable {

    private final String url;
    private final Jdbi jdbi;
    private final SQLiteDataSource dataSource;
    private final UnitTransactionHandler units = new UnitTransactionHandler();
    private volatile StorageFailure lastFailure;
    /** The room a write must find before the database counts as writable again after a failure. */
    static final int PROBE_BYTES = 1 << 20;
    /**
     * Held open for the life of the process: SQLite checkpoints the WAL into the database file (with fsyncs) and
     * deletes it whenever the last connection closes, which would otherwise happen after nearly every statement.
     */
    private final Connection keepAlive;

    private Database(String url, SQLiteDataSource dataSource) {
        this.url = url;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()).setTransactionHandler(units);
        try {
            this.keepAlive = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * Connections whose busy handler waits in short steps (0.1–2 ms) rather than SQLite's default 1–100 ms sleeps,
     * so that a writer waiting for another writer of this process resumes as soon as the lock is free.
     */
    private static final class FastRetryDataSource extends SQLiteDataSource {
        private static final long GIVE_UP_NANOS = 10_000_000_000L;

        FastRetryDataSource(SQLiteConfig config) {
            super(config);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = super.getConnection();
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

    /** Opens (creating the file and its folder if needed) and migrates the database at a {@code jdbc:sqlite:} URL. */
    public static Database open(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("BOT_DB_URL must start with jdbc:sqlite: (got " + jdbcUrl + ")");
        }
        String file = fileOf(jdbcUrl);
        if (!file.isEmpty() && !file.startsWith(":memory:") && !file.startsWith("file:")) {
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
        SQLiteDataSource ds = new FastRetryDataSource(config);
        ds.setUrl(jdbcUrl);
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                // versions are reserved per piece of work and land in any order: a database already at V8 still
                // takes a V6 that arrives later
                .outOfOrder(true)
                .load()
                .migrate();
        return new Database(jdbcUrl, ds);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public String url() {
        return url;
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
            jdbi.useTransaction(h -> h.execute(
                    "insert or replace into storage_probe (id, filler) values (1, zeroblob(?))", PROBE_BYTES));
            jdbi.useTransaction(h -> h.execute("delete from storage_probe"));
            lastFailure = null;
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(StorageFailure.of(e).orElse(failure));
        }
    }

    @Override
    public void close() {
        try {
            keepAlive.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
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
