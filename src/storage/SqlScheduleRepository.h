#pragma once

#include "core/ScheduleRepository.h"

#include <QSqlDatabase>

namespace sams {

class Database;

// ScheduleRepository over a Qt SQL connection: prepared statements with named
// placeholders, every result checked.
class SqlScheduleRepository : public ScheduleRepository
{
public:
    explicit SqlScheduleRepository(Database &database);

    Result<QList<Store>> stores() override;
    Result<Store> store(StoreId id) override;
    Result<QList<Chair>> chairs(std::optional<StoreId> store = std::nullopt) override;
    Result<QList<HoursVersion>> hoursVersions(StoreId store) override;
    Result<QList<DateException>> exceptions(StoreId store, QDate from, QDate to) override;
    Result<QList<ZipCode>> zipCodes(StoreId store) override;
    Result<QList<Lock>> locks(StoreId store, const QDateTime &from, const QDateTime &to) override;
    Result<QList<Appointment>> appointments(StoreId store, const QDateTime &from, const QDateTime &to) override;
    Result<QList<WorkOrder>> workOrders(StoreId store) override;
    Result<Appointment> appointment(AppointmentId id) override;
    Result<QList<Appointment>> appointmentsWithIds(const QList<AppointmentId> &ids) override;
    Result<QList<Appointment>> contactsOf(const QList<AppointmentId> &ids) override;
    Result<QList<BookedSpan>> bookedOverlapping(const QList<ChairRange> &ranges) override;
    Result<StoreSnapshot> snapshot(const Store &store, QDate from, QDate to, AppointmentDetail detail) override;
    // At most two statements: the newest appointments first, then, when those hold
    // too few matches, the index of migration 015 (docs/search.md).
    Result<QList<AppointmentMatch>> searchAppointments(const QString &text, int limit) override;

    Status insertChain(const ChainData &chain) override;

private:
    // appointmentsWithIds() and contactsOf(): `columns` of the rows with these ids.
    template<typename Map>
    Result<QList<Appointment>> withIds(const QList<AppointmentId> &ids, const QString &columns, Map map);

    Result<QList<Store>> selectStores(std::optional<StoreId> id);

    QSqlDatabase &m_db;
};

} // namespace sams
