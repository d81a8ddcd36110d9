#pragma once

#include <QStringList>
#include <QTextStream>

namespace sams::cli {

// samsctl [--db URL] COMMAND ...: picks the database, dispatches the command and
// returns the process exit code (docs/rules.md: 0 done, 1 error, 2 usage, 3 conflict,
// 4 rule, 5 permission).
int runSamsctl(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace sams::cli
