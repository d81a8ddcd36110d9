#pragma once

#include "calendarsync/EventContent.h"

#include <QString>

namespace sams {

// How one request to a calendar ended (docs/calendar-sync.md, "Errors").
struct RemoteResult {
    enum class Kind {
        Done, // carried out
        Exists, // a create found its identity taken: look it up and adopt it
        Gone, // the event is not there (deleted by the user, 404/410)
        Stale, // the event changed since its ETag (412): read it again
        Transient, // nothing was carried out and it may pass (5xx, 429, no connection)
        Unknown, // the request went out and no answer came: it may have been carried out
        SignIn, // the login expired or was refused (401, invalid_grant)
        Refused, // refused for good (400, 403 other than quota)
    };
    Kind kind = Kind::Done;
    QString remoteId; // the event's href or id, when known
    QString etag;
    QString error; // what the server or the connection said
    qint64 retryAfter = 0; // seconds the server asked to wait (Retry-After)
    bool serverDown = false; // the server could not be reached: the pass stops using it
};

// One account's calendar, as the sync worker uses it. Blocking; one thread.
class CalendarClient
{
public:
    virtual ~CalendarClient() = default;
    // Finds (or creates) the calendar SAMS writes into; remoteId is its
    // reference (a collection URL, a calendar id). Used when connecting.
    virtual RemoteResult ensureCalendar(const QString &installation) = 0;
    virtual RemoteResult create(const EventContent &event) = 0;
    virtual RemoteResult update(const QString &remoteId, const QString &etag, const EventContent &event) = 0;
    virtual RemoteResult remove(const QString &remoteId, const QString &etag) = 0;
    // The event SAMS made under `event`'s identity, if the calendar holds it
    // (Gone otherwise): after an unclear create, and when a create finds it taken.
    virtual RemoteResult lookup(const EventContent &event) = 0;
    // Removes the calendar SAMS made, with everything in it (disconnecting).
    virtual RemoteResult removeCalendar() = 0;
    // Whether the login reaches SAMS's calendar (signing in again): Done, or
    // SignIn for a refused login, Gone when the calendar was deleted.
    virtual RemoteResult checkCalendar() = 0;
};

} // namespace sams
