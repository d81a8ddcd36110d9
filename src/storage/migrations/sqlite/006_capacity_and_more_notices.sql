-- Seats stay within the store's capacity, whoever writes; the one-day limit holds
-- for updates too; and every change to what decides slots reaches the change log.
CREATE TRIGGER appointments_seat_within_capacity_insert BEFORE INSERT ON appointments
BEGIN SELECT RAISE(ABORT, 'sams: slot taken') WHERE NEW.seat >= (SELECT s.capacity FROM chairs c JOIN stores s ON s.id = c.store_id WHERE c.id = NEW.chair_id); END;
CREATE TRIGGER appointments_seat_within_capacity_update BEFORE UPDATE OF seat, chair_id ON appointments
BEGIN SELECT RAISE(ABORT, 'sams: slot taken') WHERE NEW.seat >= (SELECT s.capacity FROM chairs c JOIN stores s ON s.id = c.store_id WHERE c.id = NEW.chair_id); END;
CREATE TRIGGER appointments_within_a_day_update BEFORE UPDATE OF starts_at, ends_at ON appointments WHEN NEW.ends_at - NEW.starts_at > 86400
BEGIN SELECT RAISE(ABORT, 'an appointment lasts at most a day'); END;

CREATE TRIGGER locks_changed_update AFTER UPDATE ON locks
BEGIN INSERT INTO change_log (store_id, chair_id, from_at, to_at, entity) VALUES (NEW.store_id, NEW.chair_id, MIN(OLD.starts_at, NEW.starts_at), MAX(OLD.ends_at, NEW.ends_at), 'lock'); END;
CREATE TRIGGER stores_added AFTER INSERT ON stores
BEGIN INSERT INTO change_log (store_id, entity) VALUES (NEW.id, 'store'); END;
CREATE TRIGGER chairs_added AFTER INSERT ON chairs
BEGIN INSERT INTO change_log (store_id, chair_id, entity) VALUES (NEW.store_id, NEW.id, 'chair'); END;
CREATE TRIGGER hours_removed AFTER DELETE ON hours_versions
BEGIN INSERT INTO change_log (store_id, chair_id, entity) VALUES (OLD.store_id, OLD.chair_id, 'hours'); END;
CREATE TRIGGER hours_intervals_changed AFTER INSERT ON hours_intervals
BEGIN INSERT INTO change_log (store_id, entity) SELECT v.store_id, 'hours' FROM hours_versions v WHERE v.id = NEW.hours_version_id; END;
CREATE TRIGGER exceptions_removed AFTER DELETE ON date_exceptions
BEGIN INSERT INTO change_log (store_id, chair_id, entity) VALUES (OLD.store_id, OLD.chair_id, 'exception'); END;
CREATE TRIGGER exception_intervals_changed AFTER INSERT ON exception_intervals
BEGIN INSERT INTO change_log (store_id, entity) SELECT e.store_id, 'exception' FROM date_exceptions e WHERE e.id = NEW.exception_id; END;
CREATE TRIGGER zip_codes_added AFTER INSERT ON zip_codes
BEGIN INSERT INTO change_log (store_id, entity) VALUES (NEW.store_id, 'zipcode'); END;
CREATE TRIGGER zip_codes_changed AFTER UPDATE ON zip_codes
BEGIN INSERT INTO change_log (store_id, entity) VALUES (NEW.store_id, 'zipcode'); END;
