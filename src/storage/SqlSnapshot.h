#pragma once

#include "core/Error.h"
#include "core/StoreSnapshot.h"

#include <QSqlDatabase>

#include <optional>

namespace sams::sql {

// What a writer reads besides the store's schedule, in the same statement.
struct SnapshotExtras {
    QString requestKey; // the appointment booked earlier with this key, if any
    AppointmentId appointment = 0; // this appointment as it is now (Full detail), if any
};

struct SnapshotRead {
    StoreSnapshot snapshot;
    std::optional<Appointment> keyed; // Engine detail
    std::optional<Appointment> appointment;
};

// The schedule of `store` over its local days [from, to] and the extras, read
// in one statement: the rows come back as one JSON document built by the
// database (json_build_array on PostgreSQL, json_array on SQLite), so a store-week
// costs one round trip however many tables it spans (docs/performance.md). Every
// range is bounded on both sides: appointments last at most a day, locks at most
// limits::longestLockDays. Errors: Error::Failed when the store is gone or the
// read fails, Error::Permission when the database refuses.
Result<SnapshotRead> readSnapshot(QSqlDatabase &db, const Store &store, QDate from, QDate to, AppointmentDetail detail,
                                  const SnapshotExtras &extras = {});

} // namespace sams::sql
