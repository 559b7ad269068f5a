package zhaoshang.outbox;

import java.util.ArrayList;
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
    private int units;
    private final List<String> routes;
    private List<String> thread;

    StoredProgress(Outbox outbox, Outbox.Entry e) {
        this.outbox = outbox;
        this.id = e.id();
        this.inboxId = e.inboxId();
        this.units = e.unitsSent();
        this.routes = new ArrayList<>(e.routes());
    }

    @Override
    public synchronized int unitsSent() {
        return units;
    }

    @Override
    public synchronized List<String> routes() {
        return List.copyOf(routes);
    }

    @Override
    public synchronized List<String> threadRoutes() {
        if (thread == null) thread = outbox.threadRoutes(id, inboxId);
        return thread;
    }

    @Override
    public synchronized void sent(int unitsSent, String route) {
        units = Math.max(units, unitsSent);
        if (route != null && !routes.contains(route)) routes.add(route);
        outbox.recordProgress(id, units, routes);
    }
}
