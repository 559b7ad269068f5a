-- Every inbound message, stored before anything else happens. (platform, msg_id) is the dedupe key.
CREATE TABLE inbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    platform        TEXT    NOT NULL,
    msg_id          TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    sender_id       TEXT    NOT NULL,
    sender_name     TEXT    NOT NULL DEFAULT '',
    text            TEXT    NOT NULL,
    sent_at         TEXT    NOT NULL,
    received_at     TEXT    NOT NULL,
    reply_context   TEXT    NOT NULL DEFAULT '{}',
    status          TEXT    NOT NULL DEFAULT 'received', -- received | handled | failed
    error           TEXT,
    UNIQUE (platform, msg_id)
);
CREATE INDEX inbox_conversation ON inbox (platform, conversation_id, id);
CREATE INDEX inbox_status ON inbox (status);

-- Every outbound message, persisted before it is sent.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    platform        TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    inbox_id        INTEGER REFERENCES inbox (id),
    dedupe_key      TEXT UNIQUE,          -- e.g. a reminder key; NULL for ordinary replies
    type            TEXT    NOT NULL,     -- TEXT | MARKDOWN | FILE | IMAGE
    text            TEXT    NOT NULL,
    title           TEXT,
    file_name       TEXT,
    file_token      TEXT,                 -- stored file for FILE / IMAGE
    mentions        TEXT    NOT NULL DEFAULT '[]',
    reply_context   TEXT    NOT NULL DEFAULT '{}',
    status          TEXT    NOT NULL DEFAULT 'pending', -- pending | sent | failed
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    last_error      TEXT,
    created_at      TEXT    NOT NULL,
    sent_at         TEXT
);
CREATE INDEX outbox_pending ON outbox (status, next_attempt_at);
CREATE INDEX outbox_conversation ON outbox (platform, conversation_id, id);

-- Files the bot sends (xlsx, png), served at an unguessable, expiring URL.
CREATE TABLE stored_file (
    token       TEXT PRIMARY KEY,
    file_name   TEXT NOT NULL,
    path        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
