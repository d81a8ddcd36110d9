-- Every read of a time range looks back only as far as the longest row lasts
-- (core/InputLimits.h, docs/performance.md): an appointment at most a day (its
-- triggers since migration 004), a lock at most 366 days. The database now
-- refuses longer locks from any writer; rows written before are left as they
-- are and samsctl check reports them. (PostgreSQL's migration 013 also adds the
-- one-statement write functions; SQLite runs in-process, where a statement
-- costs no round trip.)
CREATE TRIGGER locks_within_366_days BEFORE INSERT ON locks WHEN NEW.ends_at - NEW.starts_at > 31622400 BEGIN SELECT RAISE(ABORT, 'a lock lasts at most 366 days'); END;
CREATE TRIGGER locks_within_366_days_update BEFORE UPDATE OF starts_at, ends_at ON locks WHEN NEW.ends_at - NEW.starts_at > 31622400 BEGIN SELECT RAISE(ABORT, 'a lock lasts at most 366 days'); END;
