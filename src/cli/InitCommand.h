#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl init [--demo] [--environment local|staging|production]
// Creates or migrates the schema; --demo fills an empty database with a demo chain.
int runInit(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
