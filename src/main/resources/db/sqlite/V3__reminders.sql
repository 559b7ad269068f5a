-- Reminders: what was sent (exactly once), where evaluation got to, leaves (请假) and mutes (静音).
-- Instants are ISO-8601 UTC text; dates are yyyy-MM-dd.

-- One row per reminder ever queued. The key is rule + team/member + day/period, e.g.
-- 'dailyVisitCheck:team1:2026-11-25'; it is written in the same transaction as the outbox rows (whose
-- dedupe_key starts with it), so a second tick, a retry, a restart or a second instance cannot send it twice.
CREATE TABLE reminder_sent (
    reminder_key TEXT PRIMARY KEY,
    rule         TEXT    NOT NULL,
    team_id      TEXT,
    due_at       TEXT    NOT NULL,
    queued_at    TEXT    NOT NULL,
    late         INTEGER NOT NULL DEFAULT 0,  -- 1 when sent late after downtime (补发)
    messages     INTEGER NOT NULL DEFAULT 0   -- outbox rows queued for it
);
CREATE INDEX reminder_sent_team ON reminder_sent (team_id, rule);

-- Small key/value state; 'lastEvaluated' is the end of the last evaluated window (catch-up starts there).
CREATE TABLE reminder_state (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- A member's leave: no reminder @-mentions them on these days. 销假 sets cancelled_at.
CREATE TABLE reminder_pause (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id    TEXT NOT NULL,
    from_date    TEXT NOT NULL,
    to_date      TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    cancelled_at TEXT
);
CREATE INDEX reminder_pause_member ON reminder_pause (member_id);

-- A rule muted for a team by its 组长, with the reason. 取消静音 sets cancelled_at.
CREATE TABLE reminder_mute (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id      TEXT NOT NULL,
    rule         TEXT NOT NULL,
    from_date    TEXT NOT NULL,
    to_date      TEXT NOT NULL,
    reason       TEXT NOT NULL,
    member_id    TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    cancelled_at TEXT
);
CREATE INDEX reminder_mute_team ON reminder_mute (team_id);
