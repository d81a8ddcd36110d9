#include "storage/SqlLockWriter.h"

#include "core/StoreScheduleLoader.h"
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

Result<AddedLock> SqlLockWriter::add(const Store &store, const Lock &lock)
{
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());

    SqlScheduleRepository repository(m_database);
    // Queue behind bookings of the chairs it covers, so the impact below is exact.
    const Result<QList<Chair>> chairs = repository.chairs(store.id);
    if (!chairs)
        return std::unexpected(chairs.error());
    QList<qint64> covered;
    for (const Chair &chair : *chairs) {
        if (!lock.chairId || *lock.chairId == chair.id)
            covered.append(chair.id);
    }
    if (auto ok = sql::lockChairs(db, covered); !ok)
        return std::unexpected(ok.error());
    const QDate from = lock.startsAt.toTimeZone(store.timeZone()).date();
    const QDate to = lock.endsAt.toTimeZone(store.timeZone()).date();
    const Result<StoreSchedule> schedule = loadStoreSchedule(repository, store, from, to);
    if (!schedule)
        return std::unexpected(schedule.error());
    AddedLock added;
    added.displaced = impactOf(*schedule, lock, from, to);

    Result<QSqlQuery> insert
        = sql::prepare(db,
                       QStringLiteral("INSERT INTO locks (store_id, chair_id, starts_at, ends_at, reason, created_by) "
                                      "VALUES (:store, :chair, :from, :to, :reason, :by) RETURNING id"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bindValue(QStringLiteral(":store"), store.id);
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

    const QJsonObject after{{QStringLiteral("store_id"), store.id},
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
    return added;
}

} // namespace sams
