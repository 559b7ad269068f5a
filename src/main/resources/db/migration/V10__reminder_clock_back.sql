-- The clock went back (a clock set ahead — by the simulator or a wrong system time — then corrected): reminders the
-- sent-log recorded for a time that has not come yet by the corrected clock were sent early by a wrong clock. They
-- are moved here (kept for audit) so that they no longer block the same reminder when it really falls due.
CREATE TABLE reminder_sent_voided (
    reminder_key TEXT    NOT NULL,
    rule         TEXT    NOT NULL,
    team_id      TEXT,
    due_at       TEXT    NOT NULL,
    queued_at    TEXT    NOT NULL,
    late         INTEGER NOT NULL DEFAULT 0,
    messages     INTEGER NOT NULL DEFAULT 0,
    voided_at    TEXT    NOT NULL
);
CREATE INDEX reminder_sent_voided_key ON reminder_sent_voided (reminder_key);
