package zhaoshang.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database: WAL, busy timeout, IMMEDIATE write transactions, schema by Flyway migrations
 * in {@code db/migration}. One instance per process.
 */
public final class Database {

    private final String url;
    private final Jdbi jdbi;
    private final SQLiteDataSource dataSource;

    private Database(String url, SQLiteDataSource dataSource) {
        this.url = url;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
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
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(jdbcUrl);
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
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

    /** True when the database answers a trivial query. */
    public boolean healthy() {
        try (Connection c = dataSource.getConnection()) {
            return c.createStatement().executeQuery("select 1").next();
        } catch (SQLException e) {
            return false;
        }
    }
}
