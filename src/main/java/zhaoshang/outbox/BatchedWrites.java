package zhaoshang.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.store.KeptHandles;

/**
 * The sending threads' "sent" writes, committed together (group commit) by a thread of their own
 * ({@code outbox-sent}): the writes that arrive while one batch is being written (or waits for SQLite's write lock,
 * which the inbound worker holds for a whole group) go together in the next transaction. {@link #writeLater} returns
 * at once and tells its caller when its write is committed, so a sending thread goes on to the next message instead
 * of waiting for the database (before, each of the 8 sending threads waited up to a worker group's 10–40 ms for every
 * reply: in a full-path run at the maximum, 4 in 10 of their samples, and the outbox held most of the replies in
 * flight). Should a batch fail as a whole, each of its writes is tried again on its own, so one caller's failure is
 * no one else's (a write may therefore run twice: it must be an idempotent UPDATE).
 */
final class BatchedWrites {

    private static final Logger LOG = LoggerFactory.getLogger(BatchedWrites.class);

    /** At most this many writes in one transaction. */
    static final int BATCH = 64;

    private record Pending(Consumer<Handle> work, Consumer<RuntimeException> done) { }

    /** The writing thread's handle, kept open with its prepared statement between batches (SQLite). */
    private final KeptHandles handles;
    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
    /** True while a drain is queued or running on {@link #writer}. */
    private final AtomicBoolean draining = new AtomicBoolean();
    /** One thread, ended after a while idle (a quiet outbox keeps none). */
    private final ThreadPoolExecutor writer;

    BatchedWrites(KeptHandles handles) {
        this.handles = handles;
        this.writer = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(handles.closingAtEnd(r), "outbox-sent");
            t.setDaemon(true);
            return t;
        });
        writer.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code work} in a transaction with the other writes waiting now; returns once it is committed. */
    void write(Consumer<Handle> work) {
        Thread me = Thread.currentThread();
        RuntimeException[] failure = new RuntimeException[1];
        AtomicBoolean done = new AtomicBoolean();
        writeLater(work, e -> {
            failure[0] = e;
            done.set(true); // after failure: its write is seen with the flag's
            LockSupport.unpark(me);
        });
        while (!done.get()) LockSupport.parkNanos(this, 50_000_000L);
        if (failure[0] != null) throw failure[0];
    }

    /**
     * Queues {@code work} for the next transaction and returns at once; {@code done} runs on the writing thread once
     * it is committed (with null) or has failed (with the failure). Run on the calling thread, written alone, when the
     * writing thread cannot take it (shutting down).
     */
    void writeLater(Consumer<Handle> work, Consumer<RuntimeException> done) {
        pending.add(new Pending(work, done));
        if (draining.compareAndSet(false, true)) {
            try {
                writer.execute(this::drain);
            } catch (RejectedExecutionException closing) {
                draining.set(false);
                drain();
            }
        }
    }

    private void drain() {
        do {
            List<Pending> batch = new ArrayList<>();
            Pending p;
            while ((p = pending.poll()) != null) {
                batch.add(p);
                if (batch.size() == BATCH) {
                    writeBatch(batch);
                    batch = new ArrayList<>();
                }
            }
            if (!batch.isEmpty()) writeBatch(batch);
            draining.set(false);
            // a write queued after the last poll and before the flag fell found a drain running: written here
        } while (!pending.isEmpty() && draining.compareAndSet(false, true));
    }

    private void writeBatch(List<Pending> batch) {
        if (batch.size() > 1) {
            try {
                handles.with(h -> {
                    h.useTransaction(t -> {
                        for (Pending p : batch) p.work.accept(t);
                    });
                    return null;
                });
                for (Pending p : batch) finish(p, null);
                return;
            } catch (RuntimeException wholeBatch) {
                // nothing of it committed: each on its own below
            }
        }
        for (Pending p : batch) {
            RuntimeException failure = null;
            try {
                handles.with(h -> {
                    p.work.accept(h);
                    return null;
                });
            } catch (RuntimeException e) {
                failure = e;
            }
            finish(p, failure);
        }
    }

    private static void finish(Pending p, RuntimeException failure) {
        try {
            p.done.accept(failure);
        } catch (RuntimeException e) {
            LOG.error("after an outbox write", e);
        }
    }

    /** Waits (up to {@code millis}) until the writes queued so far are written, then lets the writing thread end. */
    void close(long millis) {
        writer.shutdown();
        try {
            writer.awaitTermination(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!pending.isEmpty() && draining.compareAndSet(false, true)) drain(); // queued while shutting down
    }
}
