#pragma once

#include "core/Appointment.h"
#include "core/BookingRules.h"
#include "core/Error.h"
#include "core/ImpactAnalysis.h"
#include "core/Lock.h"
#include "core/Store.h"

namespace sams {

struct AddedLock {
    qint64 id = 0;
    QList<DayImpact> displaced; // what the lock displaces: still booked, now on the worklist
    QString reportProblem; // set when the lock was saved but `displaced` could not be read
};

// What the signed-in user may do (docs/editing.md, Rights). The desktop hides or
// disables what is not allowed; the database refuses it anyway (PostgreSQL grants).
struct Rights {
    QString role; // "admin", "manager", "scheduler", "technician", or "owner" (embedded, service)
    bool book = false; // book, move, resize, cancel, change status
    bool lock = false; // add and remove locks
    bool overrideLocks = false; // book into a locked slot (with a reason)
    bool rules = false; // change hours, exceptions, chairs, stores and zip codes (core/RulesWriter.h)
    bool orders = false; // schedule, start, complete, reschedule, cancel work orders (core/WorkOrderService.h)
};

// The appointment lifecycle (docs/editing.md, Lifecycle): whether `to` may follow
// `from` as a status change. Cancelling is its own verb; Cancelled -> an active
// status reinstates (undo), if the slots are still free.
// Only what has not happened yet is cancelled: a pending or confirmed
// appointment. A checked-in, completed or no-show visit is corrected by a status
// change instead, so undoing a cancel can always go back (docs/editing.md).
bool cancelAllowed(AppointmentStatus status);
bool statusChangeAllowed(AppointmentStatus from, AppointmentStatus to);

// Every change a desktop, samsctl or a test makes to appointments and locks. Each
// edit runs as one write transaction under the shared booking rules
// (core/BookingRules.h) and records history; an edit made from an old version is
// refused with Error::Reason::StaleVersion and nothing changes. Instants are UTC
// seconds; `seen` is the store as the caller read it (its zone computed them).
// Errors: Rule (with the reason: closed, locked, past, chair ended, outside the
// horizon), Conflict (taken, stale version), Permission (the role may not),
// Usage (malformed text), Failed (the database).
class ScheduleWriter
{
public:
    virtual ~ScheduleWriter() = default;

    virtual Rights rights() = 0;

    // Books a new appointment at version 1 (a retry with the same request key
    // returns the first one's id).
    virtual Result<AppointmentId> book(const Store &seen, const BookingRequest &request, const Appointment &details)
        = 0;
    // Moves and/or resizes an appointment at `version` to `slotCount` slots of
    // `chair` from `start`; returns the new version. Its own slots count as free.
    virtual Result<int> reschedule(const Store &seen, AppointmentId id, ChairId chair, qint64 start, int slotCount,
                                   int version)
        = 0;
    // Cancels it (while cancelAllowed), the reason kept in history; returns the
    // new version. Rule with NotEditable for a visit that happened.
    virtual Result<int> cancel(AppointmentId id, const QString &reason, int version) = 0;
    // Changes its status along the lifecycle (statusChangeAllowed); reinstating a
    // cancelled one checks its slots again. Returns the new version.
    virtual Result<int> setStatus(const Store &seen, AppointmentId id, AppointmentStatus to, int version,
                                  const QString &reason)
        = 0;

    // Replaces the customer's name, phone, e-mail and zip, the service and both
    // notes with those of `details` (nothing else of it is read) while the
    // appointment is at `version` and not cancelled; returns the new version.
    // Errors: Usage for a blank name or a control character, Conflict with
    // Reason::StaleVersion when someone changed it since, Rule with NotEditable.
    virtual Result<int> updateDetails(AppointmentId id, const Appointment &details, int version) = 0;

    // Adds a lock and reports what it displaces (it never moves or cancels anything).
    virtual Result<AddedLock> addLock(const Store &seen, const Lock &lock) = 0;
    // Removes a lock, the reason kept in history; returns the lock as it was (to add
    // it again on undo). Error::Failed with Reason::NotFound when it is gone already.
    virtual Result<Lock> removeLock(qint64 lockId, const QString &reason) = 0;
};

} // namespace sams
