package zhaoshang.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;

import zhaoshang.store.Database;
import zhaoshang.store.Dialect;

/**
 * The database a test runs on: a SQLite file in the test's folder, or, with {@code -Dzhaoshang.testDb=postgres}, a
 * fresh schema of its own in the PostgreSQL server on 127.0.0.1:5432 (database {@code test}, user {@code postgres};
 * {@code -Dzhaoshang.testPgUrl=jdbc:postgresql://…} for another). The same folder and name give the same database,
 * so a test that restarts the bot finds its data again. Schemas made here are dropped when the test JVM ends.
 */
public final class TestDatabase {

    /** The server the PostgreSQL tests use. */
    public static final String SERVER = System.getProperty("zhaoshang.testPgUrl",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private static final Map<String, String> BY_PLACE = new ConcurrentHashMap<>();
    private static final List<String> MADE = new CopyOnWriteArrayList<>();
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36)
            + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private static volatile Boolean serverUp;

    static {
        // tests leave databases open: their idle connections go back to the server within seconds
        System.setProperty("com.zaxxer.hikari.housekeeping.periodMs", "1000");
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropAll, "drop-test-schemas"));
    }

    private TestDatabase() { }

    /** True when the suite runs on PostgreSQL ({@code -Dzhaoshang.testDb=postgres}). */
    public static boolean postgres() {
        return System.getProperty("zhaoshang.testDb", "sqlite").toLowerCase(Locale.ROOT).startsWith("postgres");
    }

    /** The test database for {@code dir}: {@code dir/bot.db} on SQLite, or a schema of its own on PostgreSQL. */
    public static String url(Path dir) {
        return url(dir, "bot.db");
    }

    /** As {@link #url(Path)} with another file name (a second database in the same folder). */
    public static String url(Path dir, String fileName) {
        Path file = dir.resolve(fileName).toAbsolutePath();
        if (!postgres()) return "jdbc:sqlite:" + file;
        return BY_PLACE.computeIfAbsent(file.toString(), k -> freshPostgres());
    }

    /** True when a PostgreSQL server answers on the test server's address. */
    public static boolean postgresUp() {
        Boolean up = serverUp;
        if (up == null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("//([^:/?]+)(?::(\\d+))?").matcher(SERVER);
            up = !m.find() || listening(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
            if (up) {
                try (Connection c = DriverManager.getConnection(SERVER)) {
                    up = c.isValid(5);
                } catch (SQLException e) {
                    up = false;
                }
            }
            serverUp = up;
        }
        return up;
    }

    /** Skips the calling test (a JUnit assumption) when no PostgreSQL server answers. */
    public static void assumePostgres() {
        Assumptions.assumeTrue(postgresUp(), "no PostgreSQL server answers at " + SERVER);
    }

    /**
     * Skips the calling test (a JUnit assumption) when the suite runs on PostgreSQL: for what only SQLite has (its
     * database file, backup and restore files, its instance lock), {@code why} saying which.
     */
    public static void assumeSqlite(String why) {
        Assumptions.assumeFalse(postgres(), "SQLite only: " + why);
    }

    /** A new, empty schema on the test server; the URL selects it. */
    public static String freshPostgres() {
        assumePostgres();
        String schema = "t_" + RUN + "_" + COUNT.incrementAndGet();
        exec("create schema " + schema);
        MADE.add(schema);
        return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Runs one statement on the test server (as the test user, outside any test schema). */
    public static void exec(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void dropAll() {
        if (MADE.isEmpty()) return;
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            for (String schema : MADE) {
                try {
                    s.execute("drop schema if exists " + schema + " cascade");
                } catch (SQLException ignored) {
                    // left behind; harmless
                }
            }
        } catch (SQLException | RuntimeException ignored) {
            // the server is gone: nothing to drop
        }
    }

    /**
     * Makes every insert into {@code table} fail with "killed" (a process dying at that instant), until
     * {@link #allowInserts}: a trigger, written for each database.
     */
    public static void refuseInserts(Database db, String table, String name) {
        refuseInserts(db, table, name, null);
    }

    /**
     * As {@link #refuseInserts(Database, String, String)}, only for the rows that meet {@code when} (an SQL condition
     * on {@code NEW}, the same on both databases, e.g. {@code NEW.text LIKE '%还没有登记%'}); null for every row.
     */
    public static void refuseInserts(Database db, String table, String name, String when) {
        db.jdbi().useHandle(h -> {
            if (db.dialect() == Dialect.POSTGRESQL) {
                h.execute("create function " + name + "() returns trigger language plpgsql as"
                        + " 'begin raise exception ''killed''; end'");
                h.execute("create trigger " + name + " before insert on " + table + " for each row"
                        + (when == null ? "" : " when (" + when + ")") + " execute function " + name + "()");
            } else {
                h.execute("create trigger " + name + " before insert on " + table
                        + (when == null ? "" : " when " + when) + " begin select raise(abort, 'killed'); end");
            }
        });
    }

    /** Undoes {@link #refuseInserts}. */
    public static void allowInserts(Database db, String table, String name) {
        db.jdbi().useHandle(h -> {
            if (db.dialect() == Dialect.POSTGRESQL) {
                h.execute("drop trigger " + name + " on " + table);
                h.execute("drop function " + name + "()");
            } else {
                h.execute("drop trigger " + name);
            }
        });
    }

    /** True when something listens on host:port (used before JDBC to fail fast). */
    static boolean listening(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
