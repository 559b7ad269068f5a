-- The roster as changed by chat, layered over bot-config (the YAML files are the seed; a row here wins over the
-- entry of the same id there). Instants are ISO-8601 UTC text. Roles are stored by their bot-config label
-- (组员 / 组长 / 投资促进部 / 领导).

-- A member as the chat made them: added, moved, made 组长 or removed (removed = 1 keeps the name for old records).
-- platform_ids is a JSON object {"dingtalk": "...", "wecom": "...", "local": "..."}.
CREATE TABLE roster_member (
    member_id    TEXT PRIMARY KEY,
    name         TEXT    NOT NULL,
    team_id      TEXT,
    role         TEXT    NOT NULL,
    platform_ids TEXT    NOT NULL DEFAULT '{}',
    removed      INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    updated_at   TEXT    NOT NULL
);

-- A group connected by chat (本群为第二工作组 / 本群为协调群): team_id, or coordination = 1.
CREATE TABLE roster_conversation (
    platform        TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    team_id         TEXT,
    coordination    INTEGER NOT NULL DEFAULT 0 CHECK (coordination IN (0, 1)),
    updated_at      TEXT    NOT NULL,
    PRIMARY KEY (platform, conversation_id)
);

-- Every change of the roster: who (actor), when, what (action), whom (subject), old value → new value. The team
-- before and after let 名单历史 show a team its own changes (a move shows in both teams).
CREATE TABLE roster_change (
    id           ${id},
    changed_at   TEXT    NOT NULL,
    actor_id     TEXT    NOT NULL,
    actor_name   TEXT    NOT NULL,
    action       TEXT    NOT NULL,   -- add | remove | leader | move | connect | approve | reject
    subject_id   TEXT    NOT NULL,   -- member id, or platform:conversation id for a group
    subject_name TEXT    NOT NULL,
    team_before  TEXT,
    team_after   TEXT,
    old_value    TEXT    NOT NULL,
    new_value    TEXT    NOT NULL,
    inbox_id     ${bigint}
);
CREATE INDEX roster_change_team_before ON roster_change (team_before, id);
CREATE INDEX roster_change_team_after ON roster_change (team_after, id);

-- Someone unknown wrote in a team's group: the 组长 and 投资促进部 were asked. The platform id and the display name
-- come from that message; approving makes the member (member_id) at once. One pending request per person.
CREATE TABLE join_request (
    id              ${id},
    platform        TEXT    NOT NULL,
    user_id         TEXT    NOT NULL,
    display_name    TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    team_id         TEXT    NOT NULL,
    inbox_id        ${bigint} NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    requested_at    TEXT    NOT NULL,
    decided_at      TEXT,
    decided_by      TEXT,
    member_id       TEXT
);
CREATE UNIQUE INDEX join_request_pending ON join_request (platform, user_id) WHERE status = 'pending';
CREATE INDEX join_request_user ON join_request (platform, user_id, id);
