-- The customer search (docs/search.md): one row per start of a word of the
-- customer's name (the rest of the name from there), one for the e-mail and one
-- for the phone without punctuation, each with the appointment's start so that
-- the newest matches are read from the index alone, and its store for row-level
-- security. A trigger keeps it, so rows written by plain SQL (the web shop,
-- restores) are found too. Keys fold only A-Z (translate, not the locale's
-- lower()) exactly like SQLite's lower(), and compare bytewise (COLLATE "C"), so
-- a prefix is an index range without pg_trgm or text_pattern_ops. Words starting
-- after the 1000th character of a name are not indexed (as on SQLite), and a key
-- keeps its first 200 characters: a btree entry holds at most about 2,700 bytes,
-- and a longer name must never make its appointment's INSERT fail.
CREATE TABLE public.appointment_search (
    kind           SMALLINT NOT NULL CHECK (kind IN (0, 1)), -- 0: name word onward or e-mail; 1: phone digits
    key            TEXT COLLATE "C" NOT NULL,
    store_id       BIGINT NOT NULL,
    starts_at      BIGINT NOT NULL,
    appointment_id BIGINT NOT NULL,
    PRIMARY KEY (kind, key, starts_at, appointment_id)
);
CREATE INDEX appointment_search_by_appointment ON public.appointment_search (appointment_id);
-- The newest appointments first, for a search whose matches are common.
CREATE INDEX appointments_by_start ON public.appointments (starts_at, id);
ALTER TABLE public.appointment_search ENABLE ROW LEVEL SECURITY;
CREATE POLICY appointment_search_by_assignment ON public.appointment_search USING ((SELECT public.sams_sees_every_store()) OR store_id IN (SELECT public.sams_assigned_stores()));
GRANT SELECT ON public.appointment_search TO sams_admin, sams_manager, sams_scheduler, sams_technician;
-- The keys of one appointment row; the backfill below and the trigger share it.
CREATE FUNCTION public.sams_appointment_search_keys(p_name TEXT, p_email TEXT, p_phone TEXT) RETURNS TABLE (kind SMALLINT, key TEXT) LANGUAGE sql IMMUTABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ SELECT 0::smallint, left(substr(w.k, g.n + 1), 200) FROM (SELECT ' ' || translate(p_name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') AS k) w, generate_series(1, least(length(w.k) - 1, 1000)) g(n) WHERE substr(w.k, g.n, 1) = ' ' UNION SELECT 0::smallint, left(translate(p_email, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 200) WHERE p_email <> '' UNION SELECT 1::smallint, left(translate(p_phone, ' -().+/', ''), 200) WHERE translate(p_phone, ' -().+/', '') <> '' $$;
-- Runs as its owner: the roles that write appointments may not write the index
-- table themselves, and only this trigger decides what it holds.
CREATE FUNCTION public.sams_appointment_search_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN IF TG_OP <> 'INSERT' THEN DELETE FROM public.appointment_search WHERE appointment_id = OLD.id; END IF; IF TG_OP = 'DELETE' THEN RETURN NULL; END IF; INSERT INTO public.appointment_search (kind, key, store_id, starts_at, appointment_id) SELECT k.kind, k.key, c.store_id, NEW.starts_at, NEW.id FROM public.sams_appointment_search_keys(NEW.customer_name, NEW.customer_email, NEW.customer_phone) k, public.chairs c WHERE c.id = NEW.chair_id; RETURN NULL; END $$;
REVOKE EXECUTE ON FUNCTION public.sams_appointment_search_keys(TEXT, TEXT, TEXT), public.sams_appointment_search_changed() FROM PUBLIC;
INSERT INTO public.appointment_search (kind, key, store_id, starts_at, appointment_id) SELECT k.kind, k.key, c.store_id, a.starts_at, a.id FROM public.appointments a JOIN public.chairs c ON c.id = a.chair_id, LATERAL public.sams_appointment_search_keys(a.customer_name, a.customer_email, a.customer_phone) k;
CREATE TRIGGER appointments_search AFTER INSERT OR DELETE OR UPDATE OF customer_name, customer_email, customer_phone, starts_at, chair_id ON public.appointments FOR EACH ROW EXECUTE FUNCTION public.sams_appointment_search_changed();
