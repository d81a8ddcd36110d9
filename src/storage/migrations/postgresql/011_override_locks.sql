-- An override covers the locks it was given for, not every lock added later
-- (docs/decisions.md, "Displaced"): override_lock_ids lists their ids ("12,15").
-- The database fills it for every writer (SAMS, the web shop, plain SQL): when an
-- appointment gets an override reason and no list, the list is the locks of its
-- chair (or of its whole store) overlapping it at that moment; when the reason is
-- cleared (a move ends the override), so is the list. A column of appointments,
-- so the grants and row-level security of appointments cover it, and backups
-- and restores carry it.
ALTER TABLE public.appointments ADD COLUMN override_lock_ids TEXT NOT NULL DEFAULT '' CHECK (override_lock_ids ~ '^[0-9,]*$');

-- Appointments booked with an override before this version: their override is
-- taken to cover every lock overlapping them now. We cannot tell which of those
-- came later, and flagging them all as displaced on upgrade would be the larger
-- surprise; locks added from now on displace them.
UPDATE public.appointments a SET override_lock_ids = COALESCE((SELECT string_agg(l.id::text, ',' ORDER BY l.id) FROM public.locks l JOIN public.chairs c ON c.id = a.chair_id WHERE l.store_id = c.store_id AND (l.chair_id IS NULL OR l.chair_id = a.chair_id) AND l.starts_at < a.ends_at AND l.ends_at > a.starts_at), '') WHERE a.override_reason <> '';

-- Runs as the writer (docs/security.md): it reads only locks of the writer's own
-- stores, which are the only ones an appointment there can overlap.
CREATE FUNCTION public.appointments_override_locks() RETURNS trigger LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN IF NEW.override_reason = '' THEN NEW.override_lock_ids := ''; ELSIF NEW.override_lock_ids = '' THEN IF TG_OP = 'UPDATE' THEN IF OLD.override_reason <> '' THEN RETURN NEW; END IF; END IF; NEW.override_lock_ids := COALESCE((SELECT pg_catalog.string_agg(l.id::text, ',' ORDER BY l.id) FROM public.locks l JOIN public.chairs c ON c.id = NEW.chair_id WHERE l.store_id = c.store_id AND (l.chair_id IS NULL OR l.chair_id = NEW.chair_id) AND l.starts_at < NEW.ends_at AND l.ends_at > NEW.starts_at), ''); END IF; RETURN NEW; END $$;
CREATE TRIGGER appointments_override_locks BEFORE INSERT OR UPDATE OF override_reason ON public.appointments FOR EACH ROW EXECUTE FUNCTION public.appointments_override_locks();
REVOKE EXECUTE ON FUNCTION public.appointments_override_locks() FROM PUBLIC;
