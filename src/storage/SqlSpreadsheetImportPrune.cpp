// The prune of a spreadsheet import (core/SpreadsheetImport.h): for every store
// the sheet names, what the sheet no longer names goes, from the store's today
// on. The past stays as it was; a chair is ended, never deleted, so that it and
// its history stay (docs/manager-guide.md, Import).

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/HistoryWriter.h"
#include "storage/RuleRows.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlSpreadsheetImporter.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSet>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::SqlSpreadsheetImporter)
};

// Removes a row with its history: bumped first, since PostgreSQL records history
// only for a row this transaction wrote.
Status removeWithHistory(QSqlDatabase &db, HistoryWriter &history, const QString &table, const QString &entity,
                         qint64 id, const QJsonObject &before, const QString &what)
{
    for (const QString &statement : {QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = :id"),
                                     QStringLiteral("DELETE FROM %1 WHERE id = :id")}) {
        if (statement.startsWith(QLatin1String("DELETE"))) {
            if (auto ok = history.record(entity, id, QStringLiteral("import-remove"), before, {}); !ok)
                return ok;
        }
        auto done = sql::run(db, statement.arg(table), {{QStringLiteral("id"), id}}, what);
        if (!done)
            return std::unexpected(done.error());
    }
    return {};
}

QString keyOf(std::optional<qint64> chair, const QString &when)
{
    return QStringLiteral("%1/%2").arg(chair.value_or(0)).arg(when);
}
} // namespace

Status SqlSpreadsheetImporter::pruneRules(const Spreadsheet &sheet, ImportSummary &summary)
{
    QSqlDatabase &db = m_database.connection();
    HistoryWriter history(db, m_actor);
    SqlScheduleRepository repository(m_database);
    for (auto it = m_storeIds.cbegin(); it != m_storeIds.cend(); ++it) {
        const QString &code = it.key();
        const qint64 storeId = it.value();
        const Result<Store> store = repository.store(storeId);
        if (!store)
            return std::unexpected(store.error());
        const QDate today = Clock::todayIn(store->timeZone());
        const QString what = Text::tr("Pruning %1").arg(code);

        QSet<QString> named;
        for (const Spreadsheet::HoursRow &row : sheet.hours) {
            if (row.storeCode == code)
                named.insert(keyOf(chairId(code, row.chairName), row.version.effectiveFrom.toString(Qt::ISODate)));
        }
        const Result<QList<HoursVersion>> versions = repository.hoursVersions(storeId);
        if (!versions)
            return std::unexpected(versions.error());
        for (const HoursVersion &v : *versions) {
            if (v.effectiveFrom < today || named.contains(keyOf(v.chairId, v.effectiveFrom.toString(Qt::ISODate))))
                continue;
            if (auto ok = removeWithHistory(db, history, QStringLiteral("hours_versions"),
                                            QStringLiteral("hours_version"), v.id, HistoryWriter::toJson(v), what);
                !ok)
                return ok;
            ++summary.hoursRemoved;
        }

        named.clear();
        for (const Spreadsheet::ExceptionRow &row : sheet.exceptions) {
            if (row.storeCode == code)
                named.insert(keyOf(chairId(code, row.chairName), row.exception.date.toString(Qt::ISODate)));
        }
        const Result<QList<DateException>> exceptions = repository.exceptions(storeId, today, today.addYears(100));
        if (!exceptions)
            return std::unexpected(exceptions.error());
        for (const DateException &e : *exceptions) {
            if (named.contains(keyOf(e.chairId, e.date.toString(Qt::ISODate))))
                continue;
            if (auto ok = removeWithHistory(db, history, QStringLiteral("date_exceptions"),
                                            QStringLiteral("date_exception"), e.id, HistoryWriter::toJson(e), what);
                !ok)
                return ok;
            ++summary.exceptionsRemoved;
        }

        named.clear();
        for (const Spreadsheet::LockRow &row : sheet.locks) {
            if (row.storeCode == code)
                named.insert(keyOf(chairId(code, row.chairName),
                                   QStringLiteral("%1-%2")
                                       .arg(row.lock.startsAt.toSecsSinceEpoch())
                                       .arg(row.lock.endsAt.toSecsSinceEpoch())));
        }
        const QDateTime now = Clock::nowUtc();
        const Result<QList<Lock>> locks = repository.locks(storeId, now, now.addYears(100));
        if (!locks)
            return std::unexpected(locks.error());
        for (const Lock &lock : *locks) {
            const QString key = keyOf(
                lock.chairId,
                QStringLiteral("%1-%2").arg(lock.startsAt.toSecsSinceEpoch()).arg(lock.endsAt.toSecsSinceEpoch()));
            if (named.contains(key))
                continue;
            if (auto ok = removeWithHistory(db, history, QStringLiteral("locks"), QStringLiteral("lock"), lock.id,
                                            HistoryWriter::toJson(lock), what);
                !ok)
                return ok;
            ++summary.locksRemoved;
        }
    }
    return {};
}

Status SqlSpreadsheetImporter::pruneChairsAndZips(const Spreadsheet &sheet, ImportSummary &summary)
{
    QSqlDatabase &db = m_database.connection();
    HistoryWriter history(db, m_actor);
    SqlScheduleRepository repository(m_database);
    for (auto it = m_storeIds.cbegin(); it != m_storeIds.cend(); ++it) {
        const QString &code = it.key();
        const qint64 storeId = it.value();
        const Result<Store> store = repository.store(storeId);
        if (!store)
            return std::unexpected(store.error());
        const QDate yesterday = Clock::todayIn(store->timeZone()).addDays(-1);
        const QString what = Text::tr("Pruning %1").arg(code);

        QSet<QString> named;
        for (const Spreadsheet::ChairRow &row : sheet.chairs) {
            if (row.storeCode == code)
                named.insert(row.chair.name.toCaseFolded());
        }
        const Result<QList<Chair>> chairs = repository.chairs(storeId);
        if (!chairs)
            return std::unexpected(chairs.error());
        for (const Chair &chair : *chairs) {
            if (named.contains(chair.name.toCaseFolded()) || (chair.endsOn.isValid() && chair.endsOn <= yesterday))
                continue;
            // Its last day was yesterday: coming bookings are displaced, none lost.
            // One that never opened gets the one day that has passed.
            Chair ended = chair;
            ended.startsOn = std::min(chair.startsOn, yesterday);
            ended.endsOn = yesterday;
            auto updated = sql::run(db,
                                    QStringLiteral("UPDATE chairs SET starts_on = :starts, ends_on = :ends, "
                                                   "version = version + 1 WHERE id = :id"),
                                    {{QStringLiteral("starts"), sql::fromDate(ended.startsOn)},
                                     {QStringLiteral("ends"), sql::fromDate(ended.endsOn)},
                                     {QStringLiteral("id"), chair.id}},
                                    what);
            if (!updated)
                return std::unexpected(updated.error());
            ended.version = chair.version + 1;
            if (auto ok = history.record(QStringLiteral("chair"), chair.id, QStringLiteral("import-end"),
                                         HistoryWriter::toJson(chair), HistoryWriter::toJson(ended));
                !ok)
                return ok;
            ++summary.chairsEnded;
        }

        named.clear();
        for (const Spreadsheet::ZipRow &row : sheet.zipCodes) {
            if (row.storeCode == code)
                named.insert(row.zip.code);
        }
        const Result<QList<ZipCode>> zips = repository.zipCodes(storeId);
        if (!zips)
            return std::unexpected(zips.error());
        for (const ZipCode &zip : *zips) {
            if (named.contains(zip.code) || !zip.activeFrom.isValid())
                continue;
            const ZipCode inactive{zip.storeId, zip.code, {}};
            if (auto ok = sql::writeZipCode(db, inactive, what); !ok)
                return ok;
            if (auto ok = history.record(QStringLiteral("zip_code"), storeId, QStringLiteral("import-deactivate"),
                                         HistoryWriter::toJson(zip), HistoryWriter::toJson(inactive));
                !ok)
                return ok;
            ++summary.zipCodesDeactivated;
        }
    }
    return {};
}

} // namespace sams
