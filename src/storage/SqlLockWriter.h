#pragma once

#include "core/Error.h"
#include "core/ImpactAnalysis.h"

namespace sams {

class Database;

struct AddedLock {
    qint64 id = 0;
    QList<DayImpact> displaced; // what the lock displaces: still booked, now on the worklist
    QString reportProblem; // set when the lock was saved but `displaced` could not be read
};

// Adds a lock in one write transaction, with its history, and reports the
// appointments it displaces (a lock never cancels or moves anything). The lock is
// bounded (limits::checkLockSpan, Error::Usage); the store is read inside the
// transaction after its locks; the displaced report is read after the commit.
class SqlLockWriter
{
public:
    SqlLockWriter(Database &database, const QString &actor);
    Result<AddedLock> add(const Store &seen, const Lock &lock);

private:
    Result<QList<DayImpact>> displacedBy(const Store &store, const Lock &lock, qint64 lockId);

    Database &m_database;
    QString m_actor;
};

} // namespace sams
