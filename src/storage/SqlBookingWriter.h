#pragma once

#include "core/Appointment.h"
#include "core/BookingRules.h"
#include "core/Store.h"

#include <QList>

#include <optional>
#include <utility>

namespace sams {

class Database;

// Books an appointment: in one write transaction it loads the store's day, runs
// the booking rules every writer shares, inserts the row and its history. A
// concurrent writer waits for the write lock, so the check and the insert see
// the same data.
class SqlBookingWriter
{
public:
    SqlBookingWriter(Database &database, const QString &actor);

    // `details` gives the customer, service and notes; where and when come from
    // `request` (UTC seconds, computed in `seen`'s zone). Every rule is checked
    // against the store as it is inside the write transaction, not `seen`.
    // A request key already used for the same chair, start and length returns the
    // appointment that request made (a retry after a lost acknowledgement).
    Result<AppointmentId> book(const Store &seen, const BookingRequest &request, const Appointment &details);

    // Moves an appointment of `store` to `chair` at `start` (and to `slotCount`
    // slots; 0 keeps its length), if it is still at `version`; returns the new
    // version. The same rules as booking apply, with the appointment's own slots
    // counted as free.
    Result<int> move(const Store &seen, AppointmentId id, ChairId chair, qint64 start, int version, int slotCount = 0);
    // Changes the status along the lifecycle (core/ScheduleWriter.h); reinstating
    // a cancelled appointment checks and takes its slots again like a booking.
    Result<int> setStatus(const Store &seen, AppointmentId id, AppointmentStatus to, int version,
                          const QString &reason);
    // Cancels an appointment still at `version`, with the reason kept in history.
    Result<int> cancel(AppointmentId id, const QString &reason, int version);
    // The customer's details, service and notes of `details` (ScheduleWriter.h).
    Result<int> updateDetails(AppointmentId id, const Appointment &details, int version);

private:
    // A blank name or a control character in any text of `details` (and `zip`).
    static Status checkDetails(const Appointment &details, const QString &zip);
    // Inserts the checked appointment and its history; returns its id.
    Result<AppointmentId> insertBooked(const Appointment &appointment, const QString &requestKey);
    // Error::Usage when an earlier request with this key booked another chair or time.
    static Status sameRequest(const Appointment &earlier, const BookingRequest &request);
    // The appointment as it is, if it is still at `version` and not cancelled.
    Result<Appointment> editable(const std::optional<Appointment> &current, AppointmentId id, int version);
    // The same, read by id inside the caller's transaction.
    Result<Appointment> readEditable(AppointmentId id, int version);
    // Updates the appointment from `before` (at its version) to `after` and records
    // history; a stale version is refused with who changed it.
    Status writeChange(const QString &action, const Appointment &before, const Appointment &after,
                       const QString &reason);
    // Seats are SAMS's bookkeeping (docs/decisions.md, Seats): where the appointment
    // being written sits, and which overlapping appointments of its chair change
    // seat to make room for it.
    struct SeatPlan {
        int seat = 0;
        QList<std::pair<AppointmentId, int>> reseated; // appointment, its new seat
        qint64 from = 0; // the re-seated appointments lie in [from, to)
        qint64 to = 0;
    };
    // `ignore` is the appointment being moved (0 when booking); `read` are the
    // appointments the writer's snapshot holds around the span.
    Result<SeatPlan> planSeats(const Store &store, ChairId chair, const SlotSpan &span, AppointmentId ignore,
                               const QList<Appointment> &read);
    // Gives the re-seated appointments their seats with the database's row-by-row
    // overlap check set aside; finishReseating(), after the appointment itself is
    // written, has the database check the chair as a whole again.
    Status startReseating(ChairId chair, const SeatPlan &plan);
    Status finishReseating(ChairId chair, const SeatPlan &plan);
    // The refusal for an edit made from an old version: who changed it, when, how.
    Error staleVersion(AppointmentId id, int expected, int actual);

    Database &m_database;
    QString m_actor;
};

} // namespace sams
