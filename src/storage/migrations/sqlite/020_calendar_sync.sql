-- Calendar sync (docs/calendar-sync.md): each user's calendar accounts, the
-- stores and kinds each one follows, and one row of desired state per (account,
-- appointment or work order). A change to an appointment or an order raises the
-- row's wanted version in the same transaction (the triggers below, so every
-- writer counts: the desktop, samsctl, the web shop); the worker pushes until
-- the pushed version catches up. Phone numbers reach third-party calendars only
-- where the store allows it (store_notify.calendar_phones).
CREATE TABLE calendar_accounts (
    id           INTEGER PRIMARY KEY,
    user_login   TEXT NOT NULL,
    provider     TEXT NOT NULL CHECK (provider IN ('caldav', 'google', 'outlook')),
    account_url  TEXT NOT NULL DEFAULT '',
    login        TEXT NOT NULL DEFAULT '',
    calendar_ref TEXT NOT NULL DEFAULT '',
    label        TEXT NOT NULL DEFAULT '',
    audience     TEXT NOT NULL DEFAULT 'staff' CHECK (audience IN ('staff', 'manager')),
    kinds        TEXT NOT NULL DEFAULT 'appointments' CHECK (kinds IN ('appointments', 'orders', 'appointments,orders')),
    state        TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'needs_signin', 'disconnected')),
    last_error   TEXT NOT NULL DEFAULT '',
    seen_at      INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE TABLE calendar_account_stores (
    account_id INTEGER NOT NULL REFERENCES calendar_accounts(id) ON DELETE CASCADE,
    store_id   INTEGER NOT NULL REFERENCES stores(id),
    PRIMARY KEY (account_id, store_id)
);
CREATE INDEX calendar_account_stores_by_store ON calendar_account_stores (store_id);
CREATE TABLE calendar_events (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES calendar_accounts(id) ON DELETE CASCADE,
    entity          TEXT NOT NULL CHECK (entity IN ('appointment', 'work_order')),
    entity_id       INTEGER NOT NULL,
    store_id        INTEGER REFERENCES stores(id),
    generation      INTEGER NOT NULL DEFAULT 1,
    wanted_version  INTEGER NOT NULL DEFAULT 1,
    pushed_version  INTEGER NOT NULL DEFAULT 0,
    present         INTEGER NOT NULL DEFAULT 0,
    remote_id       TEXT NOT NULL DEFAULT '',
    etag            TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'pushing', 'synced', 'retrying', 'needs_signin', 'removed', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    claim_token     TEXT NOT NULL DEFAULT '',
    lease_until     INTEGER,
    claimed_version INTEGER NOT NULL DEFAULT 0,
    handed_at       INTEGER,
    pushed_at       INTEGER,
    UNIQUE (account_id, entity, entity_id)
);
CREATE INDEX calendar_events_due ON calendar_events (state, next_attempt_at);
CREATE INDEX calendar_events_by_entity ON calendar_events (entity, entity_id);
ALTER TABLE store_notify ADD COLUMN calendar_phones INTEGER NOT NULL DEFAULT 1 CHECK (calendar_phones IN (0, 1));

-- A change wakes every row about the record: a settled or dead row is pending
-- again (a dead one gets a fresh start), a row in backoff keeps its wait, one
-- removed by the user stays removed. Accounts that follow the record's store
-- and kind get a row if they had none. (A statement inside a trigger ends
-- mid-line: the migrator splits a script at a semicolon that ends a line.)
CREATE TRIGGER calendar_appointment_inserted AFTER INSERT ON appointments WHEN NEW.status <> 'cancelled' BEGIN
    INSERT INTO calendar_events (account_id, entity, entity_id, store_id)
        SELECT s.account_id, 'appointment', NEW.id, s.store_id FROM calendar_account_stores s
        JOIN calendar_accounts a ON a.id = s.account_id
        WHERE s.store_id = (SELECT c.store_id FROM chairs c WHERE c.id = NEW.chair_id)
          AND a.kinds LIKE '%appointments%' AND a.state <> 'disconnected'
        ON CONFLICT (account_id, entity, entity_id) DO NOTHING; END;
CREATE TRIGGER calendar_appointment_changed AFTER UPDATE ON appointments
WHEN NEW.version IS NOT OLD.version OR NEW.status IS NOT OLD.status OR NEW.chair_id IS NOT OLD.chair_id
  OR NEW.starts_at IS NOT OLD.starts_at OR NEW.ends_at IS NOT OLD.ends_at BEGIN
    UPDATE calendar_events SET wanted_version = wanted_version + 1,
        state = CASE WHEN state IN ('synced', 'dead') THEN 'pending' ELSE state END,
        attempts = CASE WHEN state = 'dead' THEN 0 ELSE attempts END
        WHERE entity = 'appointment' AND entity_id = NEW.id; INSERT INTO calendar_events (account_id, entity, entity_id, store_id)
        SELECT s.account_id, 'appointment', NEW.id, s.store_id FROM calendar_account_stores s
        JOIN calendar_accounts a ON a.id = s.account_id
        WHERE NEW.status <> 'cancelled' AND s.store_id = (SELECT c.store_id FROM chairs c WHERE c.id = NEW.chair_id)
          AND a.kinds LIKE '%appointments%' AND a.state <> 'disconnected'
        ON CONFLICT (account_id, entity, entity_id) DO NOTHING; END;
CREATE TRIGGER calendar_order_inserted AFTER INSERT ON work_orders WHEN NEW.status <> 'cancelled' AND NEW.due_date IS NOT NULL BEGIN
    INSERT INTO calendar_events (account_id, entity, entity_id, store_id)
        SELECT s.account_id, 'work_order', NEW.id, s.store_id FROM calendar_account_stores s
        JOIN calendar_accounts a ON a.id = s.account_id
        WHERE s.store_id = NEW.store_id AND a.kinds LIKE '%orders%' AND a.state <> 'disconnected'
        ON CONFLICT (account_id, entity, entity_id) DO NOTHING; END;
CREATE TRIGGER calendar_order_changed AFTER UPDATE ON work_orders
WHEN NEW.version IS NOT OLD.version OR NEW.status IS NOT OLD.status OR NEW.due_date IS NOT OLD.due_date BEGIN
    UPDATE calendar_events SET wanted_version = wanted_version + 1,
        state = CASE WHEN state IN ('synced', 'dead') THEN 'pending' ELSE state END,
        attempts = CASE WHEN state = 'dead' THEN 0 ELSE attempts END
        WHERE entity = 'work_order' AND entity_id = NEW.id; INSERT INTO calendar_events (account_id, entity, entity_id, store_id)
        SELECT s.account_id, 'work_order', NEW.id, s.store_id FROM calendar_account_stores s
        JOIN calendar_accounts a ON a.id = s.account_id
        WHERE NEW.status <> 'cancelled' AND NEW.due_date IS NOT NULL AND s.store_id = NEW.store_id
          AND a.kinds LIKE '%orders%' AND a.state <> 'disconnected'
        ON CONFLICT (account_id, entity, entity_id) DO NOTHING; END;
-- Whether phone numbers show changes what the store's events say: pushed again.
CREATE TRIGGER calendar_phones_inserted AFTER INSERT ON store_notify WHEN NEW.calendar_phones = 0 BEGIN
    UPDATE calendar_events SET wanted_version = wanted_version + 1, state = CASE WHEN state IN ('synced', 'dead') THEN 'pending' ELSE state END WHERE store_id = NEW.store_id; END;
CREATE TRIGGER calendar_phones_changed AFTER UPDATE OF calendar_phones ON store_notify WHEN NEW.calendar_phones IS NOT OLD.calendar_phones BEGIN
    UPDATE calendar_events SET wanted_version = wanted_version + 1, state = CASE WHEN state IN ('synced', 'dead') THEN 'pending' ELSE state END WHERE store_id = NEW.store_id; END;
