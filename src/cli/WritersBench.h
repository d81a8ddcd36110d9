#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl --db URL bench writers [--writers 16] [--seconds 10] [--stores 20]
// Fills an empty database with a generated chain (--stores stores x 5 chairs, a
// year of appointments), then runs --writers separate samsctl processes that book
// one appointment at a time on chairs of their own for --seconds, all starting at
// the same instant. Prints bookings per second, per-writer bookings, busy refusals,
// taken slots, errors, the longest booking and the overlap check. Exit code 0 only
// when there are no overlaps, errors or busy refusals and every writer booked.
int runWritersBench(const CommandContext &context, const QStringList &arguments);

// The hidden worker of bench writers:
// samsctl bench writer --worker I --of N --seconds S --now UTC_SECS
// Books chairs whose position among all chairs (by id) modulo N is I. Prints
// "ready", reads the start instant (epoch ms) from stdin, writes until S seconds
// after it, then prints one JSON line with its counts.
int runWritersBenchWorker(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
