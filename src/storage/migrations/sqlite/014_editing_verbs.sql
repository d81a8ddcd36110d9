-- The editing verbs (docs/editing.md) need nothing new on SQLite: they run
-- in-process, where the row change and its history are two statements of one
-- transaction at no cost (PostgreSQL's migration 014 adds one function per verb).
-- This keeps the numbering the same on both databases.
SELECT 1;
