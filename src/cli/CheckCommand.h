#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl check: integrity of the data as stored, and the displaced appointments
// (flagged, on the worklist) as information. Exit 0 only if sound.
int runCheck(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
