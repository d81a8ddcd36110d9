-- Fewer round trips to a server that may be a continent away (docs/performance.md).
-- A booking, move or cancel writes its row and its history in one call: history
-- is recorded only through sams_record_history(), which must see the row changed
-- by an earlier statement of the same transaction, so the write and the history
-- run as two statements inside one function. The rules stay in the client
-- (core/BookingRules); these functions only write what was checked, run as the
-- caller (grants and row-level security apply as to a plain INSERT or UPDATE),
-- and the exclusion constraint stays the last word on overlaps.
CREATE FUNCTION public.sams_book_appointment(p_chair BIGINT, p_starts BIGINT, p_ends BIGINT, p_slots INTEGER, p_name TEXT, p_phone TEXT, p_email TEXT, p_zip TEXT, p_service TEXT, p_status TEXT, p_channel TEXT, p_notes TEXT, p_internal TEXT, p_override TEXT, p_seat INTEGER, p_request_key TEXT, p_after TEXT, p_reason TEXT) RETURNS BIGINT LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ DECLARE new_id BIGINT; BEGIN INSERT INTO public.appointments (chair_id, starts_at, ends_at, slot_count, customer_name, customer_phone, customer_email, customer_zip, service, status, channel, notes, internal_notes, override_reason, seat, request_key, version) VALUES (p_chair, p_starts, p_ends, p_slots, p_name, p_phone, p_email, p_zip, p_service, p_status, p_channel, p_notes, p_internal, p_override, p_seat, p_request_key, 1) RETURNING id INTO new_id; PERFORM public.sams_record_history('appointment', new_id, 'book', NULL, p_after, p_reason); RETURN new_id; END $$;
-- 0 when the appointment is no longer at p_version (the caller reports who changed it).
CREATE FUNCTION public.sams_move_appointment(p_id BIGINT, p_version INTEGER, p_chair BIGINT, p_starts BIGINT, p_ends BIGINT, p_seat INTEGER, p_before TEXT, p_after TEXT) RETURNS INTEGER LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN UPDATE public.appointments SET chair_id = p_chair, starts_at = p_starts, ends_at = p_ends, seat = p_seat, override_reason = '', version = version + 1 WHERE id = p_id AND version = p_version; IF NOT FOUND THEN RETURN 0; END IF; PERFORM public.sams_record_history('appointment', p_id, 'move', p_before, p_after, ''); RETURN p_version + 1; END $$;
CREATE FUNCTION public.sams_cancel_appointment(p_id BIGINT, p_version INTEGER, p_before TEXT, p_after TEXT, p_reason TEXT) RETURNS INTEGER LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN UPDATE public.appointments SET status = 'cancelled', version = version + 1 WHERE id = p_id AND version = p_version; IF NOT FOUND THEN RETURN 0; END IF; PERFORM public.sams_record_history('appointment', p_id, 'cancel', p_before, p_after, p_reason); RETURN p_version + 1; END $$;
REVOKE EXECUTE ON FUNCTION public.sams_book_appointment(BIGINT, BIGINT, BIGINT, INTEGER, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, INTEGER, TEXT, TEXT, TEXT), public.sams_move_appointment(BIGINT, INTEGER, BIGINT, BIGINT, BIGINT, INTEGER, TEXT, TEXT), public.sams_cancel_appointment(BIGINT, INTEGER, TEXT, TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.sams_book_appointment(BIGINT, BIGINT, BIGINT, INTEGER, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, INTEGER, TEXT, TEXT, TEXT), public.sams_move_appointment(BIGINT, INTEGER, BIGINT, BIGINT, BIGINT, INTEGER, TEXT, TEXT), public.sams_cancel_appointment(BIGINT, INTEGER, TEXT, TEXT, TEXT) TO sams_admin, sams_manager, sams_scheduler, sams_technician;

-- Every read of a time range looks back only as far as the longest row lasts
-- (core/InputLimits.h): an appointment at most a day (its constraint since
-- migration 004), a lock at most 366 days. The database now refuses longer locks
-- from any writer (SAMS's writers always did): a database holding one written by
-- hand does not upgrade until that lock is shortened or made a chair end date.
ALTER TABLE public.locks ADD CONSTRAINT locks_within_366_days CHECK (ends_at - starts_at <= 31622400);

-- The override's list of locks, bounded the same way: only locks that started at
-- most 366 days before the appointment can still cover it.
CREATE OR REPLACE FUNCTION public.appointments_override_locks() RETURNS trigger LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN IF NEW.override_reason = '' THEN NEW.override_lock_ids := ''; ELSIF NEW.override_lock_ids = '' THEN IF TG_OP = 'UPDATE' THEN IF OLD.override_reason <> '' THEN RETURN NEW; END IF; END IF; NEW.override_lock_ids := COALESCE((SELECT pg_catalog.string_agg(l.id::text, ',' ORDER BY l.id) FROM public.locks l JOIN public.chairs c ON c.id = NEW.chair_id WHERE l.store_id = c.store_id AND (l.chair_id IS NULL OR l.chair_id = NEW.chair_id) AND l.starts_at < NEW.ends_at AND l.starts_at >= NEW.starts_at - 31622400 AND l.ends_at > NEW.starts_at), ''); END IF; RETURN NEW; END $$;

-- Two row triggers a plain booking does not need run only when they have work:
-- seat 0 is within every capacity (capacity >= 1), and a row without an override
-- has no lock list to fill or clear. Each call of a function with a fixed
-- search_path costs a settings change, the largest part of a booking's time on
-- the server (docs/performance.md).
DROP TRIGGER appointments_seat_within_capacity ON public.appointments;
CREATE TRIGGER appointments_seat_within_capacity BEFORE INSERT OR UPDATE OF seat, chair_id ON public.appointments FOR EACH ROW WHEN (NEW.seat > 0) EXECUTE FUNCTION public.appointments_seat_within_capacity();
DROP TRIGGER appointments_override_locks ON public.appointments;
CREATE TRIGGER appointments_override_locks BEFORE INSERT OR UPDATE OF override_reason ON public.appointments FOR EACH ROW WHEN (NEW.override_reason <> '' OR NEW.override_lock_ids <> '') EXECUTE FUNCTION public.appointments_override_locks();

-- A request key names one request; an empty one names none (docs/concurrency.md):
-- a row a plain SQL writer left with '' would answer every booking without a key.
UPDATE public.appointments SET request_key = NULL WHERE request_key = '';
ALTER TABLE public.appointments ADD CONSTRAINT appointments_request_key_not_empty CHECK (request_key <> '');
