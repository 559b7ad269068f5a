-- PostgreSQL version of db/sqlite/V7__storage_probe.sql (same tables, columns and indexes): identity keys for AUTOINCREMENT,
-- BIGINT for INTEGER (amounts in 元 and epoch milliseconds pass 2^31), BYTEA for BLOB.
-- One row written and removed by the health check after a storage failure (full disk): when it can be written
-- again, /healthz turns good by itself.
CREATE TABLE storage_probe (
    id      BIGINT PRIMARY KEY,
    filler  BYTEA NOT NULL
);
