-- Imports now write history for every row they change (stores, chairs, hours
-- versions, exceptions, zip codes, locks), and `samsctl check` asks for one
-- history row per version of each (docs/decisions.md, History). Rows written
-- before that have none: each gets an honest 'unrecorded' row, so an older
-- database passes the check and a row added later without history still fails it.
-- A zip code has no id: its history is under its store's id with the code in `after`.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < (SELECT COALESCE(MAX(version), 1) FROM stores))
INSERT INTO history (at, actor, entity, entity_id, action, reason) SELECT CAST(strftime('%s', 'now') AS INTEGER), 'sams-migration', 'store', t.id, 'unrecorded', 'existed before SAMS recorded its history' FROM stores t JOIN n ON n.i <= t.version - (SELECT COUNT(*) FROM history h WHERE h.entity = 'store' AND h.entity_id = t.id);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < (SELECT COALESCE(MAX(version), 1) FROM chairs))
INSERT INTO history (at, actor, entity, entity_id, action, reason) SELECT CAST(strftime('%s', 'now') AS INTEGER), 'sams-migration', 'chair', t.id, 'unrecorded', 'existed before SAMS recorded its history' FROM chairs t JOIN n ON n.i <= t.version - (SELECT COUNT(*) FROM history h WHERE h.entity = 'chair' AND h.entity_id = t.id);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < (SELECT COALESCE(MAX(version), 1) FROM hours_versions))
INSERT INTO history (at, actor, entity, entity_id, action, reason) SELECT CAST(strftime('%s', 'now') AS INTEGER), 'sams-migration', 'hours_version', t.id, 'unrecorded', 'existed before SAMS recorded its history' FROM hours_versions t JOIN n ON n.i <= t.version - (SELECT COUNT(*) FROM history h WHERE h.entity = 'hours_version' AND h.entity_id = t.id);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < (SELECT COALESCE(MAX(version), 1) FROM date_exceptions))
INSERT INTO history (at, actor, entity, entity_id, action, reason) SELECT CAST(strftime('%s', 'now') AS INTEGER), 'sams-migration', 'date_exception', t.id, 'unrecorded', 'existed before SAMS recorded its history' FROM date_exceptions t JOIN n ON n.i <= t.version - (SELECT COUNT(*) FROM history h WHERE h.entity = 'date_exception' AND h.entity_id = t.id);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < (SELECT COALESCE(MAX(version), 1) FROM locks))
INSERT INTO history (at, actor, entity, entity_id, action, reason) SELECT CAST(strftime('%s', 'now') AS INTEGER), 'sams-migration', 'lock', t.id, 'unrecorded', 'existed before SAMS recorded its history' FROM locks t JOIN n ON n.i <= t.version - (SELECT COUNT(*) FROM history h WHERE h.entity = 'lock' AND h.entity_id = t.id);
INSERT INTO history (at, actor, entity, entity_id, action, after, reason) SELECT CAST(strftime('%s', 'now') AS INTEGER), 'sams-migration', 'zip_code', z.store_id, 'unrecorded', '{"store_id":' || z.store_id || ',"zipcode":"' || z.zipcode || '"}', 'existed before SAMS recorded its history' FROM zip_codes z WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.entity = 'zip_code' AND h.entity_id = z.store_id AND h.after LIKE '%"zipcode":"' || z.zipcode || '"%');
