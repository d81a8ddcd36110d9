#pragma once

#include "core/ChainData.h"
#include "core/Error.h"

#include <QSqlDatabase>

namespace sams {

// Inserts every row of a ChainData, ids as given. Runs inside the caller's
// transaction so a failure leaves nothing behind.
class ChainInserter
{
public:
    ChainInserter(QSqlDatabase &db, const QString &actor);
    Status insert(const ChainData &chain);

private:
    Status insertStores(const QList<Store> &stores);
    Status insertChairs(const QList<Chair> &chairs);
    Status insertHours(const QList<HoursVersion> &versions);
    Status insertExceptions(const QList<DateException> &exceptions);
    Status insertZipCodes(const QList<ZipCode> &zipCodes);
    Status insertLocks(const QList<Lock> &locks);
    Status insertAppointments(const QList<Appointment> &appointments);
    Status insertWorkOrders(const QList<WorkOrder> &workOrders);
    Status recordHistory();

    QSqlDatabase &m_db;
    QString m_actor;
};

} // namespace sams
