#include "core/SpreadsheetImport.h"

#include <QCoreApplication>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::SpreadsheetImport)
};
} // namespace

QStringList importDiffLines(const ImportSummary &s)
{
    return {
        Text::tr("stores.csv: %1 added, %2 changed").arg(s.storesAdded).arg(s.storesUpdated),
        Text::tr("chairs.csv: %1 added, %2 changed, %3 ended")
            .arg(s.chairsAdded)
            .arg(s.chairsUpdated)
            .arg(s.chairsEnded),
        Text::tr("hours.csv: %1 versions added, %2 changed, %3 removed")
            .arg(s.hoursAdded)
            .arg(s.hoursVersions - s.hoursAdded)
            .arg(s.hoursRemoved),
        Text::tr("exceptions.csv: %1 added, %2 changed, %3 removed")
            .arg(s.exceptionsAdded)
            .arg(s.exceptions - s.exceptionsAdded)
            .arg(s.exceptionsRemoved),
        Text::tr("zipcodes.csv: %1 added, %2 changed, %3 deactivated")
            .arg(s.zipCodesAdded)
            .arg(s.zipCodes - s.zipCodesAdded)
            .arg(s.zipCodesDeactivated),
        Text::tr("locks.csv: %1 added, %2 removed").arg(s.locksAdded).arg(s.locksRemoved),
    };
}

} // namespace sams
