package zhaoshang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhaoshang.support.TestDatabase;

/**
 * The prepared statements of a kept handle ({@link Database#keepHandle}, the inbound worker's): used again from one
 * unit or group to the next, and what each unit writes and reads is the same as without them, also after a statement
 * fails in the middle of a group, after the handle is replaced, for a read left half-read, for generated keys and
 * for batches. Runs on SQLite and PostgreSQL.
 */
class KeptStatementsTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = TestDatabase.withScratchTable(dir, "kept.db");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static final String INSERT = "insert into t (v) values (:v)";

    private void insert(String v) {
        db.jdbi().useTransaction(h -> h.createUpdate(INSERT).bind("v", v).execute());
    }

    private List<String> rows() {
        return db.jdbi().withHandle(h -> h.createQuery("select v from t order by id").mapTo(String.class).list());
    }

    private <T> T unit(Supplier<T> work) {
        return db.unit(work);
    }

    /** Runs {@code test} on a thread of its own that keeps its handle (as the inbound worker does). */
    private void onWorker(Runnable test) throws Exception {
        CompletableFuture.runAsync(() -> {
            db.keepHandle();
            test.run();
        }).get(60, TimeUnit.SECONDS);
    }

    @Test
    void aKeptHandlePreparesAStatementOnceForAllItsUnits() throws Exception {
        onWorker(() -> {
            for (int i = 0; i < 5; i++) {
                String v = "v" + i;
                unit(() -> {
                    insert(v);
                    return null;
                });
            }
            long[] counts = db.keptStatements().counts();
            assertThat(counts[0]).as("prepared").isEqualTo(1);
            assertThat(counts[1]).as("used again").isEqualTo(4);
            assertThat(rows()).containsExactly("v0", "v1", "v2", "v3", "v4");
        });
        assertThat(rows()).containsExactly("v0", "v1", "v2", "v3", "v4");
    }

    @Test
    void aStatementFailingInTheMiddleOfAGroupIsUndoneAloneAndTheSameStatementWorksAfterIt() throws Exception {
        onWorker(() -> {
            unit(() -> {
                insert("before");
                return null;
            });
            Database.Group<String> g = db.group(List.<Supplier<String>>of(
                    () -> {
                        insert("a");
                        return "a";
                    },
                    () -> {
                        insert("b");
                        insert(null); // NOT NULL: the same statement fails
                        return "b";
                    },
                    () -> "never run"), Long.MAX_VALUE);
            assertThat(g.results()).containsExactly("a");
            assertThat(g.failure()).isNotNull();
            // the next group uses the same SQL again, on the same handle
            Database.Group<String> next = db.group(List.<Supplier<String>>of(
                    () -> {
                        insert("c");
                        return "c";
                    },
                    () -> {
                        insert("d");
                        return "d";
                    }), Long.MAX_VALUE);
            assertThat(next.results()).containsExactly("c", "d");
            assertThat(next.failure()).isNull();
            assertThat(rows()).containsExactly("before", "a", "c", "d");
        });
        assertThat(rows()).containsExactly("before", "a", "c", "d");
    }

    @Test
    void aFailedUnitReplacesTheHandleAndItsStatementsAndTheNextUnitWorks() throws Exception {
        onWorker(() -> {
            unit(() -> {
                insert("a");
                return null;
            });
            StatementCache first = db.keptStatements();
            assertThat(first.idleCount()).isPositive();
            assertThatThrownBy(() -> unit(() -> {
                insert("lost");
                throw new IllegalStateException("the command failed");
            })).hasMessage("the command failed");
            assertThat(first.idleCount()).as("closed with the handle").isZero();
            unit(() -> {
                insert("b");
                return null;
            });
            assertThat(db.keptStatements()).isNotSameAs(first);
            assertThat(rows()).containsExactly("a", "b");
        });
        assertThat(rows()).containsExactly("a", "b");
    }

    @Test
    void aQueryLeftHalfReadHoldsNoSnapshotAndAnotherWriterIsSeenByTheNextUnit() throws Exception {
        for (int i = 0; i < 50; i++) insert("r" + i);
        onWorker(() -> {
            for (int round = 0; round < 3; round++) {
                // reads only the first of 50+ rows (the statement is kept open afterwards)
                String first = unit(() -> db.jdbi().withHandle(h -> h.createQuery("select v from t order by id")
                        .mapTo(String.class).findFirst().orElseThrow()));
                assertThat(first).isEqualTo("r0");
                String other = "other" + round;
                // another connection writes meanwhile: a kept statement still stepping would hold an old snapshot
                // (SQLite: the next write transaction fails with SQLITE_BUSY_SNAPSHOT, or reads miss the row)
                CompletableFuture.runAsync(() -> insert(other)).join();
                int seen = unit(() -> {
                    insert("mine");
                    return db.jdbi().withHandle(h -> h.createQuery("select count(*) from t where v = :v")
                            .bind("v", other).mapTo(Integer.class).one());
                });
                assertThat(seen).as("the other writer's row is seen").isEqualTo(1);
            }
        });
        assertThat(rows()).hasSize(50 + 6);
    }

    @Test
    void theSameQueryRunWhileItsRowsAreReadGetsAStatementOfItsOwn() throws Exception {
        insert("x");
        insert("y");
        onWorker(() -> {
            List<String> pairs = unit(() -> db.jdbi().withHandle(h -> h.createQuery("select v from t where v <> :not order by id")
                    .bind("not", "-").mapTo(String.class).stream().map(outer -> outer + ":" + String.join(",",
                            h.createQuery("select v from t where v <> :not order by id").bind("not", outer)
                                    .mapTo(String.class).list())).toList()));
            assertThat(pairs).containsExactly("x:y", "y:x");
            // and once more, now from kept statements
            List<String> again = unit(() -> db.jdbi().withHandle(h -> h.createQuery("select v from t where v <> :not order by id")
                    .bind("not", "x").mapTo(String.class).list()));
            assertThat(again).containsExactly("y");
        });
    }

    @Test
    void returnedIdsAndBatchesGiveTheSameResultsOnAKeptHandle() throws Exception {
        onWorker(() -> {
            for (int round = 0; round < 3; round++) {
                String v = "k" + round;
                long id = unit(() -> db.jdbi().inTransaction(h -> h.createQuery(INSERT + " returning id").bind("v", v)
                        .mapTo(Long.class).one()));
                String stored = db.jdbi().withHandle(h -> h.createQuery("select v from t where id = :id").bind("id", id)
                        .mapTo(String.class).one());
                assertThat(stored).isEqualTo(v);
            }
            for (int round = 0; round < 3; round++) {
                int r = round;
                int[] counts = unit(() -> db.jdbi().inTransaction(h -> {
                    PreparedBatch b = h.prepareBatch(INSERT);
                    for (int i = 0; i <= r; i++) b.bind("v", "b" + r + "." + i).add();
                    return b.execute();
                }));
                assertThat(counts).as("batch %d: its own rows only", round).hasSize(round + 1);
            }
            // a batch that fails (and whose failure the unit handles) leaves nothing of itself, and the next batch of
            // the same statement in the same unit carries none of its rows
            int[] after = unit(() -> {
                assertThatThrownBy(() -> db.jdbi().inTransaction(h -> {
                    PreparedBatch b = h.prepareBatch(INSERT);
                    b.bind("v", "doomed").add();
                    b.bindNull("v", java.sql.Types.VARCHAR).add();
                    return b.execute();
                })).isNotNull();
                return db.jdbi().inTransaction(h -> h.prepareBatch(INSERT).bind("v", "last").add().execute());
            });
            assertThat(after).hasSize(1);
        });
        assertThat(rows()).containsExactly("k0", "k1", "k2", "b0.0", "b1.0", "b1.1", "b2.0", "b2.1", "b2.2", "last");
    }

    @Test
    void closingTheDatabaseClosesTheKeptStatements() throws Exception {
        StatementCache[] cache = new StatementCache[1];
        onWorker(() -> {
            unit(() -> {
                insert("a");
                return rows();
            });
            cache[0] = db.keptStatements();
            assertThat(cache[0].idleCount()).isPositive();
        });
        db.close();
        assertThat(cache[0].idleCount()).isZero();
        db = Database.open(TestDatabase.url(dir, "kept.db"));
        assertThat(rows()).containsExactly("a");
    }

    @Test
    void atMostCapacityStatementsAreKept() throws Exception {
        onWorker(() -> {
            unit(() -> {
                for (int i = 0; i < StatementCache.CAPACITY + 20; i++) {
                    int n = i;
                    db.jdbi().withHandle(h -> h.createQuery("select " + n + " + count(*) from t").mapTo(Integer.class).one());
                }
                return null;
            });
            assertThat(db.keptStatements().idleCount()).isEqualTo(StatementCache.CAPACITY);
        });
    }
}
