-- Signs of platform callbacks and the message each first carried (DingTalk's robot-callback sign covers only its
-- timestamp: the same sign with another message is a replay). Kept until the sign expires; expired rows are purged.
CREATE TABLE callback_sign (
    platform   TEXT    NOT NULL,
    sign       TEXT    NOT NULL,
    msg_id     TEXT    NOT NULL,
    expires_at INTEGER NOT NULL, -- epoch milliseconds
    PRIMARY KEY (platform, sign)
);
CREATE INDEX callback_sign_expiry ON callback_sign (expires_at);
