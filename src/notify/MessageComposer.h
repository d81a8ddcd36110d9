#pragma once

#include "core/OutboxQueue.h"

#include <QMap>

namespace sams {

// A message worded and ready for its channel (docs/notifications.md, "Templates").
struct ComposedMessage {
    QString subject; // also the whole of an SMS
    QString text;
    QString html;
    QByteArray calendar; // an invitation (booked, moved) or its cancellation; empty: none
    QString calendarMethod;
};

// The placeholder values for `subject` (the appointment or order as it is now),
// dates and times in the store's zone, written for `language`.
QMap<QString, QString> placeholderValues(const MessageSubject &subject, const QString &language);

// Words `entry` with `wording` (the admin's template or the built-in one): its
// ready-made text for a work order, an appointment's template filled from
// `subject`; appointment confirmations carry an invitation whose UID is the
// appointment's in this installation and whose SEQUENCE is its version.
ComposedMessage composeMessage(const OutboxEntry &entry, const MessageSubject &subject, const MessageTemplate &wording,
                               const NotifySettings &settings, const QDateTime &stampUtc);

// The stable ids: one UID per appointment, one Message-ID per outbox row.
QString appointmentUid(qint64 appointment, const QString &installation);
QString outboxMessageId(qint64 row, const QString &installation);

} // namespace sams
