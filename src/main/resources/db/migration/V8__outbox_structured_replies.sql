-- Structured replies and delivery progress, kept with the outbox row (issue 12, issue 16 item 4):
--   content     the message as built (title, blocks, mentions, buttons; JSON) so every route renders it the same way
--   units_sent  how many units of the message are delivered (a split message continues with the next part)
--   routes      the routes this message used, comma-separated (e.g. "wecom.aibot,wecom.webhook"): a WeCom
--               response_url is good for one call, so it must survive a restart
--   warning     what went less well than asked (e.g. people named but not notifiable), for the log and /healthz
ALTER TABLE outbox ADD COLUMN content TEXT;
ALTER TABLE outbox ADD COLUMN units_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN routes TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN warning TEXT;
-- the routes other answers to the same inbound message used
CREATE INDEX outbox_inbox ON outbox (inbox_id);
