#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl import DIR [--dry-run] [--prune] [--confirm ENV]
// Prints the changes per sheet and every appointment the import displaces.
// All or nothing: every problem is printed as file:line: column: message, and the
// database is untouched unless the whole sheet is sound.
int runImport(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
