-- Dated weekly hours for a store or one chair, and one-day exceptions.
-- Times are minutes after local midnight; close may be 1440 (24:00).
CREATE TABLE hours_versions (
    id             INTEGER PRIMARY KEY,
    store_id       INTEGER NOT NULL REFERENCES stores(id),
    chair_id       INTEGER REFERENCES chairs(id),
    effective_from TEXT NOT NULL,
    follows_store  INTEGER NOT NULL DEFAULT 0 CHECK (follows_store IN (0, 1)),
    version        INTEGER NOT NULL DEFAULT 1
);
-- One version per (store, chair, date); chair NULL is the store itself.
CREATE UNIQUE INDEX hours_versions_key ON hours_versions (store_id, IFNULL(chair_id, 0), effective_from);

CREATE TABLE hours_intervals (
    hours_version_id INTEGER NOT NULL REFERENCES hours_versions(id) ON DELETE CASCADE,
    weekday          INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    open_minute      INTEGER NOT NULL CHECK (open_minute BETWEEN 0 AND 1439),
    close_minute     INTEGER NOT NULL CHECK (close_minute BETWEEN 1 AND 1440),
    CHECK (open_minute < close_minute)
);
CREATE INDEX hours_intervals_by_version ON hours_intervals (hours_version_id);

CREATE TABLE date_exceptions (
    id       INTEGER PRIMARY KEY,
    store_id INTEGER NOT NULL REFERENCES stores(id),
    chair_id INTEGER REFERENCES chairs(id),
    date     TEXT NOT NULL,
    reason   TEXT NOT NULL DEFAULT '',
    version  INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX date_exceptions_key ON date_exceptions (store_id, IFNULL(chair_id, 0), date);

-- No rows: closed all day.
CREATE TABLE exception_intervals (
    exception_id INTEGER NOT NULL REFERENCES date_exceptions(id) ON DELETE CASCADE,
    open_minute  INTEGER NOT NULL CHECK (open_minute BETWEEN 0 AND 1439),
    close_minute INTEGER NOT NULL CHECK (close_minute BETWEEN 1 AND 1440),
    CHECK (open_minute < close_minute)
);
CREATE INDEX exception_intervals_by_exception ON exception_intervals (exception_id);
