#pragma once

#include "core/Error.h"
#include "core/Spreadsheet.h"

namespace sams {

// Writes a spreadsheet folder that readSpreadsheet() reads back to the same
// content (docs/rules.md: import of an export is a no-op). Hours are grouped back
// into rows of days sharing an interval (mon-fri 09:00-12:00).
Status writeSpreadsheet(const Spreadsheet &sheet, const QString &folder);

// "mon-fri", "sat,sun", "daily", "mon,wed-fri".
QString formatDays(const QList<int> &days);

} // namespace sams
