package zhaoshang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhaoshang.support.TestDatabase;

/**
 * {@link Database#unit}: the writes of nested Jdbi calls on one thread commit together or not at all; a write call
 * that fails and is handled leaves nothing behind; a unit holds the write lock only from its first write; a full
 * database (SQLITE_FULL) is reported until a write succeeds again.
 */
class UnitOfWorkTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = TestDatabase.withScratchTable(dir, "unit.db");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void insert(String v) {
        db.jdbi().useTransaction(h -> h.execute("insert into t (v) values (?)", v));
    }

    private List<String> rows() {
        return db.jdbi().withHandle(h -> h.createQuery("select v from t order by id").mapTo(String.class).list());
    }

    @Test
    void textWithANulCharacterIsStoredWithoutIt() {
        // PostgreSQL refuses U+0000 in text ("invalid byte sequence"): a chat message carrying one must still be
        // stored, the same on both databases, and found again by the same text
        insert("东莞\u0000甲公司");
        assertThat(rows()).containsExactly("东莞甲公司");
        int found = db.jdbi().withHandle(h -> h.createQuery("select count(*) from t where v = :v")
                .bind("v", "东莞\u0000甲公司").mapTo(Integer.class).one());
        assertThat(found).isEqualTo(1);
    }

    @Test
    void writesOfSeparateCallsCommitTogether() {
        db.unit(() -> {
            insert("a");
            db.jdbi().useHandle(h -> h.execute("insert into t (v) values ('b')"));
            insert("c");
            // inside the unit its own writes are visible
            assertThat(rows()).containsExactly("a", "b", "c");
            return null;
        });
        assertThat(rows()).containsExactly("a", "b", "c");
    }

    @Test
    void aThreadKeepingItsHandleRunsUnitsAsBefore() throws Exception {
        // the inbound worker keeps one handle across its units: each unit still commits or is undone on its own, a
        // failed unit leaves nothing behind and the next one works, and other threads see each commit at once
        CompletableFuture<Void> worker = CompletableFuture.runAsync(() -> {
            db.keepHandle();
            db.unit(() -> {
                insert("a");
                return null;
            });
            assertThatThrownBy(() -> db.unit(() -> {
                insert("lost");
                throw new IllegalStateException("the command failed");
            })).hasMessage("the command failed");
            db.group(List.<java.util.function.Supplier<String>>of(() -> {
                insert("b");
                return "b";
            }, () -> {
                insert("c");
                return "c";
            }), Long.MAX_VALUE);
            assertThat(rows()).containsExactly("a", "b", "c");
        });
        worker.get(30, TimeUnit.SECONDS);
        assertThat(rows()).containsExactly("a", "b", "c");
    }

    @Test
    void aGroupCommitsTheWorksBeforeTheFirstThatFailsUndoesThatOneAndRunsNoneAfterIt() {
        boolean[] thirdRan = {false};
        IllegalStateException refused = new IllegalStateException("the second answer could not be queued");
        Database.Group<String> g = db.group(List.<java.util.function.Supplier<String>>of(
                () -> {
                    insert("a");
                    return "first";
                },
                () -> {
                    insert("b");
                    // a write on a plain handle call, not a write call of its own: undone with its work too
                    db.jdbi().useHandle(h -> h.execute("insert into t (v) values ('b2')"));
                    throw refused;
                },
                () -> {
                    thirdRan[0] = true;
                    insert("c");
                    return "third";
                }), Long.MAX_VALUE);
        assertThat(g.results()).containsExactly("first");
        assertThat(g.failure()).isSameAs(refused);
        assertThat(thirdRan[0]).isFalse();
        assertThat(rows()).containsExactly("a");
    }

    @Test
    void aGroupWhoseWorksAllSucceedCommitsThemAllAndAWorkThatWritesNothingNeedsNoTransaction() {
        Database.Group<String> g = db.group(List.<java.util.function.Supplier<String>>of(
                () -> "reads only",
                () -> {
                    insert("a");
                    return "one";
                },
                () -> {
                    insert("b");
                    insert("c");
                    return "two";
                }), Long.MAX_VALUE);
        assertThat(g.results()).containsExactly("reads only", "one", "two");
        assertThat(g.failure()).isNull();
        assertThat(rows()).containsExactly("a", "b", "c");
    }

    @Test
    void aFailureAnywhereInTheUnitUndoesEveryWriteOfIt() {
        assertThatThrownBy(() -> db.unit(() -> {
            insert("a");
            insert("b");
            throw new IllegalStateException("the answer could not be queued");
        })).hasMessageContaining("could not be queued");
        assertThat(rows()).isEmpty();
        // the thread is free for the next unit and for plain writes
        db.unit(() -> {
            insert("c");
            return null;
        });
        insert("d");
        assertThat(rows()).containsExactly("c", "d");
    }

    @Test
    void aWriteCallThatFailsAndIsHandledLeavesNothingOfItselfBehind() {
        db.unit(() -> {
            insert("kept");
            try {
                db.jdbi().useTransaction(h -> {
                    h.execute("insert into t (v) values ('half')");
                    h.execute("insert into t (v) values (null)"); // NOT NULL: fails
                });
            } catch (RuntimeException refused) {
                // a command that turns a refusal into an answer
            }
            insert("after");
            return null;
        });
        assertThat(rows()).containsExactly("kept", "after");
    }

    /** A write call that fails half-way (its first insert done, its second refused), handled by its caller. */
    private void refusedWriteCall(String half) {
        try {
            db.jdbi().useTransaction(h -> {
                h.execute("insert into t (v) values (?)", half);
                h.execute("insert into t (v) values (null)"); // NOT NULL: fails
            });
        } catch (RuntimeException refused) {
            // a command that turns a refusal into an answer
        }
    }

    @Test
    void inAGroupAWriteCallThatFailsAndIsHandledLeavesNothingOfItselfBehindAndUndoesNothingBeforeIt() {
        Database.Group<String> g = db.group(List.<java.util.function.Supplier<String>>of(
                () -> {
                    refusedWriteCall("half of the first work's first call"); // the group's transaction begins here
                    insert("a");
                    return "first";
                },
                () -> {
                    // written on a plain handle call, then a write call fails: the plain write stays
                    db.jdbi().useHandle(h -> h.execute("insert into t (v) values ('plain')"));
                    refusedWriteCall("half of the second work's call");
                    insert("b");
                    return "second";
                },
                () -> {
                    refusedWriteCall("half of the third work's first call");
                    insert("c");
                    refusedWriteCall("half of the third work's last call");
                    return "third";
                }), Long.MAX_VALUE);
        assertThat(g.failure()).isNull();
        assertThat(g.results()).containsExactly("first", "second", "third");
        assertThat(rows()).containsExactly("a", "plain", "b", "c");
    }

    @Test
    void aTransactionWhoseCommitFailsLeavesNothingBehindAndHoldsNoLock() throws Exception {
        // a deferred foreign key is checked at COMMIT, which then fails (and SQLite keeps the transaction open)
        db.jdbi().useHandle(h -> {
            h.execute("create table parent (id integer primary key)");
            h.execute("create table child (p integer references parent (id) deferrable initially deferred)");
        });
        assertThatThrownBy(() -> db.unit(() -> {
            insert("in the unit");
            db.jdbi().useTransaction(h -> h.execute("insert into child (p) values (42)"));
            return null;
        })).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> db.jdbi().useTransaction(h -> {
            h.execute("insert into t (v) values ('in a plain transaction')");
            h.execute("insert into child (p) values (43)");
        })).isInstanceOf(RuntimeException.class);
        assertThat(rows()).isEmpty();
        // neither connection went back to the pool holding the write lock: another thread writes at once
        CompletableFuture.runAsync(() -> insert("after")).get(5, TimeUnit.SECONDS);
        db.unit(() -> {
            insert("a unit after");
            return null;
        });
        assertThat(rows()).containsExactly("after", "a unit after");
        int children = db.jdbi().withHandle(h -> h.createQuery("select count(*) from child").mapTo(Integer.class).one());
        assertThat(children).isZero();
    }

    @Test
    void aUnitThatHasOnlyReadSoFarDoesNotHoldTheWriteLock() throws Exception {
        db.unit(() -> {
            assertThat(rows()).isEmpty();
            // another thread (a platform callback storing its message) writes while this unit is still reading
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> insert("from another thread"));
            try {
                other.get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the other writer waited for the unit", e);
            }
            insert("mine");
            return null;
        });
        assertThat(rows()).containsExactly("from another thread", "mine");
    }

    @Test
    void aFullDatabaseFailsTheWholeUnitAndIsReportedUntilSpaceReturns() {
        Database limited = Database.open("jdbc:sqlite:" + dir.resolve("full.db") + "?max_page_count=400");
        try {
            limited.jdbi().useHandle(h -> {
                h.execute("create table t (v text not null)");
                h.execute("create table filler (b blob)");
            });
            // fill every page the limit allows
            assertThatThrownBy(() -> {
                for (int i = 0; i < 1000; i++) {
                    limited.jdbi().useHandle(h -> h.execute("insert into filler values (zeroblob(4000))"));
                }
            }).satisfies(e -> assertThat(StorageFailure.of(e)).isPresent());
            assertThat(limited.writeProblem()).as("a failure outside a unit is only known when noted").isEmpty();

            assertThatThrownBy(() -> limited.unit(() -> {
                limited.jdbi().useTransaction(h -> h.execute("insert into t values ('small')"));
                limited.jdbi().useTransaction(h -> h.execute("insert into t values (?)", "x".repeat(20_000)));
                return null;
            })).satisfies(e -> assertThat(StorageFailure.of(e)).get()
                    .satisfies(f -> assertThat(f.code()).isEqualTo("SQLITE_FULL")));
            int small = limited.jdbi().withHandle(h -> h.createQuery("select count(*) from t").mapTo(Integer.class).one());
            assertThat(small).as("the small write of the failed unit is undone too").isZero();
            assertThat(limited.writeProblem()).get().satisfies(f -> assertThat(f.reason()).contains("存储空间已满"));

            limited.jdbi().useHandle(h -> h.execute("delete from filler"));
            assertThat(limited.writeProblem()).as("space is back: the probe write succeeds").isEmpty();
            limited.unit(() -> {
                limited.jdbi().useTransaction(h -> h.execute("insert into t values (?)", "x".repeat(20_000)));
                return null;
            });
        } finally {
            limited.close();
        }
    }
}
