#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl bench engine [--stores 10,100,1000] [--chairs 5] [--days 365]
// Times the scheduling engine on generated chains held in memory and prints
// medians: slots for a store-week, first available across all stores over 18
// days, and the impact of an hours change over one store's next 365 days.
int runBench(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
