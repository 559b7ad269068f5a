package zhaoshang.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhaoshang.support.TestDatabase;

/**
 * The outbox sender's handles kept per thread ({@link KeptHandles}): on SQLite one handle and its prepared statements
 * serve a thread's calls, and it is closed when the thread ends, after a call that threw, and by close; each call
 * reads what others committed meanwhile. On PostgreSQL every call has a handle of its own, as before.
 */
class KeptHandlesTest {

    @TempDir
    Path dir;
    Database db;
    KeptHandles handles;

    @BeforeEach
    void open() {
        db = TestDatabase.withScratchTable(dir, "kept-handles.db");
        handles = new KeptHandles(db.jdbi());
    }

    @AfterEach
    void close() {
        handles.close();
        db.close();
    }

    private long count() {
        return handles.with(h -> h.createQuery("select count(*) from t").mapTo(Long.class).one());
    }

    @Test
    void aThreadsCallsShareOneHandleAndSeeOthersCommits() throws Exception {
        AtomicReference<Handle> first = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread t = new Thread(handles.closingAtEnd(() -> {
            try {
                for (int i = 0; i < 5; i++) {
                    db.jdbi().useTransaction(h -> h.createUpdate("insert into t (v) values ('x')").execute());
                    assertThat(count()).isEqualTo(i + 1); // another handle's commit is read
                    Handle h = handles.with(x -> x);
                    if (first.get() == null) first.set(h);
                    if (db.dialect() == Dialect.SQLITE) assertThat(h).isSameAs(first.get()).matches(x -> !x.isClosed());
                    else assertThat(h.isClosed()).isTrue(); // a handle of its own, closed after the call
                }
                if (db.dialect() == Dialect.SQLITE) {
                    assertThat(handles.open()).isEqualTo(1);
                    StatementCache cache = (StatementCache) first.get().getStatementBuilder();
                    assertThat(cache.counts()[1]).isGreaterThanOrEqualTo(4); // the count's statement used again
                }
            } catch (Throwable e) {
                failed.set(e);
            }
        }));
        t.start();
        t.join(30_000);
        assertThat(failed.get()).isNull();
        if (db.dialect() == Dialect.SQLITE) {
            assertThat(first.get().isClosed()).isTrue(); // closed as its thread ended
            assertThat(handles.open()).isZero();
        } else {
            assertThat(handles.open()).isZero(); // never kept
        }
    }

    @Test
    void aCallThatThrowsClosesTheHandleAndTheNextOpensAnother() {
        Handle before = handles.with(h -> h);
        assertThatThrownBy(() -> handles.with(h -> h.createQuery("select nothing from nowhere").mapTo(Long.class).one()))
                .isInstanceOf(RuntimeException.class);
        Handle after = handles.with(h -> h);
        assertThat(before.isClosed()).isTrue();
        assertThat(after).isNotSameAs(before);
        assertThat(count()).isZero();
        handles.close();
        assertThat(handles.open()).isZero();
        assertThat(count()).isZero(); // a call after close opens another
    }
}
