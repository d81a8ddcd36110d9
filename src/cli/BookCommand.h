#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl book --store CODE --chair NAME --start YYYY-MM-DDTHH:MM --slots N
//   --customer NAME [--phone P] [--email E] [--zip Z] [--channel staff|phone|web]
//   [--override-lock --reason R]
// Prints the new appointment's id.
int runBook(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
