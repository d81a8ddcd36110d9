-- The rescheduling worklist's "customer contacted" mark (docs/manager-guide.md,
-- Worklist). It holds while the appointment stays at contacted_version: a later
-- change to the appointment that leaves it displaced puts it back on the list.
ALTER TABLE appointments ADD COLUMN contact_note TEXT NOT NULL DEFAULT '';
ALTER TABLE appointments ADD COLUMN contacted_at BIGINT;
ALTER TABLE appointments ADD COLUMN contacted_version INTEGER;
