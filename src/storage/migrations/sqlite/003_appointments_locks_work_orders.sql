-- Bookings, blockouts, work orders and the append-only history.
-- Instants are UTC seconds since the epoch; ranges are half-open [starts_at, ends_at).
CREATE TABLE locks (
    id         INTEGER PRIMARY KEY,
    store_id   INTEGER NOT NULL REFERENCES stores(id),
    chair_id   INTEGER REFERENCES chairs(id),
    starts_at  INTEGER NOT NULL,
    ends_at    INTEGER NOT NULL,
    reason     TEXT NOT NULL,
    created_by TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    CHECK (starts_at < ends_at)
);
CREATE INDEX locks_by_store_time ON locks (store_id, starts_at);

CREATE TABLE appointments (
    id              INTEGER PRIMARY KEY,
    chair_id        INTEGER NOT NULL REFERENCES chairs(id),
    starts_at       INTEGER NOT NULL,
    ends_at         INTEGER NOT NULL,
    slot_count      INTEGER NOT NULL CHECK (slot_count >= 1),
    customer_name   TEXT NOT NULL,
    customer_phone  TEXT NOT NULL DEFAULT '',
    customer_email  TEXT NOT NULL DEFAULT '',
    customer_zip    TEXT NOT NULL DEFAULT '',
    service         TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL CHECK (status IN
                        ('pending', 'confirmed', 'checked_in', 'completed', 'cancelled', 'no_show')),
    channel         TEXT NOT NULL CHECK (channel IN ('staff', 'phone', 'web')),
    notes           TEXT NOT NULL DEFAULT '',
    internal_notes  TEXT NOT NULL DEFAULT '',
    override_reason TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1,
    CHECK (starts_at < ends_at)
);
CREATE INDEX appointments_by_chair_time ON appointments (chair_id, starts_at);

CREATE TABLE work_orders (
    id               INTEGER PRIMARY KEY,
    store_id         INTEGER NOT NULL REFERENCES stores(id),
    appointment_id   INTEGER REFERENCES appointments(id),
    title            TEXT NOT NULL,
    details          TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL CHECK (status IN ('pending', 'in_progress', 'completed', 'cancelled')),
    due_date         TEXT,
    due_slot         TEXT NOT NULL DEFAULT '' CHECK (due_slot IN ('', 'MORNING', 'AFTERNOON', 'EVENING', 'EXACT')),
    due_minute       INTEGER,
    original_date    TEXT,
    reschedule_count INTEGER NOT NULL DEFAULT 0,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX work_orders_by_store_due ON work_orders (store_id, due_date);

CREATE TABLE history (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL,
    before    TEXT,
    after     TEXT,
    reason    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX history_by_entity ON history (entity, entity_id);
-- History is append-only, even for hand-written SQL.
CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
