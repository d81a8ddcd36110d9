#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sams {

// An appointment as a calendar invitation (RFC 5545/5546, docs/notifications.md,
// "Invitations"), built with libical.
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
};

// The VCALENDAR text: METHOD, a VTIMEZONE for the store's zone cut to the years
// around the event (the previous to the next), and the VEVENT with its times in
// the store's wall time (STATUS:CANCELLED for a CANCEL). A zone libical does not
// know gives UTC times and no VTIMEZONE.
QByteArray buildInvitation(const InvitationEvent &event);

} // namespace sams
