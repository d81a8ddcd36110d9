-- Editing an appointment's details needs nothing new on SQLite: the update and
-- its history are two statements of one transaction in-process (PostgreSQL's
-- migration 016 adds one function). This keeps the numbering the same.
SELECT 1;
