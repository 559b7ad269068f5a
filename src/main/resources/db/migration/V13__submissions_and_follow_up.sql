-- The office's monthly cycle (issue 14): 报送 → 备案/退回 of a team's four ledgers, and one-to-one follow-up.
-- Instants are ISO-8601 UTC text; dates yyyy-MM-dd; months yyyy-MM.

-- One row per snapshot a team submitted (报送) for a month. A snapshot is frozen: the workbook's bytes, their
-- SHA-256, and every record it holds (number → field → value, JSON) so that the next version can list what changed.
--   status     submitted (waiting for 投资促进部) | filed (备案) | returned (退回, with the reason)
--   changes    what changed against the previous version, one line per change (JSON array of text); [] for v1
CREATE TABLE submission (
    id            ${id},
    team_id       TEXT    NOT NULL,
    month         TEXT    NOT NULL,
    version       INTEGER NOT NULL,
    submitted_by  TEXT    NOT NULL,
    submitted_at  TEXT    NOT NULL,
    file_name     TEXT    NOT NULL,
    content       ${blob}    NOT NULL,
    sha256        TEXT    NOT NULL,
    records       TEXT    NOT NULL,
    changes       TEXT    NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'filed', 'returned')),
    decided_by    TEXT,
    decided_at    TEXT,
    reason        TEXT,
    UNIQUE (team_id, month, version)
);
CREATE INDEX submission_submitted_at ON submission (submitted_at);
CREATE INDEX submission_decided_at ON submission (decided_at);
CREATE INDEX submission_month ON submission (month, team_id, version);

-- Members a 组长 named to submit the team's ledgers besides the 组长 (指定报送人).
CREATE TABLE submission_delegate (
    team_id    TEXT NOT NULL,
    member_id  TEXT NOT NULL,
    named_by   TEXT NOT NULL,
    named_at   TEXT NOT NULL,
    PRIMARY KEY (team_id, member_id)
);

-- Reminder rules that react to changes (corrections of a submitted month, 重大意向, two teams and one enterprise)
-- read the history of the last minutes at every evaluation.
CREATE INDEX ledger_history_at ON ledger_history (at);

-- The same enterprise in several teams' ledgers (issue 14 item 6): looked up by enterprise across teams.
CREATE INDEX visit_enterprise ON visit (enterprise_key);
CREATE INDEX lead_enterprise ON lead (enterprise_key);
CREATE INDEX inspection_enterprise ON inspection (enterprise_key);
CREATE INDEX signing_enterprise ON signing (enterprise_key);

-- One-to-one follow-up (issue 14 item 4): what happened to a lead or a signed project after it was recorded.
--   kind      progress (进展) | next (下步, with due_on) | problem (问题) | solved (问题已解决) | leader (申请领导介入)
--   due_on    the 时间节点 of a 下步 (yyyy-MM-dd), else NULL
--   solved_at for a problem: when it was marked solved
CREATE TABLE follow_up (
    id          ${id},
    record_kind TEXT    NOT NULL,       -- ReportKind name: LEAD, SIGNING, VISIT
    record_id   ${bigint} NOT NULL,
    number      TEXT    NOT NULL,
    team_id     TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('progress', 'next', 'problem', 'solved', 'leader')),
    text        TEXT    NOT NULL,
    due_on      TEXT,
    actor_id    TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    solved_at   TEXT,
    solved_by   TEXT
);
CREATE INDEX follow_up_record ON follow_up (record_kind, record_id, id);
CREATE INDEX follow_up_at ON follow_up (at);
CREATE INDEX follow_up_open_problems ON follow_up (kind, solved_at, team_id);
