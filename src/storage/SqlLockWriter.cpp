#include "storage/SqlLockWriter.h"

#include "core/InputLimits.h"
#include "core/StoreScheduleLoader.h"
#include "core/TextRules.h"
#include "storage/Database.h"
#include "storage/HistoryWriter.h"
#include "storage/SqlCheck.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sams {

SqlLockWriter::SqlLockWriter(Database &database, const QString &actor)
    : m_database(database)
    , m_actor(actor)
{ }

Result<AddedLock> SqlLockWriter::add(const Store &seen, const Lock &lock)
{
    // Every writer refuses a blank reason, not only samsctl (TextRules.h).
    if (auto ok = checkNameText(lock.reason, QCoreApplication::translate("sams::SqlLockWriter", "The reason")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = limits::checkLockSpan(lock.startsAt.toSecsSinceEpoch(), lock.endsAt.toSecsSinceEpoch()); !ok)
        return std::unexpected(ok.error());
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());

    SqlScheduleRepository repository(m_database);
    // Queue behind rule changes and behind bookings of the chairs it covers.
    if (auto ok = sql::lockStores(db, {seen.id}, sql::StoreLock::Shared); !ok)
        return std::unexpected(ok.error());
    const Result<QList<Chair>> chairs = repository.chairs(seen.id);
    if (!chairs)
        return std::unexpected(chairs.error());
    QList<qint64> covered;
    for (const Chair &chair : *chairs) {
        if (!lock.chairId || *lock.chairId == chair.id)
            covered.append(chair.id);
    }
    if (lock.chairId && covered.isEmpty())
        return std::unexpected(
            Error::failed(QCoreApplication::translate("sams::SqlLockWriter",
                                                      "The chair of this lock is no longer a chair of store %1.")
                              .arg(seen.code)));
    if (auto ok = sql::lockChairs(db, covered); !ok)
        return std::unexpected(ok.error());
    // The lock's instants were computed in the zone the caller saw.
    const Result<Store> store = reloadStore(repository, seen);
    if (!store)
        return std::unexpected(store.error());
    AddedLock added;

    sql::Statement insert
        = sql::prepare(db,
                       QStringLiteral("INSERT INTO locks (store_id, chair_id, starts_at, ends_at, reason, created_by) "
                                      "VALUES (:store, :chair, :from, :to, :reason, :by) RETURNING id"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bindValue(QStringLiteral(":store"), store->id);
    insert->bindValue(QStringLiteral(":chair"), sql::fromId(lock.chairId));
    insert->bindValue(QStringLiteral(":from"), sql::fromInstant(lock.startsAt));
    insert->bindValue(QStringLiteral(":to"), sql::fromInstant(lock.endsAt));
    insert->bindValue(QStringLiteral(":reason"), lock.reason);
    insert->bindValue(QStringLiteral(":by"), m_actor);
    if (auto ok = sql::exec(*insert, QCoreApplication::translate("sams::SqlLockWriter", "Adding a lock")); !ok)
        return std::unexpected(ok.error());
    if (!insert->next())
        return std::unexpected(
            Error::failed(QCoreApplication::translate("sams::SqlLockWriter", "Adding a lock: no id came back")));
    added.id = insert->value(0).toLongLong();
    insert->finish();

    const QJsonObject after{{QStringLiteral("store_id"), store->id},
                            {QStringLiteral("chair_id"), lock.chairId ? QJsonValue(*lock.chairId) : QJsonValue()},
                            {QStringLiteral("starts_at"), lock.startsAt.toString(Qt::ISODate)},
                            {QStringLiteral("ends_at"), lock.endsAt.toString(Qt::ISODate)},
                            {QStringLiteral("reason"), lock.reason}};
    if (auto ok = HistoryWriter(db, m_actor)
                      .record(QStringLiteral("lock"), added.id, QStringLiteral("add"), {}, after, lock.reason);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());

    // What it displaces is a report, read after the commit so that the preview
    // never holds other writers up (SQLite's write lock covers the whole file).
    // The lock is saved: a failed report must not read as a failed lock (a retry
    // would add a second one).
    const Result<QList<DayImpact>> displaced = displacedBy(*store, lock, added.id);
    if (displaced)
        added.displaced = *displaced;
    else
        added.reportProblem = displaced.error().message;
    return added;
}

Result<Lock> SqlLockWriter::remove(qint64 lockId, const QString &reason)
{
    if (auto ok = checkNameText(reason, QCoreApplication::translate("sams::SqlLockWriter", "The reason")); !ok)
        return std::unexpected(ok.error());
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    sql::Statement read = sql::prepare(
        db,
        QStringLiteral("SELECT store_id, chair_id, starts_at, ends_at, reason, created_by, version FROM locks "
                       "WHERE id = :id"));
    if (!read)
        return std::unexpected(read.error());
    read->bindValue(QStringLiteral(":id"), lockId);
    if (auto ok = sql::exec(*read, QCoreApplication::translate("sams::SqlLockWriter", "Reading the lock")); !ok)
        return std::unexpected(ok.error());
    if (!read->next())
        return std::unexpected(Error{
            Error::Kind::Failed,
            QCoreApplication::translate("sams::SqlLockWriter", "There is no lock %1; it may have been removed already.")
                .arg(lockId),
            Error::Reason::NotFound});
    Lock lock;
    lock.id = lockId;
    lock.storeId = read->value(0).toLongLong();
    if (!read->value(1).isNull())
        lock.chairId = read->value(1).toLongLong();
    lock.startsAt = QDateTime::fromSecsSinceEpoch(read->value(2).toLongLong(), Qt::UTC);
    lock.endsAt = QDateTime::fromSecsSinceEpoch(read->value(3).toLongLong(), Qt::UTC);
    lock.reason = read->value(4).toString();
    lock.createdBy = read->value(5).toString();
    lock.version = read->value(6).toInt();
    read->finish();
    // Queue behind bookings of the chairs it covers, like adding one.
    if (auto ok = sql::lockStores(db, {lock.storeId}, sql::StoreLock::Shared); !ok)
        return std::unexpected(ok.error());

    const QJsonObject before = HistoryWriter::toJson(lock);
    const QString what = QCoreApplication::translate("sams::SqlLockWriter", "Removing a lock");
    if (sql::isPostgreSql(db)) {
        // The history and the removal in one call (migration 014).
        sql::Statement remove
            = sql::prepare(db, QStringLiteral("SELECT public.sams_remove_lock(:id, :before, :reason)"));
        if (!remove)
            return std::unexpected(remove.error());
        remove->bindValue(QStringLiteral(":id"), lockId);
        remove->bindValue(QStringLiteral(":before"), HistoryWriter::toText(before));
        remove->bindValue(QStringLiteral(":reason"), reason);
        if (auto ok = sql::exec(*remove, what); !ok)
            return std::unexpected(ok.error());
        const bool removed = remove->next() && remove->value(0).toBool();
        remove->finish();
        if (!removed)
            return std::unexpected(
                Error{Error::Kind::Failed,
                      QCoreApplication::translate("sams::SqlLockWriter", "There is no lock %1.").arg(lockId),
                      Error::Reason::NotFound});
    } else {
        if (auto ok = HistoryWriter(db, m_actor)
                          .record(QStringLiteral("lock"), lockId, QStringLiteral("remove"), before, {}, reason);
            !ok)
            return std::unexpected(ok.error());
        sql::Statement remove = sql::prepare(db, QStringLiteral("DELETE FROM locks WHERE id = :id"));
        if (!remove)
            return std::unexpected(remove.error());
        remove->bindValue(QStringLiteral(":id"), lockId);
        if (auto ok = sql::exec(*remove, what); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return lock;
}

Result<QList<DayImpact>> SqlLockWriter::displacedBy(const Store &store, const Lock &lock, qint64 lockId)
{
    SqlScheduleRepository repository(m_database);
    const QDate from = lock.startsAt.toTimeZone(store.timeZone()).date();
    const QDate to = lock.endsAt.toTimeZone(store.timeZone()).date();
    Result<StoreSnapshot> snapshot = repository.snapshot(store, from, to, AppointmentDetail::Engine);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    // The rules as they were without this lock: what fitted then and does not now.
    snapshot->rules.locks.removeIf([lockId](const Lock &l) { return l.id == lockId; });
    return impactOf(StoreSchedule(std::move(snapshot->rules), activeSpans(snapshot->appointments)), lock, from, to);
}

} // namespace sams
