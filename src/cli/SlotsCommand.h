#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl slots --store CODE --from DATE --to DATE [--chair NAME] [--json]
// Every non-CLOSED slot in [from, to], ordered by chair then start.
int runSlots(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
