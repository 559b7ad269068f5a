-- The queues' indexes hold only the rows the queues look for. The inbox and the outbox are read by status
-- ('received', 'pending', and the outbox's 'sent' for the 20-a-minute limit), and every message moves on once
-- (received → handled, pending → sent): an index led by the status held every row ever stored, so each status change
-- deleted an entry and inserted another one in a B-tree that only grows, and each new row was inserted into the
-- middle of it. Partial indexes (both databases; every query of these rows says the status as a literal, as a partial
-- index needs) hold a waiting row until it moves on: a status change deletes from one small index (and, for the
-- outbox's 'sent', inserts into the index that counts the sends), and the indexes of the waiting rows stay a few pages.
-- Same columns as before, so that every query keeps its plan (EXPLAIN QUERY PLAN unchanged on SQLite).
DROP INDEX inbox_status;
CREATE INDEX inbox_status ON inbox (status) WHERE status = 'received';
DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox (status, next_attempt_at) WHERE status = 'pending';
DROP INDEX outbox_first_pending;
CREATE INDEX outbox_first_pending ON outbox (status, platform, conversation_id, id) WHERE status = 'pending';
DROP INDEX outbox_sent;
CREATE INDEX outbox_sent ON outbox (platform, conversation_id, status, sent_at) WHERE status = 'sent';
-- what outbox_pending found for /healthz's messages that failed for good
CREATE INDEX outbox_failed ON outbox (status) WHERE status = 'failed';

-- The likely-duplicate check (LikelyDuplicates.flag, at every record) reads another member's active records of the
-- team's day in id order up to the first of the same enterprise. V17's (team_id, date, status, id) held neither the
-- reporter nor the enterprise, so each record read, the reporter's own included, was a look-up of its table row. These
-- hold what the check reads: it never reads the table.
DROP INDEX visit_team_day;
CREATE INDEX visit_team_day ON visit (team_id, date, status, id, reporter_id, enterprise_key, number) WHERE status = 'active';
DROP INDEX lead_team_day;
CREATE INDEX lead_team_day ON lead (team_id, date, status, id, reporter_id, enterprise_key, number) WHERE status = 'active';
DROP INDEX inspection_team_day;
CREATE INDEX inspection_team_day ON inspection (team_id, date, status, id, reporter_id, enterprise_key, number)
    WHERE status = 'active';
DROP INDEX signing_team_day;
CREATE INDEX signing_team_day ON signing (team_id, date, status, id, reporter_id, enterprise_key, number)
    WHERE status = 'active';
