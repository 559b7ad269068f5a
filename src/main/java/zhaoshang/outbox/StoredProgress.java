package zhaoshang.outbox;

import java.util.List;

import zhaoshang.chat.Delivery;

/**
 * A message's delivery progress kept with its outbox row: each part a platform delivers is written before the next
 * one goes, so a restart continues with the next part and never re-sends a WeCom response_url reply.
 */
final class StoredProgress implements Delivery.Progress {

    private final Outbox outbox;
    private final long id;
    private final Long inboxId;
    private final Delivery.Progress.InMemory now;
    private List<String> thread;

    StoredProgress(Outbox outbox, Outbox.Entry e) {
        this.outbox = outbox;
        this.id = e.id();
        this.inboxId = e.inboxId();
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
        outbox.recordProgress(id, now.unitsSent(), now.routes());
    }
}
