#pragma once

#include "core/Appointment.h"
#include "core/Error.h"
#include "core/Spreadsheet.h"
#include "core/SpreadsheetImport.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace sams {

class Database;
class HistoryWriter;

// Makes the database match a checked spreadsheet for every store it names, in one
// transaction: stores, chairs and zip codes are added or updated; hours versions
// and exceptions are replaced whole by key (store, chair, date); locks not yet
// present are added. Nothing the sheet does not name is deleted unless `prune`
// (core/SpreadsheetImport.h). With `dryRun` everything is done and then rolled
// back, so the summary is exact.
class SqlSpreadsheetImporter : public SpreadsheetImport
{
public:
    SqlSpreadsheetImporter(Database &database, const QString &actor);
    Result<ImportSummary> apply(const Spreadsheet &sheet, bool dryRun, bool prune = false);
    Result<ImportSummary> importSheet(const Spreadsheet &sheet, bool dryRun, bool prune) override
    {
        return apply(sheet, dryRun, prune);
    }
    Environment environment() override;

private:
    // Every step of the import (and of the prune), into `summary`.
    Status write(const Spreadsheet &sheet, bool prune, ImportSummary &summary);
    // The stores of the sheet already in the database, into m_existingStores.
    Status findExistingStores(const Spreadsheet &sheet);
    Result<qint64> lastChangeLogId();
    // Existing stores of the sheet with change-log rows after `mark`.
    Result<QList<StoreId>> storesChangedSince(qint64 mark);
    Result<QHash<AppointmentId, ImportDisplaced>> displacedAppointments(const QList<StoreId> &stores);
    Status applyStores(const Spreadsheet &sheet, ImportSummary &summary);
    Status applyChairs(const Spreadsheet &sheet, ImportSummary &summary);
    Status addChairs(const QList<const Spreadsheet::ChairRow *> &rows, ImportSummary &summary, HistoryWriter &history);
    Status applyHours(const Spreadsheet &sheet, ImportSummary &summary);
    Status applyExceptions(const Spreadsheet &sheet, ImportSummary &summary);
    Status applyZipCodes(const Spreadsheet &sheet, ImportSummary &summary);
    Status applyLocks(const Spreadsheet &sheet, ImportSummary &summary);
    // Prune (SqlSpreadsheetImportPrune.cpp): what the sheet no longer names.
    Status pruneRules(const Spreadsheet &sheet, ImportSummary &summary);
    Status pruneChairsAndZips(const Spreadsheet &sheet, ImportSummary &summary);
    std::optional<qint64> chairId(const QString &storeCode, const QString &chairName) const;

    Database &m_database;
    QString m_actor;
    QHash<QString, qint64> m_storeIds; // code to id
    QList<StoreId> m_existingStores; // of the sheet, already in the database
    QHash<QPair<QString, QString>, qint64> m_chairIds; // (code, name) to id
    // What the import reads once per store instead of once per row: a store it
    // adds has none of them yet (docs/performance.md, Import).
    QSet<qint64> m_addedStores;
    QHash<qint64, QList<Chair>> m_chairCache;
    QHash<qint64, QList<HoursVersion>> m_hoursCache;
    Result<QList<Chair>> chairsOf(qint64 store);
    Result<QList<HoursVersion>> hoursOf(qint64 store);
};

} // namespace sams
