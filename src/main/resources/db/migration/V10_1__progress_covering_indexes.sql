-- Covering indexes for the progress counts (zhaoshang.ledger.TallyRows): each aggregate query (visits and leads per
-- team and reporter, distinct inspected enterprises, signings with amount and progress, landed signings over the
-- 亿元 threshold, trip dates) is answered from the index alone, without reading a record row. The date-led indexes
-- serve all teams at once (the coordination group, 排行), the team-led ones a single team. The old indexes they
-- replace had the same leading columns, so the period queries of the ledger use them as before.
DROP INDEX visit_team_date;
CREATE INDEX visit_team_date ON visit (team_id, date, status, reporter_id, late);
DROP INDEX visit_date;
CREATE INDEX visit_date ON visit (date, status, team_id, reporter_id, late);

DROP INDEX lead_team_date;
CREATE INDEX lead_team_date ON lead (team_id, date, status, reporter_id);
DROP INDEX lead_date;
CREATE INDEX lead_date ON lead (date, status, team_id, reporter_id);

DROP INDEX inspection_team_date;
CREATE INDEX inspection_team_date ON inspection (team_id, date, status, enterprise_key);
DROP INDEX inspection_date;
CREATE INDEX inspection_date ON inspection (date, status, team_id, enterprise_key);

DROP INDEX signing_team_date;
CREATE INDEX signing_team_date ON signing (team_id, date, status, amount_yuan, progress);
DROP INDEX signing_date;
CREATE INDEX signing_date ON signing (date, status, team_id, amount_yuan, progress);
DROP INDEX signing_team_landed;
CREATE INDEX signing_team_landed ON signing (team_id, landed_on, status, amount_yuan);
DROP INDEX signing_landed;
CREATE INDEX signing_landed ON signing (landed_on, status, team_id, amount_yuan);

DROP INDEX trip_plan_overlap;
CREATE INDEX trip_plan_overlap ON trip_plan (return_date, depart_date, status, team_id);
DROP INDEX trip_summary_team_overlap;
CREATE INDEX trip_summary_team_overlap ON trip_summary (team_id, period_to, period_from, status, depart_date, return_date);
DROP INDEX trip_summary_overlap;
CREATE INDEX trip_summary_overlap ON trip_summary (period_to, period_from, status, team_id, depart_date, return_date);
