#pragma once

#include "core/OutboxQueue.h"

#include <optional>

namespace sams {

// The send-time check (docs/notifications.md, "Superseded and missed"): whether
// `entry`, about to be sent at `nowSecs` (UTC seconds), must not go because of what
// `subject` says now. nullopt: send it; otherwise the end (Superseded or Missed)
// and its reason, translated.
struct StaleVerdict {
    OutboxState state = OutboxState::Superseded;
    QString reason;
};
std::optional<StaleVerdict> staleVerdict(const OutboxEntry &entry, const MessageSubject &subject, qint64 nowSecs);

} // namespace sams
