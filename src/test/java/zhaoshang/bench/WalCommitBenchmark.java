package zhaoshang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import zhaoshang.store.Database;

/**
 * What a commit costs the thread that commits while the SQLite WAL cannot restart: the bot's {@link Database}, a
 * reader that always moves on to the newest snapshot and holds it (as the sender's and the callbacks' reads do under
 * a burst, so that the WAL is never written from its start again), and 6 × 200 commits of 10 rows of 3 KB on the
 * main thread, with that thread's read and write system calls per commit (Linux, /proc/thread-self/io; the reader's
 * one-row query runs on the same thread) and the WAL file's size after each 200.
 *
 * <pre>java -cp target/test-classes:target/zhaoshang-bot.jar zhaoshang.bench.WalCommitBenchmark</pre>
 */
public final class WalCommitBenchmark {

    private WalCommitBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("wal-commit-bench-");
        Path file = dir.resolve("w.db");
        Database db = Database.open("jdbc:sqlite:" + file);
        db.jdbi().useHandle(h -> h.execute("create table t (id integer primary key, v text)"));
        String row = "x".repeat(3000);
        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            reader.setAutoCommit(false);
            for (int phase = 0; phase < 6; phase++) {
                long[] before = io();
                long t0 = System.nanoTime();
                for (int c = 0; c < 200; c++) {
                    db.jdbi().useTransaction(h -> {
                        for (int i = 0; i < 10; i++) h.createUpdate("insert into t (v) values (:v)").bind("v", row).execute();
                    });
                    newestSnapshot(reader);
                }
                long[] after = io();
                System.out.printf(Locale.ROOT, "commits %4d-%4d: %.1f reads, %.1f writes per commit (this thread), %.2f ms each;"
                                + " WAL file %.1f MB%n", phase * 200 + 1, phase * 200 + 200, (after[0] - before[0]) / 200.0,
                        (after[1] - before[1]) / 200.0, (System.nanoTime() - t0) / 200e6,
                        Files.size(dir.resolve("w.db-wal")) / 1e6);
            }
            reader.rollback();
        } finally {
            db.close();
        }
    }

    /** Ends the reader's transaction and starts a new one on the newest snapshot, which it holds until the next call. */
    private static void newestSnapshot(Connection reader) throws SQLException {
        reader.commit();
        try (Statement s = reader.createStatement()) {
            s.executeQuery("select id from t limit 1").close(); // a read transaction: a snapshot held
        }
    }

    /** This thread's read and write system calls so far (syscr, syscw). */
    private static long[] io() throws Exception {
        long reads = 0;
        long writes = 0;
        for (String line : Files.readAllLines(Path.of("/proc/thread-self/io"))) {
            if (line.startsWith("syscr: ")) reads = Long.parseLong(line.substring(7));
            if (line.startsWith("syscw: ")) writes = Long.parseLong(line.substring(7));
        }
        return new long[] {reads, writes};
    }
}
