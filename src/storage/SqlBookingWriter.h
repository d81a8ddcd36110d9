#pragma once

#include "core/BookingRules.h"
#include "core/Store.h"

namespace sams {

class Database;

// Books an appointment: in one write transaction it loads the store's day, runs
// the booking rules every writer shares, inserts the row and its history. A
// concurrent writer waits for the write lock, so the check and the insert see
// the same data.
class SqlBookingWriter
{
public:
    SqlBookingWriter(Database &database, QString actor);

    // `details` gives the customer, service and notes; where and when come from `request`.
    Result<AppointmentId> book(const Store &store, const BookingRequest &request, const Appointment &details);

private:
    Database &m_database;
    QString m_actor;
};

} // namespace sams
