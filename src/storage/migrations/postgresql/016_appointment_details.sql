-- Editing an appointment's customer details, service and notes from the desktop
-- (docs/editing.md): the row change and its history in one call, like migration
-- 014's verbs. Run as the caller: a technician, who may not update
-- appointments, is refused by the grants. The search index follows by trigger
-- (migration 015).
CREATE FUNCTION public.sams_update_appointment_details(p_id BIGINT, p_version INTEGER, p_name TEXT, p_phone TEXT, p_email TEXT, p_zip TEXT, p_service TEXT, p_notes TEXT, p_internal TEXT, p_before TEXT, p_after TEXT) RETURNS INTEGER LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN UPDATE public.appointments SET customer_name = p_name, customer_phone = p_phone, customer_email = p_email, customer_zip = p_zip, service = p_service, notes = p_notes, internal_notes = p_internal, version = version + 1 WHERE id = p_id AND version = p_version; IF NOT FOUND THEN RETURN 0; END IF; PERFORM public.sams_record_history('appointment', p_id, 'details', p_before, p_after, ''); RETURN p_version + 1; END $$;
REVOKE EXECUTE ON FUNCTION public.sams_update_appointment_details(BIGINT, INTEGER, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.sams_update_appointment_details(BIGINT, INTEGER, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) TO sams_admin, sams_manager, sams_scheduler, sams_technician;
-- A status change writes the seat only when it takes one again (reinstating,
-- p_seat given): naming the column would run its capacity trigger, which must
-- not refuse a cancel or a check-in.
CREATE OR REPLACE FUNCTION public.sams_set_appointment_status(p_id BIGINT, p_version INTEGER, p_status TEXT, p_seat INTEGER, p_before TEXT, p_after TEXT, p_action TEXT, p_reason TEXT) RETURNS INTEGER LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN IF p_seat IS NULL THEN UPDATE public.appointments SET status = p_status, version = version + 1 WHERE id = p_id AND version = p_version; ELSE UPDATE public.appointments SET status = p_status, seat = p_seat, version = version + 1 WHERE id = p_id AND version = p_version; END IF; IF NOT FOUND THEN RETURN 0; END IF; PERFORM public.sams_record_history('appointment', p_id, p_action, p_before, p_after, p_reason); RETURN p_version + 1; END $$;
