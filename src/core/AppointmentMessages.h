#pragma once

#include "core/Appointment.h"
#include "core/Outbox.h"

#include <QTimeZone>

namespace sams {

// The customer's messages an appointment's change causes (docs/notifications.md,
// "Message kinds"). They are worded when sent, from the template of their kind;
// here they are only keyed and addressed.

enum class AppointmentEvent { Booked, Moved, Cancelled };

inline const QString appointmentBookedKind = QStringLiteral("appointment_booked");
inline const QString appointmentMovedKind = QStringLiteral("appointment_moved");
inline const QString appointmentCancelledKind = QStringLiteral("appointment_cancelled");
inline const QString appointmentReminderKind = QStringLiteral("appointment_reminder");

// The moment of a reminder `leadMinutes` before `startUtc`, counted in the
// store's wall time: a 24-hour lead is the same clock time the day before, also
// across a DST change. UTC seconds.
qint64 reminderMoment(const QDateTime &startUtc, const QTimeZone &zone, int leadMinutes);

// The messages for `after` (the appointment as the change leaves it, at its new
// version) of `store`, at `nowSecs` (UTC seconds):
// - a confirmation keyed "confirm:<id>:<version>" (booked, moved or cancelled);
// - for a booking or a move, a reminder keyed "reminder:<id>:<start>" due at
//   reminderMoment(), none when that moment has passed already (booked late).
// By e-mail when the appointment has an address, else by SMS when it has a phone;
// none for a customer with neither.
QList<OutboxMessage> appointmentMessages(const Appointment &after, const Store &store, AppointmentEvent event,
                                         qint64 nowSecs, int reminderMinutes);

} // namespace sams
