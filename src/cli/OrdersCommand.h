#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// Work orders for technicians and scripts (docs/technician-guide.md), through the
// desktop's WorkOrderService:
//   orders schedule --store CODE --customer NAME --date DATE (--slot MORNING|AFTERNOON|EVENING | --time HH:MM)
//                   [--appointment ID] [--items TEXT] [--notes TEXT] [--phone P] [--email E]
//                   [--request-key KEY]   prints the number (a retry with the same key: the same number)
//   orders walk-in --store CODE --customer NAME [--items TEXT] [--notes TEXT] [--phone P] [--email E]
//   orders reschedule NUMBER --date DATE (--slot S | --time HH:MM) --reason R [--version V]
//   orders start|complete|cancel NUMBER [--version V]
//   orders show NUMBER [--json]                     with its reschedule trail
//   orders due-today [--store CODE] [--at YYYY-MM-DDTHH:MM] [--json]
//   orders remind [--store CODE] [--at YYYY-MM-DDTHH:MM]   runs the reminder job once
//   orders reminder-time --store CODE --time HH:MM
// --at is a store-local wall time, read in each store's own zone.
int runOrders(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
