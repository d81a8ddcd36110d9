#pragma once

#include "core/Error.h"

namespace sams {

// The loop both delivery workers share (the outbox's and calendar sync's,
// docs/calendar-sync.md, "The worker"): claim a batch of due rows (each row goes
// to one claimer, leased and fenced by a token), hand each to `handle`, which
// ends it, and go on until nothing is due or `stopping()` says to quit. The
// claim's SQL is storage's shared LeasedRows.
//   claim: () -> Result<QList<Claimed>>; handle: (const Claimed &) -> Status.
template<typename Claim, typename Handle, typename Stopping>
Status drainClaims(Claim claim, Handle handle, Stopping stopping)
{
    while (!stopping()) {
        auto claimed = claim();
        if (!claimed)
            return std::unexpected(claimed.error());
        if (claimed->isEmpty())
            break;
        for (const auto &c : *claimed) {
            if (Status done = handle(c); !done)
                return done;
        }
    }
    return {};
}

} // namespace sams
