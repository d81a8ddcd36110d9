-- A booking may carry the caller's request key: a retried request (after a lost
-- commit acknowledgement) finds the appointment it already made instead of
-- making a second one (docs/concurrency.md).
ALTER TABLE appointments ADD COLUMN request_key TEXT;
CREATE UNIQUE INDEX appointments_by_request_key ON appointments (request_key) WHERE request_key IS NOT NULL;
