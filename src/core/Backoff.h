#pragma once

#include <QtGlobal>

#include <functional>

namespace sams {

// When to try a failed message again (docs/notifications.md, "Retries"; calendar sync uses the same): the
// delay doubles from `base` with each attempt up to `cap`, and is spread by
// ±`jitter` (a fraction) so that messages failed together do not return together.
struct Backoff {
    int baseSeconds = 30;
    int capSeconds = 3600;
    double jitter = 0.2;

    // The delay after attempt `attempt` (1 for the first) failed; `unit` is a
    // random number in [0, 1) (QRandomGenerator in use, fixed in tests). Seconds.
    qint64 delayAfter(int attempt, double unit) const;
};

} // namespace sams
