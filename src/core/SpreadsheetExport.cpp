#include "core/SpreadsheetExport.h"

#include <algorithm>

namespace sams {

Result<Spreadsheet> exportSpreadsheet(ScheduleRepository &repository)
{
    Spreadsheet sheet;
    const Result<QList<Store>> stores = repository.stores();
    if (!stores)
        return std::unexpected(stores.error());
    sheet.stores = *stores;
    std::sort(sheet.stores.begin(), sheet.stores.end(), [](const Store &a, const Store &b) { return a.code < b.code; });

    const QDateTime allFrom = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const QDateTime allTo = QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC);
    for (const Store &store : std::as_const(sheet.stores)) {
        const auto chairs = repository.chairs(store.id);
        const auto versions = repository.hoursVersions(store.id);
        const auto exceptions = repository.exceptions(store.id, QDate(1900, 1, 1), QDate(9999, 12, 31));
        const auto zips = repository.zipCodes(store.id);
        const auto locks = repository.locks(store.id, allFrom, allTo);
        for (const Error *e : {chairs ? nullptr : &chairs.error(), versions ? nullptr : &versions.error(),
                               exceptions ? nullptr : &exceptions.error(), zips ? nullptr : &zips.error(),
                               locks ? nullptr : &locks.error()}) {
            if (e)
                return std::unexpected(*e);
        }
        QHash<ChairId, QString> names;
        QList<Spreadsheet::ChairRow> chairRows;
        for (const Chair &c : *chairs) {
            names.insert(c.id, c.name);
            chairRows.append({store.code, c});
        }
        std::sort(chairRows.begin(), chairRows.end(),
                  [](const auto &a, const auto &b) { return a.chair.name < b.chair.name; });
        sheet.chairs += chairRows;
        auto chairName = [&](std::optional<ChairId> id) { return id ? names.value(*id) : QString(); };

        QList<Spreadsheet::HoursRow> hours;
        for (const HoursVersion &v : *versions)
            hours.append({store.code, chairName(v.chairId), v});
        std::sort(hours.begin(), hours.end(), [](const auto &a, const auto &b) {
            return std::tie(a.chairName, a.version.effectiveFrom) < std::tie(b.chairName, b.version.effectiveFrom);
        });
        sheet.hours += hours;
        QList<Spreadsheet::ExceptionRow> days;
        for (const DateException &e : *exceptions)
            days.append({store.code, chairName(e.chairId), e});
        std::sort(days.begin(), days.end(), [](const auto &a, const auto &b) {
            return std::tie(a.chairName, a.exception.date) < std::tie(b.chairName, b.exception.date);
        });
        sheet.exceptions += days;
        for (const ZipCode &z : *zips)
            sheet.zipCodes.append({store.code, z});
        QList<Spreadsheet::LockRow> lockRows;
        for (const Lock &l : *locks)
            lockRows.append({store.code, chairName(l.chairId), l});
        std::sort(lockRows.begin(), lockRows.end(), [](const auto &a, const auto &b) {
            return std::tie(a.lock.startsAt, a.chairName, a.lock.endsAt, a.lock.reason)
                < std::tie(b.lock.startsAt, b.chairName, b.lock.endsAt, b.lock.reason);
        });
        sheet.locks += lockRows;
    }
    return sheet;
}

} // namespace sams
