package zhaoshang.outbox;

import java.util.List;

import zhaoshang.chat.Delivery;

/**
 * A message's delivery progress kept with its outbox row: each part a platform delivers is written before the next
 * one goes, so a restart continues with the next part and never re-sends a WeCom response_url reply. The state once
 * the whole message is delivered is written by the sender together with the message's status (one write, not two,
 * for the usual one-part message); {@link #flush()} writes it on its own when the attempt ends otherwise.
 */
final class StoredProgress implements Delivery.Progress {

    private final Outbox outbox;
    private final long id;
    private final Long inboxId;
    private final Delivery.Progress.InMemory now;
    private final int units;
    private List<String> thread;
    private boolean unwritten;

    /** @param units how many units the message has (its blocks; 0 for a file) */
    StoredProgress(Outbox outbox, Outbox.Entry e, int units) {
        this.outbox = outbox;
        this.id = e.id();
        this.inboxId = e.inboxId();
        this.units = units;
        this.now = new Delivery.Progress.InMemory(e.unitsSent(), e.routes(), List.of());
    }

    @Override
    public int unitsSent() {
        return now.unitsSent();
    }

    @Override
    public List<String> routes() {
        return now.routes();
    }

    /** The routes the other answers to the same inbound message used (read once, when first asked). */
    @Override
    public synchronized List<String> threadRoutes() {
        if (thread == null) thread = outbox.threadRoutes(id, inboxId);
        return thread;
    }

    @Override
    public synchronized void sent(int unitsSent, String route) {
        now.sent(unitsSent, route);
        if (now.unitsSent() >= units) {
            unwritten = true;   // the whole message: written with its status
        } else {
            outbox.recordProgress(id, now.unitsSent(), now.routes());
            unwritten = false;
        }
    }

    /** True when the state has changes not yet in the row. */
    synchronized boolean unwritten() {
        return unwritten;
    }

    /** Writes changes not yet in the row (the attempt ended without the message being sent). */
    synchronized void flush() {
        if (unwritten) outbox.recordProgress(id, now.unitsSent(), now.routes());
        unwritten = false;
    }
}
