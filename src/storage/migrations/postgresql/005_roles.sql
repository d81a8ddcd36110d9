-- Who may do what, enforced by the server, so hand-written SQL is held to it too.
-- Group roles by job; people are login roles made members of one of them, and
-- assigned to the stores they work for (admins see every store).
-- Roles are cluster-wide: two databases migrating at once may both create one.
DO $$ DECLARE r TEXT; BEGIN FOREACH r IN ARRAY ARRAY['sams_admin', 'sams_manager', 'sams_scheduler', 'sams_technician'] LOOP IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN BEGIN EXECUTE format('CREATE ROLE %I NOLOGIN', r); EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; END IF; END LOOP; END $$;

CREATE TABLE store_assignments (
    role_name TEXT NOT NULL,
    store_id  BIGINT NOT NULL REFERENCES stores(id),
    PRIMARY KEY (role_name, store_id)
);

-- Everyone reads what their stores need; history only grows.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO sams_admin, sams_manager, sams_scheduler, sams_technician;
GRANT INSERT ON history TO sams_admin, sams_manager, sams_scheduler, sams_technician;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sams_admin, sams_manager, sams_scheduler, sams_technician;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO sams_admin, sams_manager, sams_scheduler, sams_technician;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO sams_admin, sams_manager, sams_scheduler, sams_technician;
-- Schedulers book, move, cancel and lock.
GRANT INSERT, UPDATE ON appointments, locks TO sams_admin, sams_manager, sams_scheduler;
-- Managers also change stores, chairs, hours, exceptions and zip codes.
GRANT INSERT, UPDATE ON stores, chairs, zip_codes TO sams_admin, sams_manager;
GRANT INSERT, UPDATE, DELETE ON hours_versions, hours_intervals, date_exceptions, exception_intervals TO sams_admin, sams_manager;
-- Technicians work their orders.
GRANT INSERT, UPDATE ON work_orders TO sams_admin, sams_manager, sams_technician;
GRANT INSERT, UPDATE, DELETE ON store_assignments, meta TO sams_admin;

-- The change log is written by triggers on behalf of whoever changed something.
ALTER FUNCTION sams_log_change(BIGINT, BIGINT, BIGINT, BIGINT, TEXT) SECURITY DEFINER;

-- Row-level security: a user sees and writes only the stores assigned to them.
CREATE FUNCTION sams_may_see(p_store BIGINT) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT pg_has_role(current_user, 'sams_admin', 'member') OR NOT pg_has_role(current_user, 'sams_manager', 'member') AND NOT pg_has_role(current_user, 'sams_scheduler', 'member') AND NOT pg_has_role(current_user, 'sams_technician', 'member') OR EXISTS (SELECT 1 FROM store_assignments a WHERE a.store_id = p_store AND a.role_name = current_user) $$;
ALTER TABLE stores ENABLE ROW LEVEL SECURITY;
CREATE POLICY stores_by_assignment ON stores USING (sams_may_see(id));
ALTER TABLE chairs ENABLE ROW LEVEL SECURITY;
CREATE POLICY chairs_by_assignment ON chairs USING (sams_may_see(store_id));
ALTER TABLE hours_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY hours_by_assignment ON hours_versions USING (sams_may_see(store_id));
ALTER TABLE date_exceptions ENABLE ROW LEVEL SECURITY;
CREATE POLICY exceptions_by_assignment ON date_exceptions USING (sams_may_see(store_id));
ALTER TABLE locks ENABLE ROW LEVEL SECURITY;
CREATE POLICY locks_by_assignment ON locks USING (sams_may_see(store_id));
ALTER TABLE work_orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY work_orders_by_assignment ON work_orders USING (sams_may_see(store_id));
ALTER TABLE appointments ENABLE ROW LEVEL SECURITY;
CREATE POLICY appointments_by_assignment ON appointments USING (sams_may_see((SELECT c.store_id FROM chairs c WHERE c.id = chair_id)));
