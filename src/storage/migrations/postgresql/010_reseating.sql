-- Re-seating (docs/decisions.md, Seats): which seat an appointment sits on is
-- SAMS's bookkeeping, so a booking or move may give overlapping appointments of a
-- chair other seats to make room. Swapping seats row by row meets a same-seat
-- overlap midway, so the no-overlap constraint becomes deferrable: it is still
-- checked at once for every statement (INITIALLY IMMEDIATE), and a writer that
-- re-seats defers it with SET CONSTRAINTS and checks it again before COMMIT.
-- Any writer, the web shop's plain SQL included, is held to it at COMMIT at the
-- latest. The SQLite schema has its own way (a reseating table).
ALTER TABLE public.appointments DROP CONSTRAINT appointments_no_overlap;
ALTER TABLE public.appointments ADD CONSTRAINT appointments_no_overlap
    EXCLUDE USING gist (chair_id WITH =, seat WITH =, int8range(starts_at, ends_at) WITH &&)
    WHERE (status <> 'cancelled') DEFERRABLE INITIALLY IMMEDIATE;
