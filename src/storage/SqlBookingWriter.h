#pragma once

#include "core/BookingRules.h"
#include "core/Store.h"

namespace sams {

class Database;
class SqlScheduleRepository;

// Books an appointment: in one write transaction it loads the store's day, runs
// the booking rules every writer shares, inserts the row and its history. A
// concurrent writer waits for the write lock, so the check and the insert see
// the same data.
class SqlBookingWriter
{
public:
    SqlBookingWriter(Database &database, const QString &actor);

    // `details` gives the customer, service and notes; where and when come from `request`.
    Result<AppointmentId> book(const Store &store, const BookingRequest &request, const Appointment &details);

    // Moves an appointment of `store` to `chair` at `start`, if it is still at
    // `version`; returns the new version. The same rules as booking apply, with the
    // appointment's own slots counted as free.
    Result<int> move(const Store &store, AppointmentId id, ChairId chair, qint64 start, int version);
    // Cancels an appointment still at `version`, with the reason kept in history.
    Result<int> cancel(AppointmentId id, const QString &reason, int version);

private:
    Status lockChairs(QList<ChairId> chairs);
    // The appointment as it is, if it is still at `version` and not cancelled.
    Result<Appointment> editable(SqlScheduleRepository &repository, AppointmentId id, int version);
    Result<int> freeSeat(ChairId chair, const SlotSpan &span, AppointmentId ignore, int capacity);
    // The refusal for an edit made from an old version: who changed it, when, how.
    Error staleVersion(AppointmentId id, int expected, int actual);

    Database &m_database;
    QString m_actor;
};

} // namespace sams
