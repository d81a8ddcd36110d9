#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl bench sync --caldav URL --login L --password-stdin [--changes N] [--rows N]
// (docs/performance.md, "Calendar sync"): into an empty database, N bookings,
// N moves and N cancellations pushed to a real CalDAV server (p50/p99 per
// create, update and delete, the passes' total time, events counted in the
// calendar against bookings: duplicates), then the sync view's read of --rows
// rows. Run against Radicale on loopback by the figures in the docs.
int runSyncBench(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
