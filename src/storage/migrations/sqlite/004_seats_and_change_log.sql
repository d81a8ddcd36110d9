-- No double booking, enforced by the database for every writer (the web shop and
-- hand-written SQL too): active appointments of one chair and seat never overlap.
-- A store with capacity n has seats 0..n-1; capacity 1 uses seat 0 only.
ALTER TABLE appointments ADD COLUMN seat INTEGER NOT NULL DEFAULT 0 CHECK (seat >= 0);
-- An appointment lies within one day's slots, so no overlap search looks back further than a day.
CREATE TRIGGER appointments_within_a_day BEFORE INSERT ON appointments WHEN NEW.ends_at - NEW.starts_at > 86400
BEGIN SELECT RAISE(ABORT, 'an appointment lasts at most a day'); END;
CREATE INDEX appointments_by_chair_seat ON appointments (chair_id, seat, starts_at);
CREATE TRIGGER appointments_no_overlap_insert BEFORE INSERT ON appointments WHEN NEW.status <> 'cancelled'
BEGIN SELECT RAISE(ABORT, 'sams: slot taken') WHERE EXISTS (SELECT 1 FROM appointments a WHERE a.chair_id = NEW.chair_id AND a.seat = NEW.seat AND a.status <> 'cancelled' AND a.starts_at > NEW.starts_at - 86400 AND a.starts_at < NEW.ends_at AND a.ends_at > NEW.starts_at); END;
CREATE TRIGGER appointments_no_overlap_update BEFORE UPDATE OF chair_id, seat, starts_at, ends_at, status ON appointments WHEN NEW.status <> 'cancelled'
BEGIN SELECT RAISE(ABORT, 'sams: slot taken') WHERE EXISTS (SELECT 1 FROM appointments a WHERE a.id <> NEW.id AND a.chair_id = NEW.chair_id AND a.seat = NEW.seat AND a.status <> 'cancelled' AND a.starts_at > NEW.starts_at - 86400 AND a.starts_at < NEW.ends_at AND a.ends_at > NEW.starts_at); END;

-- What changed, for live notices: written by triggers, so any writer is seen.
-- store_id NULL: something chain-wide (re-read everything).
CREATE TABLE change_log (
    id       INTEGER PRIMARY KEY,
    store_id INTEGER,
    chair_id INTEGER,
    from_at  INTEGER,
    to_at    INTEGER,
    entity   TEXT NOT NULL
);
CREATE TRIGGER appointments_changed_insert AFTER INSERT ON appointments
BEGIN INSERT INTO change_log (store_id, chair_id, from_at, to_at, entity) SELECT c.store_id, NEW.chair_id, NEW.starts_at, NEW.ends_at, 'appointment' FROM chairs c WHERE c.id = NEW.chair_id; END;
CREATE TRIGGER appointments_changed_update AFTER UPDATE ON appointments
BEGIN INSERT INTO change_log (store_id, chair_id, from_at, to_at, entity) SELECT c.store_id, NEW.chair_id, MIN(OLD.starts_at, NEW.starts_at), MAX(OLD.ends_at, NEW.ends_at), 'appointment' FROM chairs c WHERE c.id = NEW.chair_id; END;
CREATE TRIGGER appointments_changed_delete AFTER DELETE ON appointments
BEGIN INSERT INTO change_log (store_id, chair_id, from_at, to_at, entity) SELECT c.store_id, OLD.chair_id, OLD.starts_at, OLD.ends_at, 'appointment' FROM chairs c WHERE c.id = OLD.chair_id; END;
CREATE TRIGGER locks_changed_insert AFTER INSERT ON locks
BEGIN INSERT INTO change_log (store_id, chair_id, from_at, to_at, entity) VALUES (NEW.store_id, NEW.chair_id, NEW.starts_at, NEW.ends_at, 'lock'); END;
CREATE TRIGGER locks_changed_delete AFTER DELETE ON locks
BEGIN INSERT INTO change_log (store_id, chair_id, from_at, to_at, entity) VALUES (OLD.store_id, OLD.chair_id, OLD.starts_at, OLD.ends_at, 'lock'); END;
CREATE TRIGGER hours_changed AFTER INSERT ON hours_versions
BEGIN INSERT INTO change_log (store_id, chair_id, entity) VALUES (NEW.store_id, NEW.chair_id, 'hours'); END;
CREATE TRIGGER exceptions_changed AFTER INSERT ON date_exceptions
BEGIN INSERT INTO change_log (store_id, chair_id, entity) VALUES (NEW.store_id, NEW.chair_id, 'exception'); END;
CREATE TRIGGER chairs_changed AFTER UPDATE ON chairs
BEGIN INSERT INTO change_log (store_id, chair_id, entity) VALUES (NEW.store_id, NEW.id, 'chair'); END;
CREATE TRIGGER stores_changed AFTER UPDATE ON stores
BEGIN INSERT INTO change_log (store_id, entity) VALUES (NEW.id, 'store'); END;
