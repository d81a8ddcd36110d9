-- Seats stay within the store's capacity, whoever writes; every change to what
-- decides slots reaches the change log; row-level security covers the child
-- tables too; history (customer details) is read through a narrow function.
CREATE FUNCTION appointments_seat_within_capacity() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.seat >= (SELECT s.capacity FROM chairs c JOIN stores s ON s.id = c.store_id WHERE c.id = NEW.chair_id) THEN RAISE EXCEPTION 'sams: slot taken' USING ERRCODE = '23P01'; END IF; RETURN NEW; END $$;
CREATE TRIGGER appointments_seat_within_capacity BEFORE INSERT OR UPDATE OF seat, chair_id ON appointments FOR EACH ROW EXECUTE FUNCTION appointments_seat_within_capacity();

CREATE FUNCTION rules_removed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM sams_log_change(OLD.store_id, NULL, NULL, NULL, TG_ARGV[0]); RETURN NULL; END $$;
CREATE TRIGGER hours_removed AFTER DELETE ON hours_versions FOR EACH ROW EXECUTE FUNCTION rules_removed('hours');
CREATE TRIGGER exceptions_removed AFTER DELETE ON date_exceptions FOR EACH ROW EXECUTE FUNCTION rules_removed('exception');
CREATE TRIGGER chairs_added AFTER INSERT ON chairs FOR EACH ROW EXECUTE FUNCTION rules_changed('chair');
CREATE TRIGGER zip_codes_changed AFTER INSERT OR UPDATE ON zip_codes FOR EACH ROW EXECUTE FUNCTION rules_changed('zipcode');
CREATE TRIGGER stores_added AFTER INSERT ON stores FOR EACH ROW EXECUTE FUNCTION store_changed();
CREATE FUNCTION intervals_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_TABLE_NAME = 'hours_intervals' THEN PERFORM sams_log_change((SELECT store_id FROM hours_versions WHERE id = NEW.hours_version_id), NULL, NULL, NULL, 'hours'); ELSE PERFORM sams_log_change((SELECT store_id FROM date_exceptions WHERE id = NEW.exception_id), NULL, NULL, NULL, 'exception'); END IF; RETURN NULL; END $$;
CREATE TRIGGER hours_intervals_changed AFTER INSERT ON hours_intervals FOR EACH ROW EXECUTE FUNCTION intervals_changed();
CREATE TRIGGER exception_intervals_changed AFTER INSERT ON exception_intervals FOR EACH ROW EXECUTE FUNCTION intervals_changed();

ALTER TABLE zip_codes ENABLE ROW LEVEL SECURITY;
CREATE POLICY zip_codes_by_assignment ON zip_codes USING (sams_may_see(store_id));
ALTER TABLE hours_intervals ENABLE ROW LEVEL SECURITY;
CREATE POLICY hours_intervals_by_assignment ON hours_intervals USING (EXISTS (SELECT 1 FROM hours_versions v WHERE v.id = hours_version_id));
ALTER TABLE exception_intervals ENABLE ROW LEVEL SECURITY;
CREATE POLICY exception_intervals_by_assignment ON exception_intervals USING (EXISTS (SELECT 1 FROM date_exceptions e WHERE e.id = exception_id));

-- History holds customers' details for the whole chain: job roles may add to it
-- but read only who last changed something, through this function.
REVOKE SELECT ON history FROM sams_manager, sams_scheduler, sams_technician;
CREATE FUNCTION sams_last_change(p_entity TEXT, p_id BIGINT) RETURNS TABLE (actor TEXT, at BIGINT, action TEXT) LANGUAGE sql STABLE SECURITY DEFINER AS $$ SELECT h.actor, h.at, h.action FROM history h WHERE h.entity = p_entity AND h.entity_id = p_id ORDER BY h.id DESC LIMIT 1 $$;
GRANT EXECUTE ON FUNCTION sams_last_change(TEXT, BIGINT) TO sams_admin, sams_manager, sams_scheduler, sams_technician;
