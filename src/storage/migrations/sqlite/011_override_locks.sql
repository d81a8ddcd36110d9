-- An override covers the locks it was given for, not every lock added later
-- (docs/decisions.md, "Displaced"): override_lock_ids lists their ids ("12,15").
-- The database fills it for every writer (SAMS, the web shop, plain SQL): when an
-- appointment gets an override reason and no list, the list is the locks of its
-- chair (or of its whole store) overlapping it at that moment; when the reason is
-- cleared (a move ends the override), so is the list.
ALTER TABLE appointments ADD COLUMN override_lock_ids TEXT NOT NULL DEFAULT '' CHECK (override_lock_ids NOT GLOB '*[^0-9,]*');

-- Appointments booked with an override before this version: their override is
-- taken to cover every lock overlapping them now. We cannot tell which of those
-- came later, and flagging them all as displaced on upgrade would be the larger
-- surprise; locks added from now on displace them.
UPDATE appointments SET override_lock_ids = COALESCE((SELECT group_concat(id, ',') FROM (SELECT l.id FROM locks l JOIN chairs c ON c.id = appointments.chair_id WHERE l.store_id = c.store_id AND (l.chair_id IS NULL OR l.chair_id = appointments.chair_id) AND l.starts_at < appointments.ends_at AND l.ends_at > appointments.starts_at ORDER BY l.id)), '') WHERE override_reason <> '';

CREATE TRIGGER appointments_override_locks_insert AFTER INSERT ON appointments WHEN NEW.override_reason <> '' AND NEW.override_lock_ids = ''
BEGIN UPDATE appointments SET override_lock_ids = COALESCE((SELECT group_concat(id, ',') FROM (SELECT l.id FROM locks l JOIN chairs c ON c.id = NEW.chair_id WHERE l.store_id = c.store_id AND (l.chair_id IS NULL OR l.chair_id = NEW.chair_id) AND l.starts_at < NEW.ends_at AND l.ends_at > NEW.starts_at ORDER BY l.id)), '') WHERE id = NEW.id; END;
CREATE TRIGGER appointments_override_locks_given AFTER UPDATE OF override_reason ON appointments WHEN OLD.override_reason = '' AND NEW.override_reason <> '' AND NEW.override_lock_ids = ''
BEGIN UPDATE appointments SET override_lock_ids = COALESCE((SELECT group_concat(id, ',') FROM (SELECT l.id FROM locks l JOIN chairs c ON c.id = NEW.chair_id WHERE l.store_id = c.store_id AND (l.chair_id IS NULL OR l.chair_id = NEW.chair_id) AND l.starts_at < NEW.ends_at AND l.ends_at > NEW.starts_at ORDER BY l.id)), '') WHERE id = NEW.id; END;
CREATE TRIGGER appointments_override_locks_cleared AFTER UPDATE OF override_reason ON appointments WHEN NEW.override_reason = '' AND NEW.override_lock_ids <> ''
BEGIN UPDATE appointments SET override_lock_ids = '' WHERE id = NEW.id; END;
