#include "core/Outbox.h"

#include "core/EnumNames.h"

#include <array>
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

QString outboxStateName(OutboxState state) { return detail::nameIn(stateNames, state); }

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

} // namespace sams
