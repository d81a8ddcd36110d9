-- Calendar sync (docs/calendar-sync.md): each user's calendar accounts, the
-- stores and kinds each one follows, and one row of desired state per (account,
-- appointment or work order). A change to an appointment or an order raises the
-- row's wanted version in the same transaction (the triggers below, so every
-- writer counts: the desktop, samsctl, the web shop); the worker pushes until
-- the pushed version catches up. Phone numbers reach third-party calendars only
-- where the store allows it (store_notify.calendar_phones).
CREATE TABLE public.calendar_accounts (
    id           BIGSERIAL PRIMARY KEY,
    user_login   TEXT NOT NULL,
    provider     TEXT NOT NULL CHECK (provider IN ('caldav', 'google', 'outlook')),
    account_url  TEXT NOT NULL DEFAULT '',
    login        TEXT NOT NULL DEFAULT '',
    calendar_ref TEXT NOT NULL DEFAULT '',
    label        TEXT NOT NULL DEFAULT '',
    audience     TEXT NOT NULL DEFAULT 'staff' CHECK (audience IN ('staff', 'manager')),
    kinds        TEXT NOT NULL DEFAULT 'appointments' CHECK (kinds IN ('appointments', 'orders', 'appointments,orders')),
    state        TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'needs_signin', 'disconnected')),
    last_error   TEXT NOT NULL DEFAULT '',
    seen_at      BIGINT,
    created_at   BIGINT NOT NULL
);
CREATE TABLE public.calendar_account_stores (
    account_id BIGINT NOT NULL REFERENCES public.calendar_accounts(id) ON DELETE CASCADE,
    store_id   BIGINT NOT NULL REFERENCES public.stores(id),
    PRIMARY KEY (account_id, store_id)
);
CREATE INDEX calendar_account_stores_by_store ON public.calendar_account_stores (store_id);
CREATE TABLE public.calendar_events (
    id              BIGSERIAL PRIMARY KEY,
    account_id      BIGINT NOT NULL REFERENCES public.calendar_accounts(id) ON DELETE CASCADE,
    entity          TEXT NOT NULL CHECK (entity IN ('appointment', 'work_order')),
    entity_id       BIGINT NOT NULL,
    store_id        BIGINT REFERENCES public.stores(id),
    generation      INTEGER NOT NULL DEFAULT 1,
    wanted_version  INTEGER NOT NULL DEFAULT 1,
    pushed_version  INTEGER NOT NULL DEFAULT 0,
    present         INTEGER NOT NULL DEFAULT 0,
    remote_id       TEXT NOT NULL DEFAULT '',
    etag            TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'pushing', 'synced', 'retrying', 'needs_signin', 'removed', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT,
    last_error      TEXT NOT NULL DEFAULT '',
    claim_token     TEXT NOT NULL DEFAULT '',
    lease_until     BIGINT,
    claimed_version INTEGER NOT NULL DEFAULT 0,
    handed_at       BIGINT,
    pushed_at       BIGINT,
    UNIQUE (account_id, entity, entity_id)
);
CREATE INDEX calendar_events_due ON public.calendar_events (state, next_attempt_at);
CREATE INDEX calendar_events_by_entity ON public.calendar_events (entity, entity_id);
ALTER TABLE public.store_notify ADD COLUMN calendar_phones INTEGER NOT NULL DEFAULT 1 CHECK (calendar_phones IN (0, 1));

-- Each login sees and keeps its own accounts (admins and the owner every one);
-- a row of an account follows the account.
GRANT SELECT, INSERT, UPDATE, DELETE ON public.calendar_accounts, public.calendar_account_stores, public.calendar_events TO sams_admin, sams_manager, sams_scheduler, sams_technician;
ALTER TABLE public.calendar_accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY calendar_accounts_own ON public.calendar_accounts USING (user_login = current_user::text OR (SELECT public.sams_sees_every_store()));
ALTER TABLE public.calendar_account_stores ENABLE ROW LEVEL SECURITY;
CREATE POLICY calendar_account_stores_own ON public.calendar_account_stores USING (EXISTS (SELECT 1 FROM public.calendar_accounts a WHERE a.id = account_id)) WITH CHECK (EXISTS (SELECT 1 FROM public.calendar_accounts a WHERE a.id = account_id) AND public.sams_may_see(store_id));
ALTER TABLE public.calendar_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY calendar_events_own ON public.calendar_events USING (EXISTS (SELECT 1 FROM public.calendar_accounts a WHERE a.id = account_id));

-- A change wakes every row about the record: a settled or dead row is pending
-- again (a dead one gets a fresh start), a row in backoff keeps its wait, one
-- removed by the user stays removed. Accounts that follow the record's store
-- and kind get a row if they had none, while their owner may see the store.
-- SECURITY DEFINER: the writer need not see other users' accounts.
CREATE FUNCTION public.calendar_bump(p_entity TEXT, p_id BIGINT, p_store BIGINT, p_wanted BOOLEAN, p_kind TEXT) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN UPDATE public.calendar_events SET wanted_version = wanted_version + 1, state = CASE WHEN state IN ('synced', 'dead') THEN 'pending' ELSE state END, attempts = CASE WHEN state = 'dead' THEN 0 ELSE attempts END WHERE entity = p_entity AND entity_id = p_id; IF p_wanted THEN INSERT INTO public.calendar_events (account_id, entity, entity_id, store_id) SELECT s.account_id, p_entity, p_id, s.store_id FROM public.calendar_account_stores s JOIN public.calendar_accounts a ON a.id = s.account_id WHERE s.store_id = p_store AND a.kinds LIKE '%' || p_kind || '%' AND a.state <> 'disconnected' AND CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = a.user_login) THEN public.sams_role_may_see(a.user_login::name, p_store) ELSE false END ON CONFLICT (account_id, entity, entity_id) DO NOTHING; END IF; END $$;
CREATE FUNCTION public.calendar_appointment_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN IF TG_OP = 'UPDATE' AND NEW.version IS NOT DISTINCT FROM OLD.version AND NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.chair_id IS NOT DISTINCT FROM OLD.chair_id AND NEW.starts_at IS NOT DISTINCT FROM OLD.starts_at AND NEW.ends_at IS NOT DISTINCT FROM OLD.ends_at THEN RETURN NULL; END IF; PERFORM public.calendar_bump('appointment', NEW.id, (SELECT c.store_id FROM public.chairs c WHERE c.id = NEW.chair_id), NEW.status <> 'cancelled', 'appointments'); RETURN NULL; END $$;
CREATE FUNCTION public.calendar_order_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN IF TG_OP = 'UPDATE' AND NEW.version IS NOT DISTINCT FROM OLD.version AND NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.due_date IS NOT DISTINCT FROM OLD.due_date THEN RETURN NULL; END IF; PERFORM public.calendar_bump('work_order', NEW.id, NEW.store_id, NEW.status <> 'cancelled' AND NEW.due_date IS NOT NULL, 'orders'); RETURN NULL; END $$;
CREATE TRIGGER calendar_appointment_changed AFTER INSERT OR UPDATE ON public.appointments FOR EACH ROW EXECUTE FUNCTION public.calendar_appointment_changed();
CREATE TRIGGER calendar_order_changed AFTER INSERT OR UPDATE ON public.work_orders FOR EACH ROW EXECUTE FUNCTION public.calendar_order_changed();
REVOKE EXECUTE ON FUNCTION public.calendar_bump(TEXT, BIGINT, BIGINT, BOOLEAN, TEXT), public.calendar_appointment_changed(), public.calendar_order_changed() FROM PUBLIC;
-- Whether phone numbers show changes what the store's events say: pushed again
-- (every user's events of the store, hence SECURITY DEFINER).
CREATE FUNCTION public.calendar_phones_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN IF (TG_OP = 'INSERT' AND NEW.calendar_phones = 0) OR (TG_OP = 'UPDATE' AND NEW.calendar_phones IS DISTINCT FROM OLD.calendar_phones) THEN UPDATE public.calendar_events SET wanted_version = wanted_version + 1, state = CASE WHEN state IN ('synced', 'dead') THEN 'pending' ELSE state END WHERE store_id = NEW.store_id; END IF; RETURN NULL; END $$;
CREATE TRIGGER calendar_phones_changed AFTER INSERT OR UPDATE ON public.store_notify FOR EACH ROW EXECUTE FUNCTION public.calendar_phones_changed();
REVOKE EXECUTE ON FUNCTION public.calendar_phones_changed() FROM PUBLIC;
