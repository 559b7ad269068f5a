package zhaoshang.store;

import java.time.Clock;
import java.time.Duration;

import org.jdbi.v3.core.Jdbi;

/**
 * This instance's claims on shared work (V15): inbound messages it handles, outbound messages it sends, work that one
 * instance at a time does (the reminders' evaluation window). A claim is a lease on the wall clock (never the
 * simulator's clock, which may jump): the holder renews its claims while it lives; a claim whose lease ran out
 * belongs to an instance that died, and another takes it over.
 *
 * <p>The instance name is stable across restarts ({@code BOT_INSTANCE_NAME}, by default the host and port), so a
 * restarted instance takes back its own claims at once instead of waiting out its dead run's leases.
 *
 * @param instance this instance's name; null for code that claims nothing (tools, tests)
 * @param lease    how long a claim lasts without renewal
 * @param shared   whether other instances may run on the same database (PostgreSQL); on SQLite they may not
 */
public record Claims(String instance, Duration lease, boolean shared, Clock wall) {

    /** The default lease: an instance that stops renewing for this long counts as dead. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);

    /** Claims nobody holds (tools, tests constructing an inbox or outbox directly); only one instance. */
    public static Claims none() {
        return new Claims(null, DEFAULT_LEASE, false, Clock.systemUTC());
    }

    public static Claims of(String instance, Duration lease, boolean shared) {
        return new Claims(instance, lease, shared, Clock.systemUTC());
    }

    /** The wall clock now, in epoch milliseconds. */
    public long now() {
        return wall.millis();
    }

    /** Until when a claim taken or renewed now lasts. */
    public long until() {
        return now() + lease.toMillis();
    }

    /** How often claims are renewed and dead instances' claims looked for: a quarter of the lease (≥ 1 s). */
    public Duration renewEvery() {
        Duration d = lease.dividedBy(4);
        return d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d;
    }

    /**
     * Runs {@code work} when this instance holds (or now takes) the lease {@code name}: one instance at a time does it.
     * Another instance holding a live lease: skipped, returns false. Only one instance: runs at once.
     */
    public boolean exclusively(Jdbi jdbi, String name, Runnable work) {
        if (!shared) {
            work.run();
            return true;
        }
        long now = now();
        int taken = jdbi.withHandle(h -> h.createUpdate("""
                        insert into work_lease (name, holder, lease_until) values (:n, :me, :until)
                        on conflict (name) do update set holder = excluded.holder, lease_until = excluded.lease_until
                        where work_lease.lease_until < :now or work_lease.holder = excluded.holder""")
                .bind("n", name).bind("me", instance).bind("until", now + lease.toMillis()).bind("now", now)
                .execute());
        if (taken == 0) return false;
        try {
            work.run();
        } finally {
            // released at once: whichever instance comes next does the next window
            jdbi.useHandle(h -> h.createUpdate("update work_lease set lease_until = 0 where name = :n and holder = :me")
                    .bind("n", name).bind("me", instance).execute());
        }
        return true;
    }
}
