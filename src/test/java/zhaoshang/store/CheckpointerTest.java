package zhaoshang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhaoshang.support.TestDatabase;

/**
 * SQLite: the WAL is checkpointed by the database's own thread once commits have piled up, not by the connections that
 * commit (their automatic checkpoint is only a safety net far above), statement journals stay in memory, and the
 * thread ends with the database.
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
                        .isEqualTo(Checkpointer.SAFETY_PAGES);
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
}
