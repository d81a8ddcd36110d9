-- Nothing in the schema runs a user's code with more rights than the user
-- (docs/security.md). Every SAMS function gets a fixed search_path with pg_temp
-- explicitly last: otherwise a temporary table named like one it reads (pg_temp
-- is searched first by default) would replace it. Names inside are qualified too.
-- Trigger functions that write the change log run as the owner, so job roles need
-- no rights on change_log; history is written only through sams_record_history,
-- which takes the actor and time from the server, never from the client.
-- Statements end with ';' at the end of a line (the Migrator splits there), so
-- each function body keeps its semicolons inside a line.

-- Nobody but the schema's owner may add objects to public (PostgreSQL 15's
-- default; older clusters granted it to everyone).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Who may see a store: admins and logins outside the job roles (service
-- accounts, the owner) every store, job roles the stores assigned to them.
-- The policies ask once per query, not per row: a function with its own
-- search_path is not inlined and costs a setting change per call, so each policy
-- wraps sams_sees_every_store() in a sub-select (evaluated once) and looks store
-- ids up in the set sams_assigned_stores() returns (hashed once).
CREATE FUNCTION public.sams_sees_every_store() RETURNS boolean LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ SELECT pg_catalog.pg_has_role(current_user, 'sams_admin', 'member') OR NOT (pg_catalog.pg_has_role(current_user, 'sams_manager', 'member') OR pg_catalog.pg_has_role(current_user, 'sams_scheduler', 'member') OR pg_catalog.pg_has_role(current_user, 'sams_technician', 'member')) $$;
CREATE FUNCTION public.sams_assigned_stores() RETURNS SETOF BIGINT LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ SELECT a.store_id FROM public.store_assignments a WHERE a.role_name = current_user::text $$;
-- The same question for one store and any role: the definer functions below ask
-- it for the login (session_user), as current_user is the owner there.
CREATE FUNCTION public.sams_role_may_see(p_role NAME, p_store BIGINT) RETURNS boolean LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ SELECT pg_catalog.pg_has_role(p_role, 'sams_admin', 'member') OR NOT (pg_catalog.pg_has_role(p_role, 'sams_manager', 'member') OR pg_catalog.pg_has_role(p_role, 'sams_scheduler', 'member') OR pg_catalog.pg_has_role(p_role, 'sams_technician', 'member')) OR EXISTS (SELECT 1 FROM public.store_assignments a WHERE a.store_id = p_store AND a.role_name = p_role::text) $$;
CREATE OR REPLACE FUNCTION public.sams_may_see(p_store BIGINT) RETURNS boolean LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ SELECT public.sams_role_may_see(current_user, p_store) $$;
ALTER POLICY stores_by_assignment ON public.stores USING ((SELECT public.sams_sees_every_store()) OR id IN (SELECT public.sams_assigned_stores()));
ALTER POLICY chairs_by_assignment ON public.chairs USING ((SELECT public.sams_sees_every_store()) OR store_id IN (SELECT public.sams_assigned_stores()));
ALTER POLICY hours_by_assignment ON public.hours_versions USING ((SELECT public.sams_sees_every_store()) OR store_id IN (SELECT public.sams_assigned_stores()));
ALTER POLICY exceptions_by_assignment ON public.date_exceptions USING ((SELECT public.sams_sees_every_store()) OR store_id IN (SELECT public.sams_assigned_stores()));
ALTER POLICY locks_by_assignment ON public.locks USING ((SELECT public.sams_sees_every_store()) OR store_id IN (SELECT public.sams_assigned_stores()));
ALTER POLICY work_orders_by_assignment ON public.work_orders USING ((SELECT public.sams_sees_every_store()) OR store_id IN (SELECT public.sams_assigned_stores()));
ALTER POLICY zip_codes_by_assignment ON public.zip_codes USING ((SELECT public.sams_sees_every_store()) OR store_id IN (SELECT public.sams_assigned_stores()));
ALTER POLICY appointments_by_assignment ON public.appointments USING ((SELECT public.sams_sees_every_store()) OR chair_id IN (SELECT c.id FROM public.chairs c WHERE c.store_id IN (SELECT public.sams_assigned_stores())));

-- The store a history entity belongs to, and the transaction that last wrote its
-- row (xmin). Runs as the caller: row-level security hides other stores' rows.
-- A new kind of history entity must be added here, or its history is refused.
CREATE FUNCTION public.sams_entity_row(p_entity TEXT, p_id BIGINT, OUT store_id BIGINT, OUT row_xmin xid) LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN CASE p_entity WHEN 'appointment' THEN SELECT c.store_id, a.xmin INTO store_id, row_xmin FROM public.appointments a JOIN public.chairs c ON c.id = a.chair_id WHERE a.id = p_id; WHEN 'lock' THEN SELECT l.store_id, l.xmin INTO store_id, row_xmin FROM public.locks l WHERE l.id = p_id; WHEN 'store' THEN SELECT s.id, s.xmin INTO store_id, row_xmin FROM public.stores s WHERE s.id = p_id; WHEN 'chair' THEN SELECT c.store_id, c.xmin INTO store_id, row_xmin FROM public.chairs c WHERE c.id = p_id; WHEN 'work_order' THEN SELECT w.store_id, w.xmin INTO store_id, row_xmin FROM public.work_orders w WHERE w.id = p_id; WHEN 'hours_version' THEN SELECT v.store_id, v.xmin INTO store_id, row_xmin FROM public.hours_versions v WHERE v.id = p_id; WHEN 'date_exception' THEN SELECT e.store_id, e.xmin INTO store_id, row_xmin FROM public.date_exceptions e WHERE e.id = p_id; ELSE NULL; END CASE; END $$;

-- Whether a visible row version was written by this transaction (or one of its
-- savepoints): a visible version whose writer is still in progress can only be
-- our own. xmin is 32 bits; pg_xact_status wants the 64-bit id, whose epoch is
-- taken from this transaction's id (the nearest candidate).
CREATE FUNCTION public.sams_written_here(p_xmin xid) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ DECLARE cur BIGINT := pg_catalog.pg_current_xact_id_if_assigned()::text::bigint; low BIGINT := p_xmin::text::bigint; full_id BIGINT; BEGIN IF cur IS NULL OR low < 3 THEN RETURN false; END IF; full_id := cur - cur % 4294967296 + low; IF full_id > cur + 2147483648 THEN full_id := full_id - 4294967296; ELSIF full_id < cur - 2147483648 THEN full_id := full_id + 4294967296; END IF; RETURN full_id > 2 AND pg_catalog.pg_xact_status(full_id::text::xid8) = 'in progress'; END $$;

-- The change log: one private helper, called only from the trigger functions,
-- which run as the owner. Nobody else may call it.
CREATE OR REPLACE FUNCTION public.sams_log_change(p_store BIGINT, p_chair BIGINT, p_from BIGINT, p_to BIGINT, p_entity TEXT) RETURNS void LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ DECLARE new_id BIGINT; BEGIN INSERT INTO public.change_log (store_id, chair_id, from_at, to_at, entity) VALUES (p_store, p_chair, p_from, p_to, p_entity) RETURNING id INTO new_id; PERFORM pg_catalog.pg_notify('sams_changes', pg_catalog.json_build_object('id', new_id, 'store', p_store, 'chair', p_chair, 'from', p_from, 'to', p_to, 'entity', p_entity)::text); END $$;
CREATE OR REPLACE FUNCTION public.appointments_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ DECLARE r RECORD; BEGIN IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; PERFORM public.sams_log_change((SELECT c.store_id FROM public.chairs c WHERE c.id = r.chair_id), r.chair_id, CASE WHEN TG_OP = 'UPDATE' THEN LEAST(OLD.starts_at, NEW.starts_at) ELSE r.starts_at END, CASE WHEN TG_OP = 'UPDATE' THEN GREATEST(OLD.ends_at, NEW.ends_at) ELSE r.ends_at END, 'appointment'); RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION public.locks_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ DECLARE r RECORD; BEGIN IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; PERFORM public.sams_log_change(r.store_id, r.chair_id, r.starts_at, r.ends_at, 'lock'); RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION public.rules_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN PERFORM public.sams_log_change(NEW.store_id, NULL, NULL, NULL, TG_ARGV[0]); RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION public.rules_removed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN PERFORM public.sams_log_change(OLD.store_id, NULL, NULL, NULL, TG_ARGV[0]); RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION public.store_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN PERFORM public.sams_log_change(NEW.id, NULL, NULL, NULL, 'store'); RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION public.intervals_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN IF TG_TABLE_NAME = 'hours_intervals' THEN PERFORM public.sams_log_change((SELECT v.store_id FROM public.hours_versions v WHERE v.id = NEW.hours_version_id), NULL, NULL, NULL, 'hours'); ELSE PERFORM public.sams_log_change((SELECT e.store_id FROM public.date_exceptions e WHERE e.id = NEW.exception_id), NULL, NULL, NULL, 'exception'); END IF; RETURN NULL; END $$;

-- Checks that run as the writer: they need no more rights than the writer has.
CREATE OR REPLACE FUNCTION public.appointments_seat_within_capacity() RETURNS trigger LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN IF NEW.seat >= (SELECT s.capacity FROM public.chairs c JOIN public.stores s ON s.id = c.store_id WHERE c.id = NEW.chair_id) THEN RAISE EXCEPTION 'sams: slot taken' USING ERRCODE = '23P01'; END IF; RETURN NEW; END $$;
CREATE OR REPLACE FUNCTION public.history_is_append_only() RETURNS trigger LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN RAISE EXCEPTION 'history is append-only'; END $$;

-- History: written only here, for a row the caller changed in this transaction
-- in a store the login may see; the actor is the login and the time the server's
-- (transaction start), so "X cancelled it at ..." cannot be forged.
CREATE FUNCTION public.sams_record_history(p_entity TEXT, p_entity_id BIGINT, p_action TEXT, p_before TEXT, p_after TEXT, p_reason TEXT) RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ DECLARE target RECORD; new_id BIGINT; BEGIN SELECT * INTO target FROM public.sams_entity_row(p_entity, p_entity_id); IF target.store_id IS NULL OR NOT public.sams_role_may_see(session_user, target.store_id) THEN RAISE EXCEPTION 'sams: no % % in your stores to record history for', p_entity, p_entity_id USING ERRCODE = '42501'; END IF; IF NOT public.sams_written_here(target.row_xmin) THEN RAISE EXCEPTION 'sams: history is recorded only for a row changed in the same transaction (% %)', p_entity, p_entity_id USING ERRCODE = '42501'; END IF; INSERT INTO public.history (at, actor, entity, entity_id, action, before, after, reason) VALUES (pg_catalog.floor(EXTRACT(EPOCH FROM pg_catalog.now()))::bigint, session_user, p_entity, p_entity_id, p_action, p_before, p_after, COALESCE(p_reason, '')) RETURNING id INTO new_id; RETURN new_id; END $$;

-- Who last changed a row, for conflict messages: only for rows of the login's stores.
CREATE OR REPLACE FUNCTION public.sams_last_change(p_entity TEXT, p_id BIGINT) RETURNS TABLE (actor TEXT, at BIGINT, action TEXT) LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN IF NOT public.sams_role_may_see(session_user, (public.sams_entity_row(p_entity, p_id)).store_id) THEN RAISE EXCEPTION 'sams: no % % in your stores', p_entity, p_id USING ERRCODE = '42501'; END IF; RETURN QUERY SELECT h.actor, h.at, h.action FROM public.history h WHERE h.entity = p_entity AND h.entity_id = p_id ORDER BY h.id DESC LIMIT 1; END $$;

-- EXECUTE: the two definer functions to the job roles only; trigger functions and
-- the private helpers to nobody (a trigger fires without EXECUTE, but a user with
-- EXECUTE could attach an owner-run trigger function to a table of their own).
-- The functions row-level security calls as the reader (sams_sees_every_store,
-- sams_assigned_stores, sams_entity_row) and sams_may_see, sams_role_may_see stay
-- executable by everyone: they run with the caller's rights.
REVOKE EXECUTE ON FUNCTION public.sams_record_history(TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT), public.sams_last_change(TEXT, BIGINT), public.sams_log_change(BIGINT, BIGINT, BIGINT, BIGINT, TEXT), public.sams_written_here(xid), public.appointments_changed(), public.locks_changed(), public.rules_changed(), public.rules_removed(), public.store_changed(), public.intervals_changed(), public.appointments_seat_within_capacity(), public.history_is_append_only() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.sams_record_history(TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT), public.sams_last_change(TEXT, BIGINT) TO sams_admin, sams_manager, sams_scheduler, sams_technician;

-- Job roles no longer write history or change_log rows themselves.
REVOKE INSERT ON public.history FROM sams_admin, sams_manager, sams_scheduler, sams_technician;
REVOKE INSERT, UPDATE, DELETE ON public.change_log FROM sams_admin, sams_manager, sams_scheduler, sams_technician;
REVOKE USAGE, SELECT, UPDATE ON SEQUENCE public.history_id_seq, public.change_log_id_seq FROM sams_admin, sams_manager, sams_scheduler, sams_technician;

-- Row-level security on both: a user sees the rows of their stores only.
ALTER TABLE public.change_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY change_log_by_assignment ON public.change_log USING ((SELECT public.sams_sees_every_store()) OR store_id IN (SELECT public.sams_assigned_stores()));
ALTER TABLE public.history ENABLE ROW LEVEL SECURITY;
CREATE POLICY history_by_assignment ON public.history USING ((SELECT public.sams_sees_every_store()) OR (public.sams_entity_row(entity, entity_id)).store_id IN (SELECT public.sams_assigned_stores()));
