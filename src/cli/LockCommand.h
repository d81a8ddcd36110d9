#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl lock --store CODE [--chair NAME] --from YYYY-MM-DDTHH:MM --to ... --reason R
// Prints the lock's id, then each appointment it displaces.
int runLock(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
