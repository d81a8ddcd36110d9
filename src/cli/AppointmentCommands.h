#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl move ID --start YYYY-MM-DDTHH:MM [--chair NAME] [--slots N] --version V
// Prints the appointment's new version.
int runMove(const CommandContext &context, const QStringList &arguments);

// samsctl cancel ID --reason R --version V
int runCancel(const CommandContext &context, const QStringList &arguments);

// samsctl status ID --to checked_in|completed|no_show|confirmed|pending --version V [--reason R]
// Follows the lifecycle of docs/editing.md; prints the new version.
int runStatus(const CommandContext &context, const QStringList &arguments);

// samsctl unlock LOCK-ID --reason R
int runUnlock(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
