#pragma once

#include "core/ScheduleWriter.h"

namespace sams {

class Database;

// Adds a lock in one write transaction, with its history, and reports the
// appointments it displaces (a lock never cancels or moves anything). The lock is
// bounded (limits::checkLockSpan, Error::Usage); the store is read inside the
// transaction after its locks; the displaced report is read after the commit.
class SqlLockWriter
{
public:
    SqlLockWriter(Database &database, const QString &actor);
    Result<AddedLock> add(const Store &seen, const Lock &lock);
    // Removes a lock, its last state and `reason` kept in history; returns what was
    // removed (to add it again on undo). Error::Failed with Reason::NotFound when
    // it is already gone.
    Result<Lock> remove(qint64 lockId, const QString &reason);

private:
    Result<QList<DayImpact>> displacedBy(const Store &store, const Lock &lock, qint64 lockId);

    Database &m_database;
    QString m_actor;
};

} // namespace sams
