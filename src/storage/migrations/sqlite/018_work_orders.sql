-- Work orders as technicians use them (docs/technician-guide.md): the customer
-- they are for, when they were made and reminded, each reschedule in a trail,
-- and an outbox for the messages they cause (docs/outbox.md).
ALTER TABLE work_orders ADD COLUMN customer_name TEXT NOT NULL DEFAULT '';
ALTER TABLE work_orders ADD COLUMN customer_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE work_orders ADD COLUMN customer_email TEXT NOT NULL DEFAULT '';
ALTER TABLE work_orders ADD COLUMN created_at INTEGER;
ALTER TABLE work_orders ADD COLUMN reminded_at INTEGER;
-- A retried "add" (an answer lost on the way back) finds the order it made.
ALTER TABLE work_orders ADD COLUMN request_key TEXT;
CREATE UNIQUE INDEX work_orders_request_key ON work_orders (request_key);
-- The due-today panel reads a store's open orders up to today (and walk-ins).
CREATE INDEX work_orders_open ON work_orders (store_id, due_date) WHERE status IN ('pending', 'in_progress');
CREATE INDEX work_orders_by_appointment ON work_orders (appointment_id) WHERE appointment_id IS NOT NULL;
CREATE TABLE work_order_reschedules (
    id            INTEGER PRIMARY KEY,
    work_order_id INTEGER NOT NULL REFERENCES work_orders(id),
    count         INTEGER NOT NULL,
    from_date     TEXT,
    from_slot     TEXT NOT NULL DEFAULT '',
    from_minute   INTEGER,
    to_date       TEXT NOT NULL,
    to_slot       TEXT NOT NULL,
    to_minute     INTEGER,
    reason        TEXT NOT NULL,
    actor         TEXT NOT NULL,
    at            INTEGER NOT NULL,
    UNIQUE (work_order_id, count)
);
-- When the technicians' daily reminder of tomorrow's orders is made: store-local
-- minute of the day (14:00 unless a manager changes it).
ALTER TABLE stores ADD COLUMN order_reminder_minute INTEGER NOT NULL DEFAULT 840 CHECK (order_reminder_minute BETWEEN 0 AND 1439);
-- One row per message, made in the transaction of the change that causes it;
-- dedup_key makes a message that several writers produce at once one row.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    dedup_key       TEXT NOT NULL UNIQUE,
    store_id        INTEGER REFERENCES stores(id),
    kind            TEXT NOT NULL,
    entity          TEXT NOT NULL DEFAULT '',
    entity_id       INTEGER,
    entity_version  INTEGER,
    channel         TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'retrying', 'dead', 'superseded', 'unknown')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL
);
CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_entity ON outbox (entity, entity_id);
-- Live notices: the due-today panel and the grid's order markers follow other desktops.
CREATE TRIGGER work_orders_changed_insert AFTER INSERT ON work_orders
BEGIN INSERT INTO change_log (store_id, entity) VALUES (NEW.store_id, 'work_order'); END;
CREATE TRIGGER work_orders_changed_update AFTER UPDATE ON work_orders
BEGIN INSERT INTO change_log (store_id, entity) VALUES (NEW.store_id, 'work_order'); END;
