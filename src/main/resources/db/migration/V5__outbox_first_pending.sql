-- The sender looks up the oldest pending message of each conversation on every pass.
CREATE INDEX outbox_first_pending ON outbox (status, platform, conversation_id, id);
-- The per-robot rate limit looks up the 20th most recent send of a conversation before every attempt.
CREATE INDEX outbox_sent ON outbox (platform, conversation_id, status, sent_at);
