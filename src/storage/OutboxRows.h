#pragma once

#include "core/AppointmentMessages.h"
#include "core/Error.h"
#include "core/Outbox.h"

#include <QSqlDatabase>

namespace sams::sql {

// Queues `message` inside the caller's transaction (docs/outbox.md): its row id,
// or 0 when a message with its dedup key is queued already (someone produced it
// first; the database keeps one).
Result<qint64> queueMessage(QSqlDatabase &db, const OutboxMessage &message, qint64 nowSecs);

// Queues the customer's messages for an appointment's change (core/AppointmentMessages.h)
// inside the caller's transaction: `after` is the appointment as written, at its
// new version. Reads the store's zone and reminder lead only when the customer
// can be reached at all.
Status queueAppointmentMessages(QSqlDatabase &db, const Appointment &after, AppointmentEvent event);

} // namespace sams::sql
