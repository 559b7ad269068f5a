package zhaoshang.ledger;

import org.jdbi.v3.core.Handle;

/**
 * A SqlObject attached to a handle once and reused while the same thread keeps using that handle (the handle of a
 * unit of work serves every ledger call of one message). Attaching builds a proxy and warms each method's statement
 * handler, which cost about a sixth of the inbound worker's time when it was done on every call (measured by
 * bench.FullPathBenchmark). One handle per thread is remembered, so nothing piles up.
 */
final class Attached<T> {

    private final Class<T> type;
    private final ThreadLocal<Object[]> last = new ThreadLocal<>();

    Attached(Class<T> type) {
        this.type = type;
    }

    @SuppressWarnings("unchecked")
    T on(Handle h) {
        Object[] l = last.get();
        if (l != null && l[0] == h && !h.isClosed()) return (T) l[1];
        T attached = h.attach(type);
        last.set(new Object[] {h, attached});
        return attached;
    }
}
