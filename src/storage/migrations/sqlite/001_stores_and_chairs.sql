-- Stores, their chairs and zip codes. Dates are ISO 'YYYY-MM-DD' store-local dates.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE stores (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL,
    address            TEXT NOT NULL DEFAULT '',
    timezone           TEXT NOT NULL,
    phone              TEXT NOT NULL DEFAULT '',
    instructions       TEXT NOT NULL DEFAULT '',
    slot_minutes       INTEGER NOT NULL DEFAULT 30 CHECK (slot_minutes BETWEEN 5 AND 480),
    capacity           INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 1),
    horizon_days       INTEGER NOT NULL DEFAULT 18 CHECK (horizon_days >= 0),
    min_notice_minutes INTEGER NOT NULL DEFAULT 0 CHECK (min_notice_minutes >= 0),
    visible_from       TEXT NOT NULL,
    opens_on           TEXT NOT NULL,
    closes_on          TEXT,
    version            INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE chairs (
    id        INTEGER PRIMARY KEY,
    store_id  INTEGER NOT NULL REFERENCES stores(id),
    name      TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on   TEXT,
    version   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (store_id, name),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE zip_codes (
    store_id    INTEGER NOT NULL REFERENCES stores(id),
    zipcode     TEXT NOT NULL,
    active_from TEXT,
    PRIMARY KEY (store_id, zipcode)
);
CREATE INDEX zip_codes_by_code ON zip_codes (zipcode);
