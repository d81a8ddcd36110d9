#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace sams {

// An appointment as a calendar invitation (RFC 5545/5546, docs/notifications.md,
// "Invitations"), or as the event a calendar keeps (RFC 4791: no METHOD, no
// attendees; docs/calendar-sync.md), built with libical.
struct InvitationEvent {
    QString method = QStringLiteral("REQUEST"); // "REQUEST" (booked, moved) or "CANCEL"
    QString uid; // the same for every message about one appointment
    int sequence = 0; // raised with every change: the appointment's version
    QDateTime startUtc;
    QDateTime endUtc;
    QByteArray zoneId; // the store's IANA zone: DTSTART/DTEND carry it as TZID
    QDateTime stampUtc; // DTSTAMP: when this message was made
    QString summary;
    QString location;
    QString description;
    QString organizer; // the sender's address
    QString attendee; // the customer's address
    QString attendeeName;
    // A calendar's own copy (CalDAV): no METHOD, organizer or attendee, and
    // CLASS:PRIVATE; STATUS follows `method` as for an invitation.
    bool stored = false;
    QDate allDay; // valid: an all-day event on this store-local date (start and end unused)
};

// The VCALENDAR text: METHOD (not for a stored copy), a VTIMEZONE for the store's zone cut to the years
// around the event (the previous to the next), and the VEVENT with its times in
// the store's wall time (STATUS:CANCELLED for a CANCEL). A zone libical does not
// know gives UTC times and no VTIMEZONE.
QByteArray buildInvitation(const InvitationEvent &event);

} // namespace sams
