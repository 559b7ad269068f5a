package zhaoshang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhaoshang.support.TestDatabase;

/**
 * SQLite: the WAL is checkpointed by the database's own thread once commits have piled up, not by the connections that
 * commit (their automatic checkpoint is only a safety net far above), statement journals stay in memory, and the
 * thread ends with the database; after a burst the WAL file comes back under its bound once the writers are idle, and a
 * reader holding an old snapshot meanwhile only delays that.
 */
class CheckpointerTest {

    @TempDir
    Path dir;

    @Test
    void commitsAreCheckpointedByTheDatabasesOwnThread() {
        Assumptions.assumeFalse(TestDatabase.postgres(), "SQLite only");
        Database db = TestDatabase.withScratchTable(dir, "ckpt.db");
        Checkpointer checkpointer = db.checkpointer();
        try {
            db.jdbi().useHandle(h -> {
                assertThat(h.createQuery("pragma wal_autocheckpoint").mapTo(Integer.class).one())
                        .isEqualTo(Checkpointer.AUTOCHECKPOINT_PAGES);
                assertThat(h.createQuery("pragma temp_store").mapTo(Integer.class).one()).isEqualTo(2); // MEMORY
            });
            int before = checkpointer.runs();
            for (int i = 0; i < 3 * Checkpointer.COMMITS; i++) {
                int v = i;
                db.jdbi().useTransaction(h -> h.createUpdate("insert into t (v) values (:v)").bind("v", "row " + v).execute());
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> checkpointer.runs() > before);
            int rows = db.jdbi().withHandle(h -> h.createQuery("select count(*) from t").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(3 * Checkpointer.COMMITS);
        } finally {
            db.close();
        }
        assertThat(checkpointer.running()).isFalse();
    }

    @Test
    void afterABurstAndAnIdleMomentTheWalFileIsBackUnderItsBoundAndAReaderHoldingASnapshotOnlyDelaysIt() throws Exception {
        Assumptions.assumeFalse(TestDatabase.postgres(), "SQLite only");
        Database db = TestDatabase.withScratchTable(dir, "wal.db");
        Checkpointer checkpointer = db.checkpointer();
        Path wal = dir.resolve("wal.db-wal");
        String row = "汇报".repeat(10_000); // 60 KB of UTF-8 per commit, a burst of 200: 12 MB of WAL at least
        try {
            try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("wal.db"))) {
                // a long read (an export, a backup): its snapshot keeps every frame committed after it in the WAL
                reader.setAutoCommit(false);
                try (ResultSet rs = reader.createStatement().executeQuery("select count(*) from t")) {
                    assertThat(rs.next()).isTrue();
                }
                for (int i = 0; i < 200; i++) {
                    db.jdbi().useTransaction(h -> h.createUpdate("insert into t (v) values (:v)").bind("v", row).execute());
                }
                assertThat(Files.size(wal)).isGreaterThan(Checkpointer.WAL_LIMIT_BYTES);
                // idle now: the truncation is tried, gives up on the reader, and the writers go on undisturbed
                int tried = checkpointer.truncationsTried();
                await().atMost(Duration.ofSeconds(10)).until(() -> checkpointer.truncationsTried() > tried);
                assertThat(checkpointer.truncations()).isZero();
                long start = System.nanoTime();
                db.jdbi().useTransaction(h -> h.createUpdate("insert into t (v) values ('after')").execute());
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
                reader.rollback();
            }
            // the reader is gone: at the next idle moment the WAL file goes back under its bound
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.size(wal) <= Checkpointer.WAL_LIMIT_BYTES);
            assertThat(checkpointer.truncations()).isPositive();
            int rows = db.jdbi().withHandle(h -> h.createQuery("select count(*) from t").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(201);
        } finally {
            db.close();
        }
    }
}
