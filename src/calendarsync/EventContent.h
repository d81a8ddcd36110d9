#pragma once

#include "core/CalendarSyncQueue.h"

#include <QDateTime>

#include <optional>

namespace sams {

// What one event in a user's calendar says (docs/calendar-sync.md, "What an
// event shows"): a projection of the appointment or order for the account's
// audience. Times are UTC instants shown in the store's IANA zone; an order
// due in a part of the day spans that part, one due on a day is all-day.
struct EventContent {
    QString uid; // syncEventUid(): the same for every push of one generation
    int sequence = 0; // raised with every push (iCalendar SEQUENCE)
    QDateTime startUtc;
    QDateTime endUtc;
    QDate allDay; // valid: an all-day event on this store-local date
    QByteArray zoneId; // the store's IANA zone
    QString summary;
    QString location;
    QString description;
    QString samsKey; // "<installation>:<entity>:<id>", for providers' lookups
};

// Whether the account's calendar should hold the record now: it exists, is not
// cancelled (an order also needs a due date), and the account follows its
// store and kind (and is not disconnected).
bool wantsEvent(const SyncEntry &entry, const SyncSubject &subject);

// The event for `entry` at `generation`; nullopt when wantsEvent() is false.
std::optional<EventContent> eventContent(const SyncEntry &entry, const SyncSubject &subject, int generation);

} // namespace sams
