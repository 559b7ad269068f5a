-- Several instances on one (PostgreSQL) database (issue 15): who is working on an inbound message or sending an
-- outbound one, and until when. A claim is a lease: the holder renews it while it lives (every quarter of the
-- lease); a claim whose claim_until (epoch milliseconds, wall clock) has passed belongs to an instance that died and
-- is taken over by another. On SQLite only one instance runs (the database file's lock), and claims only record it.
ALTER TABLE inbox ADD COLUMN claimed_by TEXT;
ALTER TABLE inbox ADD COLUMN claim_until ${bigint} NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claim_until ${bigint} NOT NULL DEFAULT 0;

-- Work that one instance at a time does, e.g. 'reminders' (each minute's evaluation window), held until lease_until.
CREATE TABLE work_lease (
    name        TEXT PRIMARY KEY,
    holder      TEXT NOT NULL,
    lease_until ${bigint} NOT NULL
);
