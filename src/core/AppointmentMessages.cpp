#include "core/AppointmentMessages.h"

namespace sams {

qint64 reminderMoment(const QDateTime &startUtc, const QTimeZone &zone, int leadMinutes)
{
    // Whole days go back on the calendar in the store's zone (same wall time);
    // what is left is elapsed minutes.
    const QDateTime local = startUtc.toTimeZone(zone);
    const QDateTime dayBefore = local.addDays(-(leadMinutes / (24 * 60)));
    return dayBefore.addSecs(-qint64(leadMinutes % (24 * 60)) * 60).toSecsSinceEpoch();
}

QList<OutboxMessage> appointmentMessages(const Appointment &after, const Store &store, AppointmentEvent event,
                                         qint64 nowSecs, int reminderMinutes)
{
    OutboxMessage base;
    if (!after.customerEmail.isEmpty()) {
        base.channel = QStringLiteral("email");
        base.recipient = after.customerEmail;
    } else if (!after.customerPhone.isEmpty()) {
        base.channel = QStringLiteral("sms");
        base.recipient = after.customerPhone;
    } else {
        return {};
    }
    base.storeId = store.id;
    base.entity = QStringLiteral("appointment");
    base.entityId = after.id;
    base.entityVersion = after.version;
    base.aboutAt = after.startsAt.toSecsSinceEpoch();

    QList<OutboxMessage> messages;
    OutboxMessage confirmation = base;
    confirmation.dedupKey = QStringLiteral("confirm:%1:%2").arg(after.id).arg(after.version);
    confirmation.kind = event == AppointmentEvent::Booked ? appointmentBookedKind
        : event == AppointmentEvent::Moved                ? appointmentMovedKind
                                                          : appointmentCancelledKind;
    messages.append(confirmation);
    if (event == AppointmentEvent::Cancelled)
        return messages;

    const qint64 moment = reminderMoment(after.startsAt, store.timeZone(), reminderMinutes);
    if (moment <= nowSecs)
        return messages; // booked closer to the start than the lead: the confirmation says it all
    OutboxMessage reminder = base;
    reminder.dedupKey = QStringLiteral("reminder:%1:%2").arg(after.id).arg(base.aboutAt);
    reminder.kind = appointmentReminderKind;
    reminder.notBefore = moment;
    messages.append(reminder);
    return messages;
}

} // namespace sams
