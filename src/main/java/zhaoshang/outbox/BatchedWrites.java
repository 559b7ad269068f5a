package zhaoshang.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The sending threads' "sent" writes, committed together (group commit): each caller returns once its own write is
 * committed, as with a write of its own, but the writes that arrive while one is being written wait together and
 * then go in one transaction, written by whichever caller gets there first. Up to {@code BOT_SEND_CONCURRENCY}
 * sends end at about the same time, and each would otherwise need a transaction (SQLite's write lock, a commit) and a
 * connection of its own. Should a batch fail as a whole, each of its writes is tried again on its own, so one
 * caller's failure is no one else's (a write may therefore run twice: it must be an idempotent UPDATE).
 */
final class BatchedWrites {

    /** At most this many writes in one transaction. */
    static final int BATCH = 32;

    private static final class Pending {
        final Consumer<Handle> work;
        final Thread waiter = Thread.currentThread();
        RuntimeException failure;
        /** Set once written (or failed), after {@link #failure}; then the waiter is woken. */
        volatile boolean done;

        Pending(Consumer<Handle> work) {
            this.work = work;
        }

        void finish() {
            done = true;
            LockSupport.unpark(waiter);
        }
    }

    private final Jdbi jdbi;
    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    BatchedWrites(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Runs {@code work} in a transaction with the other writes waiting now; returns once it is committed. */
    void write(Consumer<Handle> work) {
        Pending mine = new Pending(work);
        pending.add(mine);
        while (!mine.done) {
            if (writing.tryLock()) {
                try {
                    List<Pending> batch = new ArrayList<>();
                    Pending p;
                    while (batch.size() < BATCH && (p = pending.poll()) != null) batch.add(p);
                    if (!batch.isEmpty()) writeBatch(batch);
                } finally {
                    writing.unlock();
                }
                // what came meanwhile: its caller writes next (its try for the lock failed while this one held it)
                Pending next = pending.peek();
                if (next != null) LockSupport.unpark(next.waiter);
            } else {
                // woken when its write is done, or to write next; the timeout is only a safety net
                LockSupport.parkNanos(this, 50_000_000L);
            }
        }
        if (mine.failure != null) throw mine.failure;
    }

    private void writeBatch(List<Pending> batch) {
        if (batch.size() > 1) {
            try {
                jdbi.useTransaction(h -> {
                    for (Pending p : batch) p.work.accept(h);
                });
                batch.forEach(Pending::finish);
                return;
            } catch (RuntimeException wholeBatch) {
                // nothing of it committed: each on its own below
            }
        }
        for (Pending p : batch) {
            try {
                jdbi.useHandle(h -> p.work.accept(h));
            } catch (RuntimeException e) {
                p.failure = e;
            }
            p.finish();
        }
    }
}
