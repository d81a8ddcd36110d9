#pragma once

#include "core/ScheduleWriter.h"

namespace sams {

class Database;

// ScheduleWriter on a SQL database: the booking and lock writers behind the core
// interface, so that the desktop and its editing layer never name a SQL type.
// Owned by the thread that opened `database`.
class SqlScheduleWriter : public ScheduleWriter
{
public:
    SqlScheduleWriter(Database &database, const QString &actor);

    // Read once: a login's role does not change while it is connected.
    Rights rights() override;
    Result<AppointmentId> book(const Store &seen, const BookingRequest &request, const Appointment &details) override;
    Result<int> reschedule(const Store &seen, AppointmentId id, ChairId chair, qint64 start, int slotCount,
                           int version) override;
    Result<int> cancel(AppointmentId id, const QString &reason, int version) override;
    Result<int> updateDetails(AppointmentId id, const Appointment &details, int version) override;
    Result<int> setStatus(const Store &seen, AppointmentId id, AppointmentStatus to, int version,
                          const QString &reason) override;
    Result<AddedLock> addLock(const Store &seen, const Lock &lock) override;
    Result<Lock> removeLock(qint64 lockId, const QString &reason) override;

private:
    Database &m_database;
    QString m_actor;
    std::optional<Rights> m_rights;
};

} // namespace sams
