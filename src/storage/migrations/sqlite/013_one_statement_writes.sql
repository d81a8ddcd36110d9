-- Every read of a time range looks back only as far as the longest row lasts
-- (core/InputLimits.h, docs/performance.md): an appointment at most a day (its
-- triggers since migration 004), a lock at most 366 days. The database now
-- refuses longer locks from any writer (SAMS's writers always did). A file that
-- holds one written by hand does not upgrade (the temporary table's check says
-- why) until that lock is shortened or made a chair end date: reads would not
-- see it. (PostgreSQL's migration 013 also adds the one-statement write
-- functions; SQLite runs in-process, where a statement costs no round trip.)
CREATE TEMP TABLE sams_upgrade_check (found INTEGER CONSTRAINT "a lock lasts more than 366 days: shorten it or give its chair an end date, then open the database again" CHECK (found = 0));
INSERT INTO sams_upgrade_check SELECT COUNT(*) FROM locks WHERE ends_at - starts_at > 31622400;
DROP TABLE sams_upgrade_check;
CREATE TRIGGER locks_within_366_days BEFORE INSERT ON locks WHEN NEW.ends_at - NEW.starts_at > 31622400 BEGIN SELECT RAISE(ABORT, 'a lock lasts at most 366 days'); END;
CREATE TRIGGER locks_within_366_days_update BEFORE UPDATE OF starts_at, ends_at ON locks WHEN NEW.ends_at - NEW.starts_at > 31622400 BEGIN SELECT RAISE(ABORT, 'a lock lasts at most 366 days'); END;
-- The override's list of locks, bounded the same way: only locks that started at
-- most 366 days before the appointment can still cover it.
DROP TRIGGER appointments_override_locks_insert;
DROP TRIGGER appointments_override_locks_given;
CREATE TRIGGER appointments_override_locks_insert AFTER INSERT ON appointments WHEN NEW.override_reason <> '' AND NEW.override_lock_ids = '' BEGIN UPDATE appointments SET override_lock_ids = COALESCE((SELECT group_concat(id, ',') FROM (SELECT l.id FROM locks l JOIN chairs c ON c.id = NEW.chair_id WHERE l.store_id = c.store_id AND (l.chair_id IS NULL OR l.chair_id = NEW.chair_id) AND l.starts_at < NEW.ends_at AND l.starts_at >= NEW.starts_at - 31622400 AND l.ends_at > NEW.starts_at ORDER BY l.id)), '') WHERE id = NEW.id; END;
CREATE TRIGGER appointments_override_locks_given AFTER UPDATE OF override_reason ON appointments WHEN OLD.override_reason = '' AND NEW.override_reason <> '' AND NEW.override_lock_ids = '' BEGIN UPDATE appointments SET override_lock_ids = COALESCE((SELECT group_concat(id, ',') FROM (SELECT l.id FROM locks l JOIN chairs c ON c.id = NEW.chair_id WHERE l.store_id = c.store_id AND (l.chair_id IS NULL OR l.chair_id = NEW.chair_id) AND l.starts_at < NEW.ends_at AND l.starts_at >= NEW.starts_at - 31622400 AND l.ends_at > NEW.starts_at ORDER BY l.id)), '') WHERE id = NEW.id; END;
-- The (chair, start) index carries every column a slot read needs, so the
-- store snapshot reads appointments from the index alone (docs/performance.md):
-- the same index, wider, not a second one.
DROP INDEX appointments_by_chair_time;
CREATE INDEX appointments_by_chair_time ON appointments (chair_id, starts_at, ends_at, status, seat, version, slot_count, override_lock_ids);
-- A request key names one request; an empty one names none (docs/concurrency.md):
-- a row a plain SQL writer left with '' would answer every booking without a key.
UPDATE appointments SET request_key = NULL WHERE request_key = '';
CREATE TRIGGER appointments_request_key_not_empty BEFORE INSERT ON appointments WHEN NEW.request_key = '' BEGIN SELECT RAISE(ABORT, 'a request key is never empty: leave it NULL'); END;
CREATE TRIGGER appointments_request_key_not_empty_update BEFORE UPDATE OF request_key ON appointments WHEN NEW.request_key = '' BEGIN SELECT RAISE(ABORT, 'a request key is never empty: leave it NULL'); END;
