-- PostgreSQL version of db/sqlite/V6__callback_signs.sql (same tables, columns and indexes): identity keys for AUTOINCREMENT,
-- BIGINT for INTEGER (amounts in 元 and epoch milliseconds pass 2^31), BYTEA for BLOB.
-- Signs of platform callbacks and the message each first carried (DingTalk's robot-callback sign covers only its
-- timestamp: the same sign with another message is a replay). Kept until the sign expires; expired rows are purged.
CREATE TABLE callback_sign (
    platform   TEXT    NOT NULL,
    sign       TEXT    NOT NULL,
    msg_id     TEXT    NOT NULL,
    expires_at BIGINT NOT NULL, -- epoch milliseconds
    PRIMARY KEY (platform, sign)
);
CREATE INDEX callback_sign_expiry ON callback_sign (expires_at);
