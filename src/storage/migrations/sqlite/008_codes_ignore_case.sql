-- Store codes are unique regardless of case, and so are a store's chair names
-- (docs/input.md): a booking for "abc" must never land in "ABC". lower() folds A-Z;
-- SAMS itself also compares other letters by Unicode case folding before it writes.
-- A database that already holds such twins is refused, naming them, and left as it
-- was: SQLite cannot RAISE a computed message, so a deliberately malformed JSON path
-- carries the names into the error ("JSON path error near '...'").
SELECT json_extract('{}', 'store codes that differ only in case: ' || group_concat(code, ', ') || '; rename all but one of each (docs/input.md), then open the database again') FROM (SELECT code FROM stores WHERE lower(code) IN (SELECT lower(code) FROM stores GROUP BY lower(code) HAVING count(*) > 1) ORDER BY lower(code), code) HAVING count(*) > 0;
SELECT json_extract('{}', 'chair names that differ only in case: ' || group_concat(chair, ', ') || '; rename all but one of each (docs/input.md), then open the database again') FROM (SELECT s.code || ' ' || c.name AS chair FROM chairs c JOIN stores s ON s.id = c.store_id WHERE (c.store_id, lower(c.name)) IN (SELECT store_id, lower(name) FROM chairs GROUP BY store_id, lower(name) HAVING count(*) > 1) ORDER BY s.code, lower(c.name), c.name) HAVING count(*) > 0;
CREATE UNIQUE INDEX stores_code_ignore_case ON stores (lower(code));
CREATE UNIQUE INDEX chairs_name_ignore_case ON chairs (store_id, lower(name));
