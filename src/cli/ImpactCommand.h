#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl impact --store CODE CHANGE [--until DATE] [--json]
// The appointments a proposed change would displace, per day; nothing is written.
// CHANGE is one of:
//   --hours "mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00" --from DATE [--chair NAME]
//   --closed DATE [--chair NAME]              (a date exception, closed all day)
//   --lock-from YYYY-MM-DDTHH:MM --lock-to YYYY-MM-DDTHH:MM [--chair NAME]
//   --chair-ends NAME --on DATE
//   --store-closes DATE
int runImpact(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
