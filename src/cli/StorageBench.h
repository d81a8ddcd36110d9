#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl --db URL bench storage [--stores 100] [--writers 16] [--seconds 5]
// Fills an empty database with a generated chain (a year of appointments), then
// prints book and cancel latency (median, p99), the time to load one store-week,
// and bookings per second with concurrent writers, checking for overlaps after.
int runStorageBench(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
