#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl export DIR: writes the store spreadsheet (import of it is a no-op).
int runExport(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
