-- Delivery of the outbox (docs/notifications.md): a claim with a lease and a
-- fence token, when it went, what a message is about (the appointment start a
-- reminder belongs to), and two more ends: missed (a reminder too late to be
-- useful) and cancelled (by staff).
ALTER TABLE public.outbox DROP CONSTRAINT outbox_state_check;
ALTER TABLE public.outbox ADD CONSTRAINT outbox_state_check CHECK (state IN ('queued', 'sending', 'sent', 'retrying', 'dead', 'superseded', 'unknown', 'missed', 'cancelled'));
ALTER TABLE public.outbox ADD COLUMN about_at BIGINT;
ALTER TABLE public.outbox ADD COLUMN claim_token TEXT NOT NULL DEFAULT '';
ALTER TABLE public.outbox ADD COLUMN lease_until BIGINT;
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
GRANT UPDATE (state, attempts, next_attempt_at, last_error, claim_token, lease_until, sent_at, subject, body) ON public.outbox TO sams_admin, sams_manager, sams_scheduler, sams_technician;
ALTER TABLE public.store_notify ENABLE ROW LEVEL SECURITY;
CREATE POLICY store_notify_by_assignment ON public.store_notify USING ((SELECT public.sams_sees_every_store()) OR store_id IN (SELECT public.sams_assigned_stores()));

-- Appointments queue their messages too; a reminder keeps its moment.
CREATE OR REPLACE FUNCTION public.outbox_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ DECLARE ok BOOLEAN := false; BEGIN IF NEW.entity = 'work_order' THEN SELECT public.sams_role_may_see(session_user, o.store_id) AND public.sams_written_here(o.xmin) AND NEW.store_id = o.store_id AND NEW.recipient IN (o.customer_email, o.customer_phone) INTO ok FROM public.work_orders o WHERE o.id = NEW.entity_id; ELSIF NEW.entity = 'appointment' THEN SELECT public.sams_role_may_see(session_user, c.store_id) AND public.sams_written_here(a.xmin) AND NEW.store_id = c.store_id AND NEW.recipient IN (a.customer_email, a.customer_phone) INTO ok FROM public.appointments a JOIN public.chairs c ON c.id = a.chair_id WHERE a.id = NEW.entity_id; ELSIF NEW.kind = 'order_reminder' THEN SELECT public.sams_role_may_see(session_user, s.id) AND NEW.channel = 'desktop' AND NEW.recipient = 'technicians:' || s.code AND EXISTS (SELECT 1 FROM public.work_orders o WHERE o.store_id = s.id AND public.sams_written_here(o.xmin)) INTO ok FROM public.stores s WHERE s.id = NEW.store_id; END IF; IF NOT coalesce(ok, false) THEN RAISE EXCEPTION 'sams: a message is queued only with the change that causes it (%)', NEW.dedup_key USING ERRCODE = '42501'; END IF; NEW.state := 'queued'; NEW.attempts := 0; IF NEW.kind <> 'appointment_reminder' THEN NEW.next_attempt_at := NULL; END IF; NEW.last_error := ''; NEW.claim_token := ''; NEW.lease_until := NULL; NEW.sent_at := NULL; NEW.created_at := extract(epoch FROM transaction_timestamp())::bigint; RETURN NEW; END $$;
REVOKE EXECUTE ON FUNCTION public.outbox_check() FROM PUBLIC;
