-- Re-seating (docs/decisions.md, Seats): which seat an appointment sits on is
-- SAMS's bookkeeping, so a booking or move may give overlapping appointments of a
-- chair other seats to make room. Swapping seats row by row meets a same-seat
-- overlap midway, and SQLite cannot defer a trigger; so while a writer has
-- registered a chair and time span here, an update that changes nothing but the
-- seat of an active appointment inside that span is not checked row by row.
-- Deleting the registration checks the whole span at once and refuses any
-- overlap on one seat. The writer registers and deletes inside its BEGIN
-- IMMEDIATE transaction, so no other connection ever sees a row here; every
-- other change (inserts, times, chairs, statuses) is checked as before.
CREATE TABLE reseating (
    chair_id INTEGER PRIMARY KEY,
    from_at  INTEGER NOT NULL,
    to_at    INTEGER NOT NULL
);
DROP TRIGGER appointments_no_overlap_update;
CREATE TRIGGER appointments_no_overlap_update BEFORE UPDATE OF chair_id, seat, starts_at, ends_at, status ON appointments WHEN NEW.status <> 'cancelled' AND NOT (OLD.status <> 'cancelled' AND NEW.chair_id = OLD.chair_id AND NEW.starts_at = OLD.starts_at AND NEW.ends_at = OLD.ends_at AND EXISTS (SELECT 1 FROM reseating r WHERE r.chair_id = NEW.chair_id AND NEW.starts_at >= r.from_at AND NEW.ends_at <= r.to_at))
BEGIN SELECT RAISE(ABORT, 'sams: slot taken') WHERE EXISTS (SELECT 1 FROM appointments a WHERE a.id <> NEW.id AND a.chair_id = NEW.chair_id AND a.seat = NEW.seat AND a.status <> 'cancelled' AND a.starts_at > NEW.starts_at - 86400 AND a.starts_at < NEW.ends_at AND a.ends_at > NEW.starts_at); END;
CREATE TRIGGER reseating_done AFTER DELETE ON reseating
BEGIN SELECT RAISE(ABORT, 'sams: slot taken') WHERE EXISTS (SELECT 1 FROM appointments a JOIN appointments b ON b.chair_id = a.chair_id AND b.seat = a.seat AND b.id <> a.id AND b.status <> 'cancelled' AND b.starts_at > a.starts_at - 86400 AND b.starts_at < a.ends_at AND b.ends_at > a.starts_at WHERE a.chair_id = OLD.chair_id AND a.status <> 'cancelled' AND a.starts_at >= OLD.from_at AND a.ends_at <= OLD.to_at); END;
