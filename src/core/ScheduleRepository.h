#pragma once

#include "core/AppointmentSearch.h"
#include "core/ChainData.h"
#include "core/Error.h"
#include "core/ImpactAnalysis.h"
#include "core/StoreSnapshot.h"

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
    // The appointments with these ids that the user may see, in id order (ids
    // not found are left out).
    virtual Result<QList<Appointment>> appointmentsWithIds(const QList<AppointmentId> &ids) = 0;
    // The same, with only the id, customer name and phone filled in (what a
    // preview lists: a fraction of the row to read).
    virtual Result<QList<Appointment>> contactsOf(const QList<AppointmentId> &ids) = 0;
    // The active appointments overlapping any of these ranges, as the engine sees
    // them (each once): what a change can displace (core/ImpactAnalysis.h,
    // rangesTouched). Errors: Error::Failed when the read fails.
    virtual Result<QList<BookedSpan>> bookedOverlapping(const QList<ChairRange> &ranges) = 0;

    // Everything a store's schedule over the store-local days [from, to] needs, in
    // one read (one statement on SQL databases, docs/performance.md): the store as
    // it is now, all its chairs, hours versions and zip codes, the exceptions of
    // those days, and the locks and appointments overlapping them, the instants
    // taken in `store`'s time zone. Errors: Error::Failed when the store no longer
    // exists or the read fails; Error::Permission when the database refuses.
    virtual Result<StoreSnapshot> snapshot(const Store &store, QDate from, QDate to, AppointmentDetail detail) = 0;

    // The customer search (docs/search.md): appointments of every store the user
    // may see whose customer name has a word starting with `text`, whose e-mail
    // starts with it, whose phone holds its digits (2 or more, punctuation
    // ignored) or whose id it is (all digits), newest first (starts_at descending;
    // cancelled ones included, marked by their status). At most `limit` of them
    // (defaultSearchLimit when 0 or less, never more than largestSearchLimit); an
    // empty text finds nothing. Errors: Error::Failed when the read fails.
    virtual Result<QList<AppointmentMatch>> searchAppointments(const QString &text, int limit) = 0;

    // Writes a whole chain into an empty database, in one transaction.
    virtual Status insertChain(const ChainData &chain) = 0;
};

} // namespace sams
