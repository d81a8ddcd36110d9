-- The customer search (docs/search.md): one row per start of a word of the
-- customer's name (the rest of the name from there), one for the e-mail and one
-- for the phone without punctuation, each with the appointment's start so that
-- the newest matches are read from the index alone. Triggers keep it, so rows
-- written by plain SQL (the web shop, restores) are found too. lower() folds
-- only A-Z here, like translate() in PostgreSQL's migration 015. Triggers
-- cannot use WITH, so the word starts come from a table of positions: words
-- starting after the 1000th character of a name are not indexed.
CREATE TABLE search_positions (n INTEGER PRIMARY KEY);
INSERT INTO search_positions (n) WITH RECURSIVE p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 1000) SELECT n FROM p;
CREATE TABLE appointment_search (
    kind           INTEGER NOT NULL CHECK (kind IN (0, 1)), -- 0: name word onward or e-mail; 1: phone digits
    key            TEXT NOT NULL,
    starts_at      INTEGER NOT NULL,
    appointment_id INTEGER NOT NULL,
    PRIMARY KEY (kind, key, starts_at, appointment_id)
) WITHOUT ROWID;
CREATE INDEX appointment_search_by_appointment ON appointment_search (appointment_id);
-- The newest appointments first, for a search whose matches are common.
CREATE INDEX appointments_by_start ON appointments (starts_at);
INSERT OR IGNORE INTO appointment_search (kind, key, starts_at, appointment_id) SELECT 0, substr(' ' || lower(a.customer_name), p.n + 1), a.starts_at, a.id FROM appointments a JOIN search_positions p ON p.n < length(' ' || lower(a.customer_name)) AND substr(' ' || lower(a.customer_name), p.n, 1) = ' ' UNION ALL SELECT 0, lower(a.customer_email), a.starts_at, a.id FROM appointments a WHERE a.customer_email <> '' UNION ALL SELECT 1, replace(replace(replace(replace(replace(replace(replace(a.customer_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', ''), a.starts_at, a.id FROM appointments a WHERE replace(replace(replace(replace(replace(replace(replace(a.customer_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', '') <> '';
CREATE TRIGGER appointments_search_insert AFTER INSERT ON appointments BEGIN INSERT INTO appointment_search (kind, key, starts_at, appointment_id) SELECT 0, substr(w.k, p.n + 1), NEW.starts_at, NEW.id FROM (SELECT ' ' || lower(NEW.customer_name) AS k) w JOIN search_positions p ON p.n < length(w.k) AND substr(w.k, p.n, 1) = ' ' UNION SELECT 0, lower(NEW.customer_email), NEW.starts_at, NEW.id WHERE NEW.customer_email <> '' UNION SELECT 1, d.k, NEW.starts_at, NEW.id FROM (SELECT replace(replace(replace(replace(replace(replace(replace(NEW.customer_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', '') AS k) d WHERE d.k <> ''; END;
CREATE TRIGGER appointments_search_update AFTER UPDATE OF customer_name, customer_email, customer_phone, starts_at ON appointments BEGIN DELETE FROM appointment_search WHERE appointment_id = OLD.id; INSERT INTO appointment_search (kind, key, starts_at, appointment_id) SELECT 0, substr(w.k, p.n + 1), NEW.starts_at, NEW.id FROM (SELECT ' ' || lower(NEW.customer_name) AS k) w JOIN search_positions p ON p.n < length(w.k) AND substr(w.k, p.n, 1) = ' ' UNION SELECT 0, lower(NEW.customer_email), NEW.starts_at, NEW.id WHERE NEW.customer_email <> '' UNION SELECT 1, d.k, NEW.starts_at, NEW.id FROM (SELECT replace(replace(replace(replace(replace(replace(replace(NEW.customer_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), '/', '') AS k) d WHERE d.k <> ''; END;
CREATE TRIGGER appointments_search_delete AFTER DELETE ON appointments BEGIN DELETE FROM appointment_search WHERE appointment_id = OLD.id; END;
