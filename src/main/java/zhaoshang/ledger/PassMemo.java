package zhaoshang.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jdbi.v3.core.Jdbi;

/**
 * What a reminder pass read from the ledgers, kept for the next pass while the ledgers do not change: every minute
 * the event rules read the changes of the last hour again (and the records they name, and the records of those
 * enterprises), so after a burst of reports each quiet minute read the same thousands of rows for an hour.
 *
 * <p>Every change to a record writes a {@code ledger_history} row in the same transaction, and history rows are never
 * changed or deleted. So while the history's highest id and its number of rows since {@link #anchor} stay the same,
 * nothing in the ledgers changed and what was read is still what a read would give. (The count catches, on
 * PostgreSQL, a transaction that took a lower id but committed after the highest was read.) The stamp is read once at
 * the start of a pass, before anything else: a change committed during the pass changes the next pass's stamp.
 */
final class PassMemo {

    /** Reads answered from memory; cleared whenever the stamp changes. */
    private record Stamp(long maxId, long count) { }

    /** The history rows counted are those after this: an hour before the memo began, so late commits are counted. */
    private Instant anchor;
    private Stamp stamp;
    /** Changes of visits, leads, inspections and signings after {@code changesFrom}, oldest first. */
    private List<Submissions.RecordChange> changes;
    private Instant changesFrom;
    final Map<String, Optional<LedgerEntry<?>>> byNumber = new ConcurrentHashMap<>();
    final Map<String, List<LedgerEntry<?>>> byEnterprise = new ConcurrentHashMap<>();
    /** Period reads (the records of a kind over days, planned visits) by what they asked. */
    final Map<String, List<?>> lists = new ConcurrentHashMap<>();

    /** At most this many reads are remembered; past it the memo starts again. */
    static final int MAX_ENTRIES = 200_000;

    private final ThreadLocal<Boolean> active = new ThreadLocal<>();

    /** True while a pass runs on this thread (see {@link #during}). */
    boolean active() {
        return active.get() != null;
    }

    /**
     * Runs a pass whose ledger reads may be answered from what earlier passes read, when the ledgers did not change
     * since; reads outside a pass (and on other threads) always go to the database.
     */
    synchronized <T> T during(Jdbi jdbi, Instant now, java.util.function.Supplier<T> pass) {
        if (active()) return pass.get();
        if (anchor == null) anchor = now.minusSeconds(3600);
        Stamp current = jdbi.withHandle(h -> h.createQuery(
                        "SELECT coalesce(max(id), 0) AS m, count(*) AS c FROM ledger_history WHERE at > :a")
                .bind("a", UtcText.format(anchor))
                .map((rs, c) -> new Stamp(rs.getLong("m"), rs.getLong("c"))).one());
        if (!current.equals(stamp) || byNumber.size() + byEnterprise.size() + lists.size() > MAX_ENTRIES) {
            clear();
            anchor = now.minusSeconds(3600);
            // counted again from the new anchor, so that the next pass compares like with like
            current = jdbi.withHandle(h -> h.createQuery(
                            "SELECT coalesce(max(id), 0) AS m, count(*) AS c FROM ledger_history WHERE at > :a")
                    .bind("a", UtcText.format(anchor))
                    .map((rs, c) -> new Stamp(rs.getLong("m"), rs.getLong("c"))).one());
        }
        stamp = current;
        active.set(Boolean.TRUE);
        try {
            return pass.get();
        } catch (RuntimeException e) {
            clear(); // whatever a failed pass read is not trusted
            stamp = null;
            throw e;
        } finally {
            active.remove();
        }
    }

    private void clear() {
        changes = null;
        changesFrom = null;
        byNumber.clear();
        byEnterprise.clear();
        lists.clear();
    }

    /** The changes in (from, to] if the memo holds all changes after {@code from}; null otherwise. */
    List<Submissions.RecordChange> changes(Instant from, Instant to) {
        if (changes == null || from.isBefore(changesFrom)) return null;
        return changes.stream().filter(c -> c.at().isAfter(from) && !c.at().isAfter(to)).toList();
    }

    /** Remembers every change after {@code from} (all of them, later ones included). */
    void changes(Instant from, List<Submissions.RecordChange> all) {
        changes = List.copyOf(all);
        changesFrom = from;
    }
}
