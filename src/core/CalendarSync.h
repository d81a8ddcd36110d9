#pragma once

#include "core/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace sams {

// Calendar sync (docs/calendar-sync.md): SAMS pushes each user's appointments
// and work orders one way into their own calendars. Calendars never change or
// delete a booking.

enum class CalendarProvider { CalDav, Google, Outlook };
QString calendarProviderName(CalendarProvider provider); // "caldav", as stored
std::optional<CalendarProvider> parseCalendarProvider(const QString &name);
QString calendarProviderLabel(CalendarProvider provider); // "CalDAV", "Google Calendar", "Outlook"

// What an event says depends on whose calendar it is (docs/calendar-sync.md,
// "What an event shows").
enum class CalendarAudience { Staff, Manager };

enum class CalendarAccountState { Active, NeedsSignIn, Disconnected };
QString calendarAccountStateName(CalendarAccountState state); // "needs_signin", as stored
std::optional<CalendarAccountState> parseCalendarAccountState(const QString &name);

// One user's calendar account. Secrets (passwords, tokens) are never here: they
// live in the system keychain of the desktops that push for it.
struct CalendarAccount {
    qint64 id = 0;
    QString userLogin; // the SAMS user whose calendar it is
    CalendarProvider provider = CalendarProvider::CalDav;
    QString accountUrl; // CalDAV: the address given (discovery starts there); OAuth: the API's base
    QString login; // CalDAV: the user name; OAuth: the account's address
    QString calendarRef; // the calendar SAMS made: a CalDAV collection URL, a Google or Graph calendar id
    QString label; // what people call it ("Ana's iCloud")
    CalendarAudience audience = CalendarAudience::Staff;
    bool appointments = true; // follows the stores' appointments
    bool orders = false; // follows the stores' scheduled work orders
    QList<StoreId> stores;
    CalendarAccountState state = CalendarAccountState::Active;
    QString lastError;
    qint64 seenAt = 0; // UTC seconds: a desktop holding its secret last pushed for it; 0: never
    qint64 createdAt = 0; // UTC seconds
};

// Where one event is (docs/calendar-sync.md, "States").
enum class SyncState {
    Pending, // a change waits to be pushed
    Pushing, // claimed by a worker
    Synced, // the calendar has the latest version (or, for a cancelled record, no event)
    Retrying, // the last push failed; tried again at nextAttemptAt
    NeedsSignIn, // the account's login expired or was refused: waits for a person
    Removed, // the user deleted it in their calendar: SAMS stops pushing it
    Dead, // failed too often; the next change (or a retry) starts over
};
QString syncStateName(SyncState state); // "pending", as stored
std::optional<SyncState> parseSyncState(const QString &name);
QString syncStateLabel(SyncState state); // translated
inline constexpr SyncState allSyncStates[]
    = {SyncState::Pending,     SyncState::Pushing, SyncState::Synced, SyncState::Retrying,
       SyncState::NeedsSignIn, SyncState::Removed, SyncState::Dead};
// A person should look: the account's badge counts these.
inline bool syncNeedsAttention(SyncState s)
{
    return s == SyncState::NeedsSignIn || s == SyncState::Dead;
}

// The desired state of one record in one account's calendar.
struct SyncEntry {
    qint64 id = 0;
    qint64 accountId = 0;
    QString entity; // "appointment", "work_order"
    qint64 entityId = 0;
    StoreId storeId = 0;
    int generation = 1; // raised after each delete: a restored record gets a new identity
    int wantedVersion = 1; // raised by every change, in the change's transaction
    int pushedVersion = 0; // what the calendar has
    bool present = false; // the calendar holds an event for it (as far as SAMS knows)
    QString remoteId; // CalDAV: the event's href; Google and Graph: the event id
    QString etag;
    SyncState state = SyncState::Pending;
    int attempts = 0;
    qint64 nextAttemptAt = 0; // UTC seconds; 0: at once
    QString lastError;
    qint64 pushedAt = 0; // UTC seconds
    bool handedOver = false; // the claimed attempt reached the server (an unclear create: look it up first)
    int claimedVersion = 0; // the wanted version the current claim pushes
    // Joined for people: the record's customer or title and when it is.
    QString what;
    qint64 startsAt = 0; // UTC seconds (appointments)
    QDate dueDate; // store-local (work orders)
    QString storeCode;
    QString accountLabel;
    QString userLogin;
};

// The event's identity, chosen by SAMS before the first push and kept for every
// retry: one installation, kind, record and generation (docs/calendar-sync.md,
// "Identities"). Safe in a URL path and as a Google event id (base32hex: 0-9, a-v).
QString syncEventUid(const QString &installation, const QString &entity, qint64 entityId, int generation);

} // namespace sams
