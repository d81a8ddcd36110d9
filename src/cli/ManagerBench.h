#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl [--db URL] bench manager [--runs N]
// Times the manager's tools on a database it fills (it must hold no store yet):
// ten generated stores with a year of appointments each, then the impact
// preview of an hours change for one store (the desktop's path: its year read
// and compared), the worklist of about a thousand appointments that change
// displaces, with alternatives, and the dry run and real import of a generated
// 300-store spreadsheet (files read, checked and written in one transaction).
int runManagerBench(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
