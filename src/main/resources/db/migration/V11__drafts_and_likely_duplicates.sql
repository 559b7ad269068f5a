-- Pending drafts (issue 11): a report the bot read but could not record without asking the member one question
-- (a missing or doubtful field, a name that is no name, the kind). At most one open draft per member per
-- conversation; it is completed from the member's answer there, and expires (expires_at) unanswered.
--   platform, conversation_id   where it was asked (only an answer in the same conversation completes it)
--   member_id                   who reported it (only they can answer it)
--   team_id                     the team it is recorded for
--   inbox_id                    the message that started it
--   kind                        ReportKind name, e.g. 'VISIT'
--   report                      what was read so far (JSON of the report record, fields in doubt left empty)
--   question                    what is asked: a record component (e.g. 'enterprise', 'date') or 'confirm'
--   problem                     the sentence shown for it (why it is asked)
--   status                      open | recorded | cancelled | replaced | expired
--   record_number               the record it became (status recorded)
CREATE TABLE draft (
    id              ${id},
    platform        TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    member_id       TEXT    NOT NULL,
    team_id         TEXT    NOT NULL,
    inbox_id        INTEGER NOT NULL REFERENCES inbox (id),
    kind            TEXT    NOT NULL,
    report          TEXT    NOT NULL,
    question        TEXT    NOT NULL,
    problem         TEXT,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    expires_at      TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'recorded', 'cancelled', 'replaced', 'expired')),
    closed_at       TEXT,
    closed_by_inbox INTEGER,
    record_number   TEXT
);
CREATE INDEX draft_member ON draft (platform, conversation_id, member_id, status);

-- Likely duplicates (issue 11): a record that seems to report what another record of the team already holds (the
-- same enterprise reported by another member for the same day, a signing of the same project). Both records stay;
-- nothing is merged unless a person withdraws one. Shown in the confirmation and in the exported ledgers.
--   number        the later record, e.g. '#V-0043'
--   other_number  the record it seems to repeat, e.g. '#V-0042'
--   reason        same_enterprise_day | same_project
CREATE TABLE likely_duplicate (
    number       TEXT NOT NULL,
    other_number TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (reason IN ('same_enterprise_day', 'same_project')),
    flagged_at   TEXT NOT NULL,
    PRIMARY KEY (number, other_number)
);
CREATE INDEX likely_duplicate_other ON likely_duplicate (other_number);
