#pragma once

#include "core/Appointment.h"
#include "core/CalendarSync.h"
#include "core/Error.h"
#include "core/WorkOrder.h"

#include <QHash>

#include <optional>

namespace sams {

// A row claimed for one push. Only the holder of `token` may finish it (the
// same fence as the outbox's, docs/calendar-sync.md, "The worker").
struct ClaimedSync {
    SyncEntry entry;
    QString token;
};

// What a row is about, read again just before the push: the worker decides from
// it whether the calendar should hold an event, and what the event says.
struct SyncSubject {
    CalendarAccount account;
    std::optional<Appointment> appointment; // entity "appointment", if it exists
    std::optional<WorkOrder> order; // entity "work_order"
    Store store;
    QString chairName;
    bool phonesAllowed = true; // the store lets phone numbers into third-party calendars
    QString installation; // this installation's id, for identities
};

// How a push ended.
struct SyncEnd {
    SyncState state = SyncState::Synced;
    bool present = false; // the calendar now holds the event
    QString remoteId;
    QString etag;
    int generation = 1;
    QString error; // why, for retrying, needs sign-in, removed and dead
    qint64 nextAttemptAt = 0; // UTC seconds, for retrying
    bool handedOver = false; // an unclear create: the next attempt looks it up before creating
};

struct SyncFilter {
    qint64 accountId = 0; // 0: every account the login sees
    std::optional<SyncState> state;
    bool attentionOnly = false; // needs sign-in or failed (the badge's click)
    QString entity; // with entityId: one record's rows (the appointment's details)
    qint64 entityId = 0;
    int limit = 100000;
    // What the sync view shows only: no identities, versions, ETags or claims
    // (the view opens on tens of thousands of rows, docs/performance.md).
    bool brief = false;
};

// Calendar sync's rows as the worker, the sync view and samsctl use them;
// storage implements it. Times are UTC seconds. Errors: Error::Failed
// (database), Error::Permission (another user's account on PostgreSQL),
// Error::NotFound, Error::Rule (a bad account).
class CalendarSyncQueue
{
public:
    virtual ~CalendarSyncQueue() = default;

    // Accounts the login sees (its own; an admin every one).
    virtual Result<QList<CalendarAccount>> accounts() = 0;
    virtual Result<CalendarAccount> account(qint64 id) = 0;
    // Adds an account and a pending row for each of its stores' records from a
    // week ago on (docs/calendar-sync.md, "What is pushed"); returns its id.
    virtual Result<qint64> addAccount(const CalendarAccount &account, qint64 now) = 0;
    // Saves label, audience, kinds, stores and calendar; rows for what it now
    // follows are added, rows for what it no longer follows are woken (the
    // worker removes their events).
    virtual Status updateAccount(const CalendarAccount &account, qint64 now) = 0;
    // Forgets the account and its rows (the caller removed SAMS's calendar first).
    virtual Status removeAccount(qint64 id) = 0;
    // NeedsSignIn: every waiting row of it waits too; Active: they are pending again.
    virtual Status setAccountState(qint64 id, CalendarAccountState state, const QString &error) = 0;
    // A desktop holding the account's secret is pushing for it.
    virtual Status touchAccount(qint64 id, qint64 now) = 0;

    // Rows whose claim ran out become retrying at once (their handover mark
    // kept, so an unclear create is looked up before it is made again).
    virtual Result<int> recoverExpired(qint64 now) = 0;
    // Claims up to `limit` due rows of `accounts`, leased until now +
    // leaseSeconds; each row goes to one claimer however many run at once.
    virtual Result<QList<ClaimedSync>> claim(const QList<qint64> &accounts, int limit, qint64 now, int leaseSeconds)
        = 0;
    virtual Result<SyncSubject> subject(const SyncEntry &entry) = 0;
    // Just before a request that may create or change an event: renews the lease
    // and marks the attempt as handed over; false when `token` no longer holds it.
    virtual Result<bool> handOver(qint64 id, const QString &token, qint64 now, int leaseSeconds) = 0;
    // Ends the push `token` holds; false when it no longer holds it. A row
    // changed meanwhile is pending again.
    virtual Result<bool> finish(qint64 id, const QString &token, const SyncEnd &end, qint64 now) = 0;

    virtual Result<QList<SyncEntry>> list(const SyncFilter &filter) = 0;
    virtual Result<SyncEntry> entry(qint64 id) = 0;
    // Rows that need a person, per account id.
    virtual Result<QHash<qint64, int>> attentionCounts() = 0;
    // A person's decision: push a dead, removed or waiting row again from the
    // first attempt. Error::Conflict while it is being pushed.
    virtual Status retry(qint64 id, qint64 now) = 0;
};

} // namespace sams
