-- One row written and removed by the health check after a storage failure (full disk): when it can be written
-- again, /healthz turns good by itself.
CREATE TABLE storage_probe (
    id      INTEGER PRIMARY KEY,
    filler  BLOB NOT NULL
);
