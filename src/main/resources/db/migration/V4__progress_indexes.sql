-- Trip plans and summaries are found by overlap: a trip counts for [from, to] when it departs on or before `to`
-- and returns on or after `from`. The V2 indexes lead with the departure day, so SQLite could only use
-- `depart_date <= to` and walked every earlier trip of the team (two years of them for this month's figure), fetching
-- each row to test the return day. These lead with the return day and carry the departure day and status, so the
-- search starts at `from` and only trips that really overlap are fetched from the table. Asking for the current
-- month or year (what 本月进度 and the reminders do) touches only recent trips.
--
-- The old indexes go: SQLite prefers them for the ORDER BY and would keep the slow plan; nothing else searches
-- trips by departure day (planned visits are found through trip_plan_visit).
DROP INDEX trip_plan_team_date;
DROP INDEX trip_plan_date;
CREATE INDEX trip_plan_team_overlap ON trip_plan (team_id, return_date, depart_date, status);
CREATE INDEX trip_plan_overlap ON trip_plan (return_date, depart_date, status);

DROP INDEX trip_summary_team_date;
DROP INDEX trip_summary_date;
CREATE INDEX trip_summary_team_overlap ON trip_summary (team_id, period_to, period_from, status);
CREATE INDEX trip_summary_overlap ON trip_summary (period_to, period_from, status);
