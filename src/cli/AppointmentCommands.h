#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl move ID --start YYYY-MM-DDTHH:MM [--chair NAME] --version V
// Prints the appointment's new version.
int runMove(const CommandContext &context, const QStringList &arguments);

// samsctl cancel ID --reason R --version V
int runCancel(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
