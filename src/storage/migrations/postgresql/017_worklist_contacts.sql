-- The rescheduling worklist's "customer contacted" mark (docs/manager-guide.md,
-- Worklist). It holds while the appointment stays at contacted_version: a later
-- change to the appointment that leaves it displaced puts it back on the list.
ALTER TABLE appointments ADD COLUMN contact_note TEXT NOT NULL DEFAULT '';
ALTER TABLE appointments ADD COLUMN contacted_at BIGINT;
ALTER TABLE appointments ADD COLUMN contacted_version INTEGER;
-- Where a chair's lane is in its store's grid (docs/manager-guide.md, Chairs):
-- lanes go by position, then by id (0 everywhere keeps the order they had).
ALTER TABLE chairs ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
