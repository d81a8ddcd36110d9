#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl backup FILE: a consistent copy of everything, as a SQLite file.
int runBackup(const CommandContext &context, const QStringList &arguments);
// samsctl restore FILE: into an empty database; refuses a backup from a newer SAMS.
int runRestore(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
