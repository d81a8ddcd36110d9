#pragma once

#include "core/Appointment.h"
#include "core/Environment.h"
#include "core/Error.h"
#include "core/Spreadsheet.h"

#include <QDateTime>

namespace sams {

// An active appointment an import displaces (it fitted before and does not after).
struct ImportDisplaced {
    QString storeCode;
    AppointmentId appointment = 0;
    QDateTime localStart; // in the store's zone
    QString chairName;
    QString customerName;
};

// What an import changes, per sheet, and what it displaces (docs/manager-guide.md,
// Import). "Changed" rows existed with other values; "removed" only with prune.
struct ImportSummary {
    int storesAdded = 0;
    int storesUpdated = 0;
    int chairsAdded = 0;
    int chairsUpdated = 0;
    int chairsEnded = 0; // prune: chairs the sheet no longer names end, never vanish
    int hoursVersions = 0; // written (added + changed)
    int hoursAdded = 0;
    int hoursRemoved = 0; // prune: versions from today on the sheet no longer names
    int exceptions = 0; // written (added + changed)
    int exceptionsAdded = 0;
    int exceptionsRemoved = 0;
    int zipCodes = 0; // written (added + changed)
    int zipCodesAdded = 0;
    int zipCodesDeactivated = 0; // prune
    int locksAdded = 0;
    int locksRemoved = 0; // prune: coming locks the sheet no longer names
    // Appointments of the stores already in the database, from each store's today
    // to a year on, that fitted before the import and do not after it.
    QList<ImportDisplaced> displaced;
};

// The summary as one line per sheet: "hours.csv: 2 versions added, 1 changed,
// 0 removed", as samsctl import and the desktop's import wizard show it.
QStringList importDiffLines(const ImportSummary &summary);

// Imports a checked spreadsheet (docs/manager-guide.md, Import): all or nothing,
// in one transaction; a dry run does everything and rolls back, so its summary
// is exact. With `prune`, what the sheet no longer names for the stores it names
// goes: coming hours versions, exceptions and locks are removed, zip codes
// deactivated, chairs ended (never deleted). Errors: those of the writes
// (Conflict for a code or name taken regardless of case, Permission, Failed).
class SpreadsheetImport
{
public:
    virtual ~SpreadsheetImport() = default;
    virtual Result<ImportSummary> importSheet(const Spreadsheet &sheet, bool dryRun, bool prune) = 0;
    // Which database this is: writing into production needs it typed to confirm.
    virtual Environment environment() = 0;
};

} // namespace sams
