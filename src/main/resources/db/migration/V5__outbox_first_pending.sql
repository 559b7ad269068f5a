-- The sender looks up the oldest pending message of each conversation on every pass.
CREATE INDEX outbox_first_pending ON outbox (status, platform, conversation_id, id);
