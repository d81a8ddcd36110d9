#pragma once

#include "core/ChainData.h"
#include "core/Error.h"

#include <optional>

namespace sams {

// What the rest of SAMS asks of storage. Core defines it; the storage layer
// implements it for SQLite and PostgreSQL.
class ScheduleRepository
{
public:
    virtual ~ScheduleRepository() = default;

    virtual Result<QList<Store>> stores() = 0;
    // One store as it is now; an error when it does not exist.
    virtual Result<Store> store(StoreId id) = 0;
    virtual Result<QList<Chair>> chairs(std::optional<StoreId> store = std::nullopt) = 0;
    virtual Result<QList<HoursVersion>> hoursVersions(StoreId store) = 0;
    virtual Result<QList<DateException>> exceptions(StoreId store, QDate from, QDate to) = 0;
    virtual Result<QList<ZipCode>> zipCodes(StoreId store) = 0;
    // Locks and appointments of a store that overlap [from, to).
    virtual Result<QList<Lock>> locks(StoreId store, const QDateTime &from, const QDateTime &to) = 0;
    virtual Result<QList<Appointment>> appointments(StoreId store, const QDateTime &from, const QDateTime &to) = 0;
    virtual Result<QList<WorkOrder>> workOrders(StoreId store) = 0;
    virtual Result<Appointment> appointment(AppointmentId id) = 0;

    // Writes a whole chain into an empty database, in one transaction.
    virtual Status insertChain(const ChainData &chain) = 0;
};

} // namespace sams
