#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl profile add NAME URL [--environment ENV] [--password-stdin]
// samsctl profile list | remove NAME
// Use a profile with --db profile:NAME; its password comes from the system keychain.
int runProfile(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
