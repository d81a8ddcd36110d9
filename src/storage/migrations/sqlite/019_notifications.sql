-- Delivery of the outbox (docs/notifications.md): a claim with a lease and a
-- fence token, when the attempt handed the message to a server and by which
-- route (a customer's choice may change the channel), when it went, what a
-- message is about (the appointment start a reminder belongs to), and two more
-- ends: missed (a reminder too late to be useful) and cancelled (by staff).
-- SQLite changes a CHECK by rebuilding.
CREATE TABLE outbox_rebuilt (
    id              INTEGER PRIMARY KEY,
    dedup_key       TEXT NOT NULL UNIQUE,
    store_id        INTEGER REFERENCES stores(id),
    kind            TEXT NOT NULL,
    entity          TEXT NOT NULL DEFAULT '',
    entity_id       INTEGER,
    entity_version  INTEGER,
    channel         TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'retrying', 'dead', 'superseded', 'unknown', 'missed', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    about_at        INTEGER,
    claim_token     TEXT NOT NULL DEFAULT '',
    lease_until     INTEGER,
    handed_at       INTEGER,
    route           TEXT NOT NULL DEFAULT '',
    sent_at         INTEGER
);
INSERT INTO outbox_rebuilt (id, dedup_key, store_id, kind, entity, entity_id, entity_version, channel, recipient, subject, body, state, attempts, next_attempt_at, last_error, created_at)
    SELECT id, dedup_key, store_id, kind, entity, entity_id, entity_version, channel, recipient, subject, body, state, attempts, next_attempt_at, last_error, created_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_rebuilt RENAME TO outbox;
CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_entity ON outbox (entity, entity_id);

-- Chain-wide delivery settings (SMTP and SMS gateway addresses, never secrets:
-- those live in the system keychain) and this installation's id for UIDs.
CREATE TABLE notify_settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO notify_settings (name, value) VALUES ('installation', lower(hex(randomblob(8))));
-- Per store: who messages come from, the reminder's lead and its missed window,
-- and the language of the customer's messages.
CREATE TABLE store_notify (
    store_id         INTEGER PRIMARY KEY REFERENCES stores(id),
    mail_from        TEXT NOT NULL DEFAULT '',
    sms_from         TEXT NOT NULL DEFAULT '',
    reminder_minutes INTEGER NOT NULL DEFAULT 1440 CHECK (reminder_minutes BETWEEN 0 AND 20160),
    missed_minutes   INTEGER NOT NULL DEFAULT 120 CHECK (missed_minutes BETWEEN 0 AND 20160),
    language         TEXT NOT NULL DEFAULT 'en'
);
-- An admin's wording of a message kind in a language; built-in texts otherwise.
CREATE TABLE message_templates (
    kind       TEXT NOT NULL,
    language   TEXT NOT NULL,
    subject    TEXT NOT NULL,
    text_body  TEXT NOT NULL,
    html_body  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, language)
);
-- A customer's choice, by e-mail address or phone number: e-mail, SMS or nothing.
CREATE TABLE contact_preferences (
    contact TEXT PRIMARY KEY,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'none'))
);
