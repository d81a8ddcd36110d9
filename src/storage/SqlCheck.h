#pragma once

#include "core/Error.h"
#include "storage/Statement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

namespace sams::sql {

// Every statement's result is checked: these run one and turn a failure into an
// Error that names what was being done.
Status exec(QSqlQuery &query, const QString &what);
Status exec(QSqlDatabase &db, const QString &statement, const QString &what);
bool isPostgreSql(const QSqlDatabase &db);
// A driver error as an Error naming `what`: conflicts, busy, refusals, disk faults.
Error errorFrom(const QSqlError &error, const QString &what);

// PostgreSQL: per-chair transaction locks, always in id order, so writers for a
// chair queue instead of deadlocking in the exclusion constraint's index
// (docs/rules.md). SQLite's BEGIN IMMEDIATE already serializes writers.
Status lockChairs(QSqlDatabase &db, QList<qint64> chairs);

// PostgreSQL: the per-store lock on the rules a booking depends on (the store row,
// its hours, exceptions, chairs, zip codes). Writers that check the rules take it
// shared, before their chair locks; writers that change the rules (the import, the
// editors) take it exclusive, so a booking never checks against rules read before
// a change that commits while it waits (docs/concurrency.md). SQLite's BEGIN
// IMMEDIATE already serializes every writer.
enum class StoreLock { Shared, Exclusive };
Status lockStores(QSqlDatabase &db, QList<qint64> stores, StoreLock mode);

// PostgreSQL, in one statement: the store's rules lock (shared), then the chair's
// lock, and for a move also the lock of the chair the appointment sits on now, in
// chair id order (docs/performance.md). The appointment's chair is read without a
// lock; if a move elsewhere commits meanwhile, its version check refuses.
Status lockForBooking(QSqlDatabase &db, qint64 store, qint64 chair, qint64 movingAppointment = 0);

// PostgreSQL: after rows were written with their ids, move each table's identity
// sequence past them (SQLite's rowid needs nothing).
Status advanceIdentities(QSqlDatabase &db);

// A write transaction. SQLite needs BEGIN IMMEDIATE for read-then-write work
// (a deferred BEGIN meets SQLITE_BUSY under concurrent writers); Qt only sends BEGIN.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction(); // rolls back unless committed
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace sams::sql
