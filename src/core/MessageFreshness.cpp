#include "core/MessageFreshness.h"

#include "core/AppointmentMessages.h"

#include <QCoreApplication>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::MessageFreshness)
};

StaleVerdict superseded(const QString &why)
{
    return {OutboxState::Superseded, why};
}

std::optional<StaleVerdict> appointmentVerdict(const OutboxEntry &entry, const MessageSubject &subject, qint64 now)
{
    const QString &kind = entry.message.kind;
    if (!subject.appointment)
        return superseded(Text::tr("The appointment no longer exists"));
    const Appointment &a = *subject.appointment;
    if (kind == appointmentCancelledKind) {
        if (a.isActive())
            return superseded(Text::tr("The appointment was booked again"));
        if (subject.laterMessage)
            return superseded(Text::tr("A later message replaces it"));
        if (!subject.earlierSent)
            return superseded(Text::tr("The customer was never told of the booking"));
        return std::nullopt;
    }
    if (!a.isActive())
        return superseded(Text::tr("The appointment was cancelled"));
    if (a.startsAt.toSecsSinceEpoch() != entry.message.aboutAt)
        return superseded(Text::tr("The appointment was moved"));
    if (kind == appointmentReminderKind) {
        if (a.status == AppointmentStatus::Completed || a.status == AppointmentStatus::NoShow
            || a.status == AppointmentStatus::CheckedIn)
            return superseded(Text::tr("The appointment has taken place"));
        const qint64 due = entry.nextAttemptAt > 0 ? entry.nextAttemptAt : entry.message.notBefore;
        // Only a first attempt can be late; a retried reminder keeps its place.
        if (entry.attempts <= 1 && now > due + qint64(subject.storeNotify.missedMinutes) * 60)
            return StaleVerdict{OutboxState::Missed, Text::tr("Its moment passed before it could be sent")};
        if (now >= entry.message.aboutAt)
            return StaleVerdict{OutboxState::Missed, Text::tr("The appointment has begun")};
        return std::nullopt;
    }
    if (subject.laterMessage)
        return superseded(Text::tr("A later message replaces it"));
    return std::nullopt;
}

std::optional<StaleVerdict> orderVerdict(const MessageSubject &subject)
{
    if (!subject.order)
        return superseded(Text::tr("The work order no longer exists"));
    if (subject.order->status == WorkOrderStatus::Cancelled)
        return superseded(Text::tr("The work order was cancelled"));
    if (subject.laterMessage)
        return superseded(Text::tr("A later message replaces it"));
    return std::nullopt;
}
} // namespace

std::optional<StaleVerdict> staleVerdict(const OutboxEntry &entry, const MessageSubject &subject, qint64 nowSecs)
{
    if (subject.choice == ContactChoice::None)
        return superseded(Text::tr("The customer asked for no messages"));
    if (entry.message.entity == QLatin1String("appointment"))
        return appointmentVerdict(entry, subject, nowSecs);
    if (entry.message.entity == QLatin1String("work_order"))
        return orderVerdict(subject);
    return std::nullopt;
}

} // namespace sams
