#include "core/Outbox.h"

#include "core/EnumNames.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

namespace sams {

namespace {
constexpr std::array<std::pair<OutboxState, const char *>, 9> stateNames{{
    {OutboxState::Queued, "queued"},
    {OutboxState::Sending, "sending"},
    {OutboxState::Sent, "sent"},
    {OutboxState::Retrying, "retrying"},
    {OutboxState::Dead, "dead"},
    {OutboxState::Superseded, "superseded"},
    {OutboxState::Unknown, "unknown"},
    {OutboxState::Missed, "missed"},
    {OutboxState::Cancelled, "cancelled"},
}};
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::Outbox)
};
} // namespace

QString outboxStateName(OutboxState state)
{
    return detail::nameIn(stateNames, state);
}

std::optional<OutboxState> parseOutboxState(const QString &name)
{
    return detail::parseIn<OutboxState>(stateNames, name);
}

QString outboxStateLabel(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return Text::tr("Queued");
    case OutboxState::Sending:
        return Text::tr("Sending");
    case OutboxState::Sent:
        return Text::tr("Sent");
    case OutboxState::Retrying:
        return Text::tr("Retrying");
    case OutboxState::Dead:
        return Text::tr("Failed");
    case OutboxState::Superseded:
        return Text::tr("Superseded");
    case OutboxState::Unknown:
        return Text::tr("Unknown");
    case OutboxState::Missed:
        return Text::tr("Missed");
    case OutboxState::Cancelled:
        return Text::tr("Cancelled");
    }
    return {};
}

bool retryAllowed(OutboxState state)
{
    return std::find(std::begin(retryableStates), std::end(retryableStates), state) != std::end(retryableStates);
}

bool cancelAllowed(OutboxState state)
{
    return std::find(std::begin(cancellableStates), std::end(cancellableStates), state) != std::end(cancellableStates);
}

QStringList outboxKinds()
{
    return {QStringLiteral("appointment_booked"),    QStringLiteral("appointment_moved"),
            QStringLiteral("appointment_cancelled"), QStringLiteral("appointment_reminder"),
            QStringLiteral("order_scheduled"),       QStringLiteral("order_rescheduled"),
            QStringLiteral("order_completed"),       QStringLiteral("order_reminder")};
}

QString outboxKindLabel(const QString &kind)
{
    if (kind == QLatin1String("appointment_booked"))
        return Text::tr("Booking confirmation");
    if (kind == QLatin1String("appointment_moved"))
        return Text::tr("Appointment moved");
    if (kind == QLatin1String("appointment_cancelled"))
        return Text::tr("Cancellation");
    if (kind == QLatin1String("appointment_reminder"))
        return Text::tr("Reminder");
    if (kind == QLatin1String("order_scheduled"))
        return Text::tr("Order scheduled");
    if (kind == QLatin1String("order_rescheduled"))
        return Text::tr("Order rescheduled");
    if (kind == QLatin1String("order_completed"))
        return Text::tr("Order completed");
    if (kind == QLatin1String("order_reminder"))
        return Text::tr("Technicians' reminder");
    return kind;
}

} // namespace sams
