-- A team's records of a day in number (id) order, for the likely-duplicate check that runs at every record: it reads
-- another member's records of the day only up to the first of the same enterprise. The covering indexes of V10_1
-- hold a day's records in reporter (or amount) order, so the check sorted the team's whole day into a temporary
-- B-tree for every record recorded (a quarter of the inbound worker's SQLite time in FullPathBenchmark); with these
-- it reads the day in order and stops at the first found.
CREATE INDEX visit_team_day ON visit (team_id, date, status, id);
CREATE INDEX lead_team_day ON lead (team_id, date, status, id);
CREATE INDEX inspection_team_day ON inspection (team_id, date, status, id);
CREATE INDEX signing_team_day ON signing (team_id, date, status, id);
