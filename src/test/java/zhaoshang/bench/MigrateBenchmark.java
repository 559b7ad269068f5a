// Reproduce (from the repository root; PostgreSQL on 127.0.0.1:5432, database test, user postgres):
//   mvn -q test-compile && java -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) zhaoshang.bench.MigrateBenchmark [records]
// The SQLite database is ProgressBenchmark's target/bench-progress.db (built once, reused while it holds the same
// number of records). The copy goes into a new schema of the test database, dropped afterwards.
package zhaoshang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import zhaoshang.store.Database;
import zhaoshang.store.Migrate;

/**
 * {@code migrate --to jdbc:postgresql://…} over 1,000,000 records (ProgressBenchmark's ledger: 100 teams, every kind,
 * with their inbox rows and history): the whole copy (schema, rows, identity sequences) and the check of every
 * table by row count and checksum on both sides, wall time and rows per second.
 */
public final class MigrateBenchmark {

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.printf("JVM %s, max heap %d MB, %d processors, load average %.2f%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path file = Path.of("target", "bench-progress.db");
        String url = "jdbc:sqlite:" + file;
        if (ProgressBenchmark.stored(file) != records) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(file + suffix));
            Database.open(url).close();
            long t0 = System.nanoTime();
            ProgressBenchmark.build(url, records);
            System.out.printf("built %s: %,d records in %.1f s%n", file, records, (System.nanoTime() - t0) / 1e9);
        }
        // the benchmark's own bookkeeping table is no table of the bot's: migrate (rightly) refuses a table the
        // target schema does not have, so the copy goes from a file without it
        Path source = Path.of("target", "bench-migrate.db");
        Files.copy(file, source, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_meta");
        }
        url = "jdbc:sqlite:" + source;
        String server = System.getProperty("zhaoshang.testPgUrl", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String schema = "bench_migrate_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        try (Database db = Database.open(url)) {
            long t0 = System.nanoTime();
            Migrate.Result r = Migrate.run(db, server + "&currentSchema=" + schema, null, null,
                    line -> System.out.printf("  %.1f s  %s%n", (System.nanoTime() - t0) / 1e9, line));
            double s = r.millis() / 1000.0;
            System.out.printf("migrate: %d tables, %,d rows (%,d records) copied and checked in %.1f s: %,.0f rows/s%n",
                    r.tables().size(), r.rows(), records, s, r.rows() / s);
        } finally {
            try (Connection c = DriverManager.getConnection(server); Statement st = c.createStatement()) {
                st.execute("drop schema " + schema + " cascade");
            }
        }
    }
}
