-- Delivery of the outbox (docs/notifications.md): a claim with a lease and a
-- fence token, when the attempt handed the message to a server and by which
-- route (a customer's choice may change the channel), when it went, what a
-- message is about (the appointment start a reminder belongs to), and two more
-- ends: missed (a reminder too late to be useful) and cancelled (by staff).
ALTER TABLE public.outbox DROP CONSTRAINT outbox_state_check;
ALTER TABLE public.outbox ADD CONSTRAINT outbox_state_check CHECK (state IN ('queued', 'sending', 'sent', 'retrying', 'dead', 'superseded', 'unknown', 'missed', 'cancelled'));
ALTER TABLE public.outbox ADD COLUMN about_at BIGINT;
ALTER TABLE public.outbox ADD COLUMN claim_token TEXT NOT NULL DEFAULT '';
ALTER TABLE public.outbox ADD COLUMN lease_until BIGINT;
ALTER TABLE public.outbox ADD COLUMN handed_at BIGINT;
ALTER TABLE public.outbox ADD COLUMN route TEXT NOT NULL DEFAULT '';
ALTER TABLE public.outbox ADD COLUMN sent_at BIGINT;

-- Chain-wide delivery settings (SMTP and SMS gateway addresses, never secrets:
-- those live in the system keychain) and this installation's id for UIDs.
CREATE TABLE public.notify_settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO public.notify_settings (name, value) VALUES ('installation', substr(md5(random()::text || clock_timestamp()::text), 1, 16));
CREATE TABLE public.store_notify (
    store_id         BIGINT PRIMARY KEY REFERENCES public.stores(id),
    mail_from        TEXT NOT NULL DEFAULT '',
    sms_from         TEXT NOT NULL DEFAULT '',
    reminder_minutes INTEGER NOT NULL DEFAULT 1440 CHECK (reminder_minutes BETWEEN 0 AND 20160),
    missed_minutes   INTEGER NOT NULL DEFAULT 120 CHECK (missed_minutes BETWEEN 0 AND 20160),
    language         TEXT NOT NULL DEFAULT 'en'
);
CREATE TABLE public.message_templates (
    kind       TEXT NOT NULL,
    language   TEXT NOT NULL,
    subject    TEXT NOT NULL,
    text_body  TEXT NOT NULL,
    html_body  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, language)
);
CREATE TABLE public.contact_preferences (
    contact TEXT PRIMARY KEY,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'none'))
);

-- Everyone reads the settings; admins set the chain's and the wording, managers
-- their stores', staff record a customer's choice. Every job role may deliver
-- the messages of its stores (the desktops run the worker), through the
-- delivery columns only.
GRANT SELECT ON public.notify_settings, public.store_notify, public.message_templates, public.contact_preferences TO sams_admin, sams_manager, sams_scheduler, sams_technician;
GRANT INSERT, UPDATE, DELETE ON public.notify_settings, public.message_templates TO sams_admin;
GRANT INSERT, UPDATE ON public.store_notify TO sams_admin, sams_manager;
GRANT INSERT, UPDATE, DELETE ON public.contact_preferences TO sams_admin, sams_manager, sams_scheduler;
GRANT UPDATE (state, attempts, next_attempt_at, last_error, claim_token, lease_until, handed_at, route, sent_at, subject, body) ON public.outbox TO sams_admin, sams_manager, sams_scheduler, sams_technician;
ALTER TABLE public.store_notify ENABLE ROW LEVEL SECURITY;
CREATE POLICY store_notify_by_assignment ON public.store_notify USING ((SELECT public.sams_sees_every_store()) OR store_id IN (SELECT public.sams_assigned_stores()));

-- A backup restored by the database's owner keeps its rows as they were (the
-- trail's actors, the outbox's states): Backup sets sams.restoring for the copy,
-- and only the owner (or a superuser) is taken at its word.
CREATE FUNCTION public.sams_restoring() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN IF coalesce(current_setting('sams.restoring', true), '') <> 'on' THEN RETURN false; END IF; RETURN pg_has_role(session_user, (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'outbox'), 'MEMBER'); END $$;
CREATE OR REPLACE FUNCTION public.work_order_reschedules_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ DECLARE w RECORD; BEGIN IF public.sams_restoring() THEN RETURN NEW; END IF; SELECT o.xmin AS x, o.reschedule_count AS c, o.store_id AS s INTO w FROM public.work_orders o WHERE o.id = NEW.work_order_id; IF NOT FOUND OR NOT public.sams_role_may_see(session_user, w.s) OR NOT public.sams_written_here(w.x) OR NEW.count <> w.c THEN RAISE EXCEPTION 'sams: a reschedule is recorded only with the change of its order (%)', NEW.work_order_id USING ERRCODE = '42501'; END IF; NEW.actor := session_user; NEW.at := extract(epoch FROM transaction_timestamp())::bigint; RETURN NEW; END $$;

-- Appointments queue their messages too: of the appointment changed in this
-- transaction, to its own address (e-mail) or phone (SMS), about its start, a
-- reminder due no later than the start; their words come from the templates
-- when sent, never from the writer.
CREATE OR REPLACE FUNCTION public.outbox_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ DECLARE ok BOOLEAN := false; BEGIN IF public.sams_restoring() THEN RETURN NEW; END IF; IF NEW.entity = 'work_order' THEN SELECT public.sams_role_may_see(session_user, o.store_id) AND public.sams_written_here(o.xmin) AND NEW.store_id = o.store_id AND NEW.recipient IN (o.customer_email, o.customer_phone) INTO ok FROM public.work_orders o WHERE o.id = NEW.entity_id; ELSIF NEW.entity = 'appointment' THEN SELECT public.sams_role_may_see(session_user, c.store_id) AND public.sams_written_here(a.xmin) AND NEW.store_id = c.store_id AND NEW.kind IN ('appointment_booked', 'appointment_moved', 'appointment_cancelled', 'appointment_reminder') AND ((NEW.channel = 'email' AND NEW.recipient = a.customer_email) OR (NEW.channel = 'sms' AND NEW.recipient = a.customer_phone)) AND NEW.recipient <> '' AND NEW.about_at = a.starts_at AND (NEW.kind <> 'appointment_reminder' OR NEW.next_attempt_at <= a.starts_at) INTO ok FROM public.appointments a JOIN public.chairs c ON c.id = a.chair_id WHERE a.id = NEW.entity_id; NEW.subject := ''; NEW.body := ''; ELSIF NEW.kind = 'order_reminder' THEN SELECT public.sams_role_may_see(session_user, s.id) AND NEW.channel = 'desktop' AND NEW.recipient = 'technicians:' || s.code AND EXISTS (SELECT 1 FROM public.work_orders o WHERE o.store_id = s.id AND public.sams_written_here(o.xmin)) INTO ok FROM public.stores s WHERE s.id = NEW.store_id; END IF; IF NOT coalesce(ok, false) THEN RAISE EXCEPTION 'sams: a message is queued only with the change that causes it (%)', NEW.dedup_key USING ERRCODE = '42501'; END IF; NEW.state := 'queued'; NEW.attempts := 0; IF NEW.kind <> 'appointment_reminder' THEN NEW.next_attempt_at := NULL; END IF; NEW.last_error := ''; NEW.claim_token := ''; NEW.lease_until := NULL; NEW.handed_at := NULL; NEW.route := ''; NEW.sent_at := NULL; NEW.created_at := extract(epoch FROM transaction_timestamp())::bigint; RETURN NEW; END $$;
REVOKE EXECUTE ON FUNCTION public.outbox_check(), public.work_order_reschedules_check() FROM PUBLIC;

-- Staff update the outbox only as delivery does (docs/notifications.md, Rights):
-- a claim (queued or retrying to sending, one more attempt, a token), a handover
-- or a fenced end by the claim's holder, the recovery of a claim whose lease ran
-- out, a retry (to queued, attempts from 0) or a cancel. What went is recorded
-- only for appointments (worded when sent); a work order's words never change.
CREATE FUNCTION public.outbox_update_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ DECLARE ok BOOLEAN; BEGIN ok := CASE WHEN OLD.state IN ('queued', 'retrying') AND NEW.state = 'sending' THEN NEW.attempts = OLD.attempts + 1 AND NEW.claim_token <> '' AND NEW.claim_token <> OLD.claim_token WHEN OLD.state = 'sending' AND NEW.state = 'sending' THEN NEW.claim_token = OLD.claim_token AND NEW.attempts = OLD.attempts WHEN OLD.state = 'sending' AND NEW.state IN ('sent', 'retrying', 'dead', 'superseded', 'missed', 'unknown') THEN NEW.attempts = OLD.attempts AND NEW.claim_token = '' WHEN OLD.state IN ('dead', 'unknown', 'missed', 'cancelled') AND NEW.state = 'queued' THEN NEW.attempts = 0 AND NEW.claim_token = '' WHEN OLD.state IN ('queued', 'retrying', 'dead', 'unknown', 'missed') AND NEW.state = 'cancelled' THEN NEW.attempts = OLD.attempts ELSE false END; IF ok AND (NEW.subject IS DISTINCT FROM OLD.subject OR NEW.body IS DISTINCT FROM OLD.body) THEN ok := OLD.entity = 'appointment' AND OLD.state = 'sending'; END IF; IF NOT ok AND (public.sams_restoring() OR pg_has_role(session_user, (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'outbox'), 'MEMBER')) THEN ok := true; END IF; IF NOT ok THEN RAISE EXCEPTION 'sams: message % cannot go from % to % that way', OLD.id, OLD.state, NEW.state USING ERRCODE = '42501'; END IF; RETURN NEW; END $$;
CREATE TRIGGER outbox_update_check BEFORE UPDATE ON public.outbox FOR EACH ROW EXECUTE FUNCTION public.outbox_update_check();
REVOKE EXECUTE ON FUNCTION public.outbox_update_check(), public.sams_restoring() FROM PUBLIC;
