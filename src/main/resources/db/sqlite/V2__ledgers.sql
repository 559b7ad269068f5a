-- The four ledgers of the work plan plus trip plans and trip summaries, one table per kind, and their history.
--
-- Every record table shares the same bookkeeping columns:
--   id               row id (what links and history point to)
--   seq              per-kind visible number: seq 42 of visit is shown as #V-0042 (4 digits, grows past 9999)
--   number           the visible number as text, e.g. '#V-0042'
--   team_id          team id from bot-config (e.g. 'team1')
--   reporter_id      member id from bot-config (e.g. 'm-wang')
--   inbox_id         the chat message the record came from
--   created_at, updated_at   ISO-8601 instants in UTC, fixed width (uuuu-MM-ddTHH:mm:ss.SSSSSSZ)
--   status           active | withdrawn (withdrawn rows are kept, with who, when and why)
--   enterprise_key   normalised enterprise name (EnterpriseName.normalize), NULL for trip kinds
-- Dates are ISO yyyy-MM-dd text; amounts are INTEGER 元, never floating point.

CREATE TABLE visit (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    seq             INTEGER NOT NULL UNIQUE,
    number          TEXT    NOT NULL UNIQUE,
    team_id         TEXT    NOT NULL,
    reporter_id     TEXT    NOT NULL,
    inbox_id        INTEGER NOT NULL REFERENCES inbox (id),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    withdrawn_at    TEXT,
    withdrawn_by    TEXT,
    withdraw_reason TEXT,
    enterprise_key  TEXT    NOT NULL,
    -- VisitReport
    date            TEXT    NOT NULL,   -- 走访日期
    enterprise      TEXT    NOT NULL,   -- 企业名称
    enterprise_info TEXT,               -- 企业基本情况
    region          TEXT,               -- 所在地区
    industry        TEXT,               -- 产业方向
    contacts        TEXT,               -- 对接人员
    our_people      TEXT,               -- 我方人员
    content         TEXT    NOT NULL,   -- 洽谈内容
    intent          TEXT,               -- 投资意向
    amount_yuan     INTEGER,            -- 拟投资额 (元)
    follow_up       TEXT,               -- 后续建议
    -- derived
    late            INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1))  -- 逾期登记
);
CREATE INDEX visit_team_date ON visit (team_id, date, status);
CREATE INDEX visit_date ON visit (date, status);
CREATE INDEX visit_reporter ON visit (reporter_id, created_at);
CREATE INDEX visit_inbox ON visit (inbox_id);
CREATE INDEX visit_team_enterprise ON visit (team_id, enterprise_key);

CREATE TABLE lead (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    seq             INTEGER NOT NULL UNIQUE,
    number          TEXT    NOT NULL UNIQUE,
    team_id         TEXT    NOT NULL,
    reporter_id     TEXT    NOT NULL,
    inbox_id        INTEGER NOT NULL REFERENCES inbox (id),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    withdrawn_at    TEXT,
    withdrawn_by    TEXT,
    withdraw_reason TEXT,
    enterprise_key  TEXT    NOT NULL,
    -- LeadReport
    date            TEXT    NOT NULL,
    enterprise      TEXT    NOT NULL,   -- 企业名称
    project         TEXT,               -- 项目名称
    industry        TEXT,               -- 产业方向
    amount_yuan     INTEGER,            -- 拟投资额 (元)
    area            TEXT,               -- 意向落地区域
    owner           TEXT,               -- 跟踪责任人
    source          TEXT,               -- 线索来源 as written, e.g. '#V-0012'
    stage           TEXT    NOT NULL CHECK (stage IN ('线索', '洽谈', '签约')),
    next_step       TEXT,               -- 下步计划
    -- derived
    project_key     TEXT,               -- ProjectName.normalize(project)
    visit_id        INTEGER REFERENCES visit (id),    -- the visit this lead came from
    signing_id      INTEGER                           -- the signing it became (signing table is below)
);
CREATE INDEX lead_team_date ON lead (team_id, date, status);
CREATE INDEX lead_date ON lead (date, status);
CREATE INDEX lead_reporter ON lead (reporter_id, created_at);
CREATE INDEX lead_inbox ON lead (inbox_id);
CREATE INDEX lead_team_enterprise ON lead (team_id, enterprise_key);

CREATE TABLE inspection (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    seq             INTEGER NOT NULL UNIQUE,
    number          TEXT    NOT NULL UNIQUE,
    team_id         TEXT    NOT NULL,
    reporter_id     TEXT    NOT NULL,
    inbox_id        INTEGER NOT NULL REFERENCES inbox (id),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    withdrawn_at    TEXT,
    withdrawn_by    TEXT,
    withdraw_reason TEXT,
    enterprise_key  TEXT    NOT NULL,
    -- InspectionReport
    enterprise      TEXT    NOT NULL,   -- 企业名称
    date            TEXT    NOT NULL,   -- 考察日期
    visitors        TEXT,               -- 来访人员
    companions      TEXT,               -- 陪同人员
    itinerary       TEXT,               -- 考察内容/行程
    area            TEXT,               -- 考察区域
    result          TEXT                -- 结果/意向
);
CREATE INDEX inspection_team_date ON inspection (team_id, date, status);
CREATE INDEX inspection_date ON inspection (date, status);
CREATE INDEX inspection_reporter ON inspection (reporter_id, created_at);
CREATE INDEX inspection_inbox ON inspection (inbox_id);
CREATE INDEX inspection_team_enterprise ON inspection (team_id, enterprise_key);

CREATE TABLE signing (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    seq             INTEGER NOT NULL UNIQUE,
    number          TEXT    NOT NULL UNIQUE,
    team_id         TEXT    NOT NULL,
    reporter_id     TEXT    NOT NULL,
    inbox_id        INTEGER NOT NULL REFERENCES inbox (id),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    withdrawn_at    TEXT,
    withdrawn_by    TEXT,
    withdraw_reason TEXT,
    enterprise_key  TEXT    NOT NULL,
    -- SigningReport
    project         TEXT    NOT NULL,   -- 项目名称
    enterprise      TEXT    NOT NULL,   -- 企业名称
    date            TEXT    NOT NULL,   -- 签约日期
    amount_yuan     INTEGER NOT NULL,   -- 投资额 (元)
    industry        TEXT,               -- 产业方向
    area            TEXT,               -- 落地区域
    progress        TEXT    NOT NULL CHECK (progress IN ('签约', '注册', '开工', '投产')),
    issues          TEXT,               -- 存在问题
    owner           TEXT,               -- 责任人
    -- derived
    project_key     TEXT    NOT NULL,   -- ProjectName.normalize(project)
    lead_id         INTEGER REFERENCES lead (id),     -- the lead this signing came from
    landed_on       TEXT                -- local date progress first reached 开工 or later (引进落地); NULL below 开工
);
CREATE INDEX signing_team_date ON signing (team_id, date, status);
CREATE INDEX signing_date ON signing (date, status);
CREATE INDEX signing_reporter ON signing (reporter_id, created_at);
CREATE INDEX signing_inbox ON signing (inbox_id);
CREATE INDEX signing_team_enterprise ON signing (team_id, enterprise_key);
CREATE INDEX signing_team_project ON signing (team_id, project_key);
CREATE INDEX signing_team_landed ON signing (team_id, landed_on, status);
CREATE INDEX signing_landed ON signing (landed_on, status);

CREATE TABLE trip_plan (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    seq             INTEGER NOT NULL UNIQUE,
    number          TEXT    NOT NULL UNIQUE,
    team_id         TEXT    NOT NULL,
    reporter_id     TEXT    NOT NULL,
    inbox_id        INTEGER NOT NULL REFERENCES inbox (id),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    withdrawn_at    TEXT,
    withdrawn_by    TEXT,
    withdraw_reason TEXT,
    enterprise_key  TEXT,               -- unused: a trip has no single enterprise
    -- TripPlanReport (planned visits in trip_plan_visit)
    destination     TEXT    NOT NULL,   -- 目标区域/城市
    depart_date     TEXT    NOT NULL,   -- 出发日期
    return_date     TEXT    NOT NULL,   -- 返回日期
    partners        TEXT,               -- 对接依托单位
    division        TEXT,               -- 人员分工
    route           TEXT                -- 行程路线
);
CREATE INDEX trip_plan_team_date ON trip_plan (team_id, depart_date, status);
CREATE INDEX trip_plan_date ON trip_plan (depart_date, status);
CREATE INDEX trip_plan_reporter ON trip_plan (reporter_id, created_at);
CREATE INDEX trip_plan_inbox ON trip_plan (inbox_id);

CREATE TABLE trip_plan_visit (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    trip_plan_id    INTEGER NOT NULL REFERENCES trip_plan (id),
    position        INTEGER NOT NULL,   -- order in the plan, from 0
    enterprise      TEXT    NOT NULL,
    enterprise_key  TEXT    NOT NULL,
    date            TEXT,               -- planned day, optional
    UNIQUE (trip_plan_id, position)
);
CREATE INDEX trip_plan_visit_date ON trip_plan_visit (date);

CREATE TABLE trip_summary (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    seq             INTEGER NOT NULL UNIQUE,
    number          TEXT    NOT NULL UNIQUE,
    team_id         TEXT    NOT NULL,
    reporter_id     TEXT    NOT NULL,
    inbox_id        INTEGER NOT NULL REFERENCES inbox (id),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    withdrawn_at    TEXT,
    withdrawn_by    TEXT,
    withdraw_reason TEXT,
    enterprise_key  TEXT,               -- unused
    -- TripSummaryReport
    trip            TEXT,               -- 行程 as written
    depart_date     TEXT,
    return_date     TEXT,
    visits          TEXT    NOT NULL,   -- 走访情况
    projects        TEXT,               -- 意向项目
    experience      TEXT,               -- 经验做法
    problems        TEXT,               -- 存在问题
    suggestions     TEXT,               -- 改进建议
    -- derived: the days the summary covers; missing trip dates fall back to the other one, then to the filing day
    period_from     TEXT    NOT NULL,
    period_to       TEXT    NOT NULL
);
CREATE INDEX trip_summary_team_date ON trip_summary (team_id, period_from, status);
CREATE INDEX trip_summary_date ON trip_summary (period_from, status);
CREATE INDEX trip_summary_reporter ON trip_summary (reporter_id, created_at);
CREATE INDEX trip_summary_inbox ON trip_summary (inbox_id);

-- Every change to a record: create, correct (one row per field), withdraw, progress (signing), stage (lead).
CREATE TABLE ledger_history (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL,       -- ReportKind name: VISIT, LEAD, INSPECTION, SIGNING, TRIP_PLAN, TRIP_SUMMARY
    record_id   INTEGER NOT NULL,
    number      TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    actor_id    TEXT    NOT NULL,
    action      TEXT    NOT NULL CHECK (action IN ('create', 'correct', 'withdraw', 'progress', 'stage')),
    field       TEXT,                   -- record component name, e.g. intent; 'status' for withdraw
    old_value   TEXT,
    new_value   TEXT,
    reason      TEXT
);
CREATE INDEX ledger_history_record ON ledger_history (kind, record_id, id);
CREATE INDEX ledger_history_actor ON ledger_history (actor_id, at);
