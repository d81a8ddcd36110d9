#include "storage/SqlSpreadsheetImporter.h"

#include "core/Clock.h"
#include "core/ImpactAnalysis.h"
#include "core/InputLimits.h"
#include "core/StoreScheduleLoader.h"
#include "storage/Database.h"
#include "storage/ExistingNames.h"
#include "storage/HistoryWriter.h"
#include "storage/RuleRows.h"
#include "storage/SqlCheck.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sams {

using namespace sql;

namespace {
template<typename T> Result<T> found(const QList<T> &rows, qint64 id, const QString &what)
{
    for (const T &row : rows) {
        if (row.id == id)
            return row;
    }
    return std::unexpected(
        Error::failed(QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Reading %1 failed").arg(what)));
}

// The hours version or exception a sheet row replaces (same store, chair and
// date), if there is one.
template<typename T> std::optional<T> sameKey(const QList<T> &rows, std::optional<qint64> chair, auto keyOf, QDate key)
{
    for (const T &row : rows) {
        if (row.chairId == chair && keyOf(row) == key)
            return row;
    }
    return std::nullopt;
}

} // namespace

SqlSpreadsheetImporter::SqlSpreadsheetImporter(Database &database, const QString &actor)
    : m_database(database)
    , m_actor(actor)
{ }

Environment SqlSpreadsheetImporter::environment()
{
    return m_database.environment();
}

Result<ImportSummary> SqlSpreadsheetImporter::apply(const Spreadsheet &sheet, bool dryRun, bool prune)
{
    Transaction transaction(m_database.connection());
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    // Bookings and locks of these stores wait until the import commits, then check
    // against the new rules (docs/concurrency.md). SQLite: BEGIN IMMEDIATE already
    // holds the file's one write lock.
    if (auto ok = findExistingStores(sheet); !ok)
        return std::unexpected(ok.error());
    if (auto ok = lockStores(m_database.connection(), m_existingStores, StoreLock::Exclusive); !ok)
        return std::unexpected(ok.error());
    const Result<qint64> mark = lastChangeLogId();
    if (!mark)
        return std::unexpected(mark.error());
    QSqlDatabase &db = m_database.connection();
    const QString what = QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Importing");
    if (auto ok = exec(db, QStringLiteral("SAVEPOINT sams_import"), what); !ok)
        return std::unexpected(ok.error());
    ImportSummary summary;
    if (auto ok = write(sheet, prune, summary); !ok)
        return std::unexpected(ok.error());

    // What the import displaces: appointments that fit before it and not after,
    // in the stores it changed (the change log's triggers name them). Only those
    // are read, before and after: the writes are undone to the savepoint, the
    // displaced read, and the writes done again. A sheet that changes nothing in
    // the stores already there (a re-import, new stores) is written once.
    const Result<QList<StoreId>> changed = storesChangedSince(*mark);
    if (!changed)
        return std::unexpected(changed.error());
    QHash<AppointmentId, ImportDisplaced> before;
    if (!changed->isEmpty()) {
        if (auto ok = exec(db, QStringLiteral("ROLLBACK TO SAVEPOINT sams_import"), what); !ok)
            return std::unexpected(ok.error());
        const Result<QHash<AppointmentId, ImportDisplaced>> was = displacedAppointments(*changed);
        if (!was)
            return std::unexpected(was.error());
        before = *was;
        summary = ImportSummary();
        if (auto ok = write(sheet, prune, summary); !ok)
            return std::unexpected(ok.error());
    }
    const Result<QHash<AppointmentId, ImportDisplaced>> after = displacedAppointments(*changed);
    if (!after)
        return std::unexpected(after.error());
    for (const ImportDisplaced &d : *after) {
        if (!before.contains(d.appointment))
            summary.displaced.append(d);
    }
    std::sort(summary.displaced.begin(), summary.displaced.end(),
              [](const ImportDisplaced &a, const ImportDisplaced &b) { return a.appointment < b.appointment; });
    // Who: the customer of each, for the dry run's list (one read for all).
    QList<AppointmentId> ids;
    for (const ImportDisplaced &d : std::as_const(summary.displaced))
        ids.append(d.appointment);
    if (!ids.isEmpty()) {
        const Result<QList<Appointment>> details = SqlScheduleRepository(m_database).appointmentsWithIds(ids);
        if (!details)
            return std::unexpected(details.error());
        QHash<AppointmentId, QString> names;
        for (const Appointment &a : *details)
            names.insert(a.id, a.customerName);
        for (ImportDisplaced &d : summary.displaced)
            d.customerName = names.value(d.appointment);
    }
    if (dryRun)
        return summary; // the transaction rolls back when it goes out of scope
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return summary;
}

Status SqlSpreadsheetImporter::write(const Spreadsheet &sheet, bool prune, ImportSummary &summary)
{
    // One importer may run several imports (a dry run, then the real one), and
    // one import may write twice (see apply).
    m_storeIds.clear();
    m_chairIds.clear();
    m_addedStores.clear();
    m_chairCache.clear();
    m_hoursCache.clear();
    using Step = Status (SqlSpreadsheetImporter::*)(const Spreadsheet &, ImportSummary &);
    for (Step step : {&SqlSpreadsheetImporter::applyStores, &SqlSpreadsheetImporter::applyChairs,
                      &SqlSpreadsheetImporter::applyHours, &SqlSpreadsheetImporter::applyExceptions,
                      &SqlSpreadsheetImporter::applyZipCodes, &SqlSpreadsheetImporter::applyLocks}) {
        if (auto ok = (this->*step)(sheet, summary); !ok)
            return ok;
    }
    if (prune) {
        for (Step step : {&SqlSpreadsheetImporter::pruneRules, &SqlSpreadsheetImporter::pruneChairsAndZips}) {
            if (auto ok = (this->*step)(sheet, summary); !ok)
                return ok;
        }
    }
    return {};
}

Status SqlSpreadsheetImporter::findExistingStores(const Spreadsheet &sheet)
{
    QSqlDatabase &db = m_database.connection();
    QSet<QString> codes;
    for (const Store &s : sheet.stores)
        codes.insert(s.code.toCaseFolded());
    auto existing = run(db, QStringLiteral("SELECT id, code FROM stores"), {},
                        QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Reading stores"));
    if (!existing)
        return std::unexpected(existing.error());
    m_existingStores.clear();
    while (existing->next()) {
        if (codes.contains(existing->value(1).toString().toCaseFolded()))
            m_existingStores.append(existing->value(0).toLongLong());
    }
    return {};
}

Result<qint64> SqlSpreadsheetImporter::lastChangeLogId()
{
    auto last = run(m_database.connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM change_log"), {},
                    QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Reading the change log"));
    if (!last)
        return std::unexpected(last.error());
    return last->next() ? last->value(0).toLongLong() : 0;
}

Result<QList<StoreId>> SqlSpreadsheetImporter::storesChangedSince(qint64 mark)
{
    // The change log's triggers note every rule this transaction changed, per store.
    auto changed
        = run(m_database.connection(), QStringLiteral("SELECT DISTINCT store_id FROM change_log WHERE id > :mark"),
              {{QStringLiteral("mark"), mark}},
              QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Reading the change log"));
    if (!changed)
        return std::unexpected(changed.error());
    QList<StoreId> stores;
    while (changed->next()) {
        const StoreId id = changed->value(0).toLongLong();
        if (m_existingStores.contains(id))
            stores.append(id);
    }
    return stores;
}

Result<QHash<AppointmentId, ImportDisplaced>>
SqlSpreadsheetImporter::displacedAppointments(const QList<StoreId> &stores)
{
    // Bounded to a year ahead of each store's today (docs/limits.md). Inside the
    // import's transaction it sees the import's own changes (a dry run too).
    SqlScheduleRepository repository(m_database);
    QHash<AppointmentId, ImportDisplaced> displaced;
    for (StoreId id : stores) {
        const Result<Store> store = repository.store(id);
        if (!store)
            return std::unexpected(store.error());
        const QDate from = Clock::todayIn(store->timeZone());
        const QDate to = from.addDays(limits::longestSlotListDays - 1);
        const Result<StoreSchedule> schedule = loadStoreSchedule(repository, *store, from, to);
        if (!schedule)
            return std::unexpected(schedule.error());
        for (const DayImpact &day : displacedIn(*schedule, from, to)) {
            for (const BookedSpan &span : day.appointments)
                displaced.insert(span.id,
                                 {store->code, span.id,
                                  QDateTime::fromSecsSinceEpoch(span.start, Qt::UTC).toTimeZone(store->timeZone()),
                                  schedule->chair(span.chairId) ? schedule->chair(span.chairId)->name : QString(),
                                  QString()});
        }
    }
    return displaced;
}

Status SqlSpreadsheetImporter::applyStores(const Spreadsheet &sheet, ImportSummary &summary)
{
    QSqlDatabase &db = m_database.connection();
    HistoryWriter history(db, m_actor, HistoryWriter::Mode::Batched);
    // Codes are unique regardless of case: "abc" against the database's "ABC" is
    // refused, never added as a twin (ExistingNames.h).
    const Result<ExistingStores> existingStores = ExistingStores::read(db);
    if (!existingStores)
        return std::unexpected(existingStores.error());
    // Every store as it is, in one read: most rows of a sheet are unchanged.
    const Result<QList<Store>> stored = SqlScheduleRepository(m_database).stores();
    if (!stored)
        return std::unexpected(stored.error());
    QHash<qint64, Store> storedById;
    for (const Store &s : *stored)
        storedById.insert(s.id, s);
    for (const Store &s : sheet.stores) {
        const QVariantMap values{{QStringLiteral("code"), s.code},
                                 {QStringLiteral("name"), s.name},
                                 {QStringLiteral("address"), text(s.address)},
                                 {QStringLiteral("timezone"), QString::fromUtf8(s.timeZoneId)},
                                 {QStringLiteral("phone"), text(s.phone)},
                                 {QStringLiteral("instructions"), text(s.instructions)},
                                 {QStringLiteral("slot_minutes"), s.slotMinutes},
                                 {QStringLiteral("capacity"), s.capacity},
                                 {QStringLiteral("horizon_days"), s.horizonDays},
                                 {QStringLiteral("min_notice_minutes"), s.minNoticeMinutes},
                                 {QStringLiteral("visible_from"), fromDate(s.visibleFrom)},
                                 {QStringLiteral("opens_on"), fromDate(s.opensOn)},
                                 {QStringLiteral("closes_on"), fromDate(s.closesOn)}};
        const Result<std::optional<qint64>> existing = existingStores->idOf(s.code);
        if (!existing)
            return std::unexpected(existing.error());
        qint64 id = 0;
        QString action;
        QJsonObject before;
        if (*existing) {
            id = **existing;
            const auto old = storedById.constFind(id);
            if (old == storedById.cend())
                return std::unexpected(
                    Error::failed(QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Reading store %1 failed")
                                      .arg(s.code)));
            before = HistoryWriter::toJson(*old);
            Store same = s;
            same.id = id;
            same.address = text(s.address);
            same.phone = text(s.phone);
            same.instructions = text(s.instructions);
            same.version = old->version;
            m_storeIds.insert(s.code, id);
            if (HistoryWriter::toJson(same) == before)
                continue; // the same as before: no write, no new version, no history
            auto updated = run(
                db,
                QStringLiteral(
                    "UPDATE stores SET name = :name, address = :address, timezone = :timezone, "
                    "phone = :phone, instructions = :instructions, slot_minutes = :slot_minutes, "
                    "capacity = :capacity, horizon_days = :horizon_days, "
                    "min_notice_minutes = :min_notice_minutes, visible_from = :visible_from, "
                    "opens_on = :opens_on, closes_on = :closes_on, version = version + 1 "
                    "WHERE code = :code AND (name IS DISTINCT FROM :name OR address IS DISTINCT FROM :address "
                    "OR timezone IS DISTINCT FROM :timezone OR phone IS DISTINCT FROM :phone "
                    "OR instructions IS DISTINCT FROM :instructions OR slot_minutes IS DISTINCT FROM :slot_minutes "
                    "OR capacity IS DISTINCT FROM :capacity OR horizon_days IS DISTINCT FROM :horizon_days "
                    "OR min_notice_minutes IS DISTINCT FROM :min_notice_minutes "
                    "OR visible_from IS DISTINCT FROM :visible_from OR opens_on IS DISTINCT FROM :opens_on "
                    "OR closes_on IS DISTINCT FROM :closes_on)"),
                values, QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Updating store %1").arg(s.code));
            if (!updated)
                return std::unexpected(updated.error());
            m_storeIds.insert(s.code, id);
            if (updated->numRowsAffected() == 0)
                continue; // the same as before: no new version, no history
            ++summary.storesUpdated;
            action = QStringLiteral("import-update");
        } else {
            auto inserted = run(
                db,
                QStringLiteral("INSERT INTO stores (code, name, address, timezone, phone, instructions, "
                               "slot_minutes, capacity, horizon_days, min_notice_minutes, visible_from, "
                               "opens_on, closes_on) VALUES (:code, :name, :address, :timezone, :phone, "
                               ":instructions, :slot_minutes, :capacity, :horizon_days, "
                               ":min_notice_minutes, :visible_from, :opens_on, :closes_on) RETURNING id"),
                values, QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Adding store %1").arg(s.code));
            if (!inserted)
                return std::unexpected(inserted.error());
            id = returnedId(*inserted);
            m_addedStores.insert(id);
            ++summary.storesAdded;
            action = QStringLiteral("import-add");
        }
        m_storeIds.insert(s.code, id);
        // The row as written: the sheet's values, with text columns as stored.
        Store now = s;
        now.id = id;
        now.address = text(s.address);
        now.phone = text(s.phone);
        now.instructions = text(s.instructions);
        now.version = before.isEmpty() ? 1 : before.value(QStringLiteral("version")).toInt() + 1;
        if (auto ok = history.record(QStringLiteral("store"), id, action, before, HistoryWriter::toJson(now)); !ok)
            return ok;
    }
    return history.flush();
}

Status SqlSpreadsheetImporter::applyChairs(const Spreadsheet &sheet, ImportSummary &summary)
{
    QSqlDatabase &db = m_database.connection();
    HistoryWriter history(db, m_actor, HistoryWriter::Mode::Batched);
    SqlScheduleRepository repository(m_database);
    QList<const Spreadsheet::ChairRow *> fresh;
    for (const Spreadsheet::ChairRow &row : sheet.chairs) {
        const QVariantMap values{{QStringLiteral("store"), m_storeIds.value(row.storeCode)},
                                 {QStringLiteral("name"), row.chair.name},
                                 {QStringLiteral("starts_on"), fromDate(row.chair.startsOn)},
                                 {QStringLiteral("ends_on"), fromDate(row.chair.endsOn)}};
        const qint64 storeId = m_storeIds.value(row.storeCode);
        const Result<QList<Chair>> stored = chairsOf(storeId);
        // A name twice in the sheet is refused when the sheet is read; a new one
        // is added with the others after this loop.
        if (!stored)
            return std::unexpected(stored.error());
        const auto same = std::ranges::find_if(*stored, [&](const Chair &c) { return c.name == row.chair.name; });
        // A store's chair names are unique regardless of case (ExistingNames.h):
        // a name not stored as it is spelt is checked for a twin, unless the
        // store is new with this import.
        Result<std::optional<qint64>> existing = std::optional<qint64>();
        if (same != stored->cend())
            existing = std::optional<qint64>(same->id);
        else if (!m_addedStores.contains(storeId))
            existing = existingChair(db, storeId, row.storeCode, row.chair.name);
        if (!existing)
            return std::unexpected(existing.error());
        const QString what = QCoreApplication::translate("sams::SqlSpreadsheetImporter", "chair %1 of %2")
                                 .arg(row.chair.name, row.storeCode);
        qint64 id = 0;
        int version = 1;
        QString action;
        QJsonObject before;
        if (*existing) {
            id = **existing;
            const Result<Chair> oldChair = found(*stored, id, what);
            if (!oldChair)
                return std::unexpected(oldChair.error());
            m_chairIds.insert({row.storeCode, row.chair.name}, id);
            if (oldChair->name == row.chair.name && oldChair->startsOn == row.chair.startsOn
                && oldChair->endsOn == row.chair.endsOn)
                continue; // the same as before: no write, no history
            before = HistoryWriter::toJson(*oldChair);
            version = oldChair->version + 1;
            auto updated = run(
                db,
                QStringLiteral("UPDATE chairs SET starts_on = :starts_on, ends_on = :ends_on, "
                               "version = version + 1 WHERE store_id = :store AND name = :name "
                               "AND (starts_on IS DISTINCT FROM :starts_on OR ends_on IS DISTINCT FROM :ends_on)"),
                values,
                QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Updating chair %1 of %2")
                    .arg(row.chair.name, row.storeCode));
            if (!updated)
                return std::unexpected(updated.error());
            m_chairIds.insert({row.storeCode, row.chair.name}, id);
            if (updated->numRowsAffected() == 0)
                continue; // the same as before: no new version, no history
            ++summary.chairsUpdated;
            action = QStringLiteral("import-update");
        } else {
            fresh.append(&row); // added all at once below
            continue;
        }
        const Chair now{id, storeId, row.chair.name, row.chair.startsOn, row.chair.endsOn, version};
        QList<Chair> &cached = m_chairCache[storeId];
        cached.removeIf([id](const Chair &c) { return c.id == id; });
        cached.append(now);
        if (auto ok = history.record(QStringLiteral("chair"), id, action, before, HistoryWriter::toJson(now)); !ok)
            return ok;
    }
    if (auto ok = addChairs(fresh, summary, history); !ok)
        return ok;
    return history.flush();
}

Status SqlSpreadsheetImporter::addChairs(const QList<const Spreadsheet::ChairRow *> &rows, ImportSummary &summary,
                                         HistoryWriter &history)
{
    if (rows.isEmpty())
        return {};
    // One statement for every new chair of the sheet (a new store's five chairs
    // are five rows, not five round trips).
    QJsonArray items;
    for (const Spreadsheet::ChairRow *row : rows) {
        items.append(QJsonObject{
            {QStringLiteral("st"), m_storeIds.value(row->storeCode)},
            {QStringLiteral("n"), row->chair.name},
            {QStringLiteral("s"), row->chair.startsOn.toString(Qt::ISODate)},
            {QStringLiteral("e"),
             row->chair.endsOn.isValid() ? QJsonValue(row->chair.endsOn.toString(Qt::ISODate)) : QJsonValue()}});
    }
    QSqlDatabase &db = m_database.connection();
    const QString statement = isPostgreSql(db)
        ? QStringLiteral("INSERT INTO chairs (store_id, name, starts_on, ends_on) SELECT x.st, x.n, x.s, x.e "
                         "FROM json_to_recordset(CAST(:rows AS json)) AS x(st bigint, n text, s date, e date) "
                         "RETURNING id, store_id, name")
        : QStringLiteral("INSERT INTO chairs (store_id, name, starts_on, ends_on) SELECT json_extract(value, '$.st'), "
                         "json_extract(value, '$.n'), json_extract(value, '$.s'), json_extract(value, '$.e') "
                         "FROM json_each(:rows) WHERE true RETURNING id, store_id, name");
    auto inserted
        = run(db, statement,
              {{QStringLiteral("rows"), QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact))}},
              QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Adding chairs"));
    if (!inserted)
        return std::unexpected(inserted.error());
    QHash<QPair<qint64, QString>, qint64> ids;
    while (inserted->next())
        ids.insert({inserted->value(1).toLongLong(), inserted->value(2).toString()}, inserted->value(0).toLongLong());
    inserted->finish(); // SQLite cannot commit while a RETURNING statement is open
    for (const Spreadsheet::ChairRow *row : rows) {
        const qint64 storeId = m_storeIds.value(row->storeCode);
        const qint64 id = ids.value({storeId, row->chair.name});
        if (id == 0)
            return std::unexpected(Error::failed(
                QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Adding chair %1 to %2: no id came back")
                    .arg(row->chair.name, row->storeCode)));
        m_chairIds.insert({row->storeCode, row->chair.name}, id);
        const Chair now{id, storeId, row->chair.name, row->chair.startsOn, row->chair.endsOn, 1};
        m_chairCache[storeId].append(now);
        ++summary.chairsAdded;
        if (auto ok
            = history.record(QStringLiteral("chair"), id, QStringLiteral("import-add"), {}, HistoryWriter::toJson(now));
            !ok)
            return ok;
    }
    return {};
}

Result<QList<Chair>> SqlSpreadsheetImporter::chairsOf(qint64 store)
{
    if (!m_chairCache.contains(store)) {
        if (m_addedStores.contains(store))
            m_chairCache.insert(store, {});
        else {
            Result<QList<Chair>> read = SqlScheduleRepository(m_database).chairs(store);
            if (!read)
                return read;
            m_chairCache.insert(store, *read);
        }
    }
    return m_chairCache.value(store);
}

Result<QList<HoursVersion>> SqlSpreadsheetImporter::hoursOf(qint64 store)
{
    if (!m_hoursCache.contains(store)) {
        if (m_addedStores.contains(store))
            m_hoursCache.insert(store, {});
        else {
            Result<QList<HoursVersion>> read = SqlScheduleRepository(m_database).hoursVersions(store);
            if (!read)
                return read;
            m_hoursCache.insert(store, *read);
        }
    }
    return m_hoursCache.value(store);
}

std::optional<qint64> SqlSpreadsheetImporter::chairId(const QString &storeCode, const QString &chairName) const
{
    if (chairName.isEmpty())
        return std::nullopt;
    return m_chairIds.value({storeCode, chairName});
}

Status SqlSpreadsheetImporter::applyHours(const Spreadsheet &sheet, ImportSummary &summary)
{
    QSqlDatabase &db = m_database.connection();
    HistoryWriter history(db, m_actor, HistoryWriter::Mode::Batched);
    SqlScheduleRepository repository(m_database);
    for (const Spreadsheet::HoursRow &row : sheet.hours) {
        HoursVersion wanted = row.version;
        wanted.storeId = m_storeIds.value(row.storeCode);
        wanted.chairId = chairId(row.storeCode, row.chairName);
        const Result<QList<HoursVersion>> stored = hoursOf(wanted.storeId);
        if (!stored)
            return std::unexpected(stored.error());
        const std::optional<HoursVersion> old = sameKey(
            *stored, wanted.chairId, [](const HoursVersion &v) { return v.effectiveFrom; }, wanted.effectiveFrom);
        if (old && HistoryWriter::toJson(*old) == HistoryWriter::toJson(wanted))
            continue; // the same hours: kept as they are, no history
        const Result<qint64> written = replaceHoursVersion(
            db, wanted,
            QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Writing hours of %1").arg(row.storeCode));
        if (!written)
            return std::unexpected(written.error());
        const qint64 id = *written;
        ++summary.hoursVersions;
        if (!old)
            ++summary.hoursAdded;
        // The replaced version's row is gone; the new one's history says what it replaced.
        if (auto ok = history.record(QStringLiteral("hours_version"), id,
                                     old ? QStringLiteral("import-replace") : QStringLiteral("import-add"),
                                     old ? HistoryWriter::toJson(*old) : QJsonObject(), HistoryWriter::toJson(wanted));
            !ok)
            return ok;
    }
    return history.flush();
}

Status SqlSpreadsheetImporter::applyExceptions(const Spreadsheet &sheet, ImportSummary &summary)
{
    QSqlDatabase &db = m_database.connection();
    HistoryWriter history(db, m_actor, HistoryWriter::Mode::Batched);
    SqlScheduleRepository repository(m_database);
    for (const Spreadsheet::ExceptionRow &row : sheet.exceptions) {
        DateException wanted = row.exception;
        wanted.storeId = m_storeIds.value(row.storeCode);
        wanted.chairId = chairId(row.storeCode, row.chairName);
        wanted.reason = text(wanted.reason);
        const Result<QList<DateException>> stored = m_addedStores.contains(wanted.storeId)
            ? Result<QList<DateException>>(QList<DateException>())
            : repository.exceptions(wanted.storeId, wanted.date, wanted.date);
        if (!stored)
            return std::unexpected(stored.error());
        const std::optional<DateException> old = sameKey(
            *stored, wanted.chairId, [](const DateException &e) { return e.date; }, wanted.date);
        if (old && HistoryWriter::toJson(*old) == HistoryWriter::toJson(wanted))
            continue; // the same exception: kept as it is, no history
        const Result<qint64> written = replaceException(
            db, wanted,
            QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Writing exceptions of %1").arg(row.storeCode));
        if (!written)
            return std::unexpected(written.error());
        const qint64 id = *written;
        ++summary.exceptions;
        if (!old)
            ++summary.exceptionsAdded;
        if (auto ok = history.record(QStringLiteral("date_exception"), id,
                                     old ? QStringLiteral("import-replace") : QStringLiteral("import-add"),
                                     old ? HistoryWriter::toJson(*old) : QJsonObject(), HistoryWriter::toJson(wanted),
                                     wanted.reason);
            !ok)
            return ok;
    }
    return history.flush();
}

Status SqlSpreadsheetImporter::applyZipCodes(const Spreadsheet &sheet, ImportSummary &summary)
{
    QSqlDatabase &db = m_database.connection();
    HistoryWriter history(db, m_actor, HistoryWriter::Mode::Batched);
    SqlScheduleRepository repository(m_database);
    for (const Spreadsheet::ZipRow &row : sheet.zipCodes) {
        ZipCode wanted = row.zip;
        wanted.storeId = m_storeIds.value(row.storeCode);
        const Result<QList<ZipCode>> stored = m_addedStores.contains(wanted.storeId)
            ? Result<QList<ZipCode>>(QList<ZipCode>())
            : repository.zipCodes(wanted.storeId);
        if (!stored)
            return std::unexpected(stored.error());
        std::optional<ZipCode> old;
        for (const ZipCode &z : *stored) {
            if (z.code == wanted.code)
                old = z;
        }
        if (old && old->activeFrom == wanted.activeFrom)
            continue; // unchanged: no write, no history
        if (auto ok
            = writeZipCode(db, wanted,
                           QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Writing zip codes of %1")
                               .arg(row.storeCode));
            !ok)
            return ok;
        ++summary.zipCodes;
        if (!old)
            ++summary.zipCodesAdded;
        // A zip code has no id of its own: its history is under its store's id,
        // the code itself in before and after.
        if (auto ok = history.record(QStringLiteral("zip_code"), wanted.storeId,
                                     old ? QStringLiteral("import-update") : QStringLiteral("import-add"),
                                     old ? HistoryWriter::toJson(*old) : QJsonObject(), HistoryWriter::toJson(wanted));
            !ok)
            return ok;
    }
    return history.flush();
}

Status SqlSpreadsheetImporter::applyLocks(const Spreadsheet &sheet, ImportSummary &summary)
{
    QSqlDatabase &db = m_database.connection();
    for (const Spreadsheet::LockRow &row : sheet.locks) {
        const QVariantMap values{{QStringLiteral("store"), m_storeIds.value(row.storeCode)},
                                 {QStringLiteral("chair"), fromId(chairId(row.storeCode, row.chairName))},
                                 {QStringLiteral("from"), fromInstant(row.lock.startsAt)},
                                 {QStringLiteral("to"), fromInstant(row.lock.endsAt)},
                                 {QStringLiteral("reason"), row.lock.reason},
                                 {QStringLiteral("by"), m_actor}};
        // Importing the same sheet twice adds nothing.
        auto added = run(
            db,
            QStringLiteral("INSERT INTO locks (store_id, chair_id, starts_at, ends_at, reason, created_by) "
                           "SELECT :store, :chair, :from, :to, :reason, :by WHERE NOT EXISTS ("
                           "SELECT 1 FROM locks WHERE store_id = :store AND "
                           "COALESCE(chair_id, 0) = COALESCE(:chair, 0) AND starts_at = :from AND ends_at = :to)"),
            values,
            QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Writing locks of %1").arg(row.storeCode));
        if (!added)
            return std::unexpected(added.error());
        if (added->numRowsAffected() > 0) {
            ++summary.locksAdded;
            Statement id = run(db,
                               QStringLiteral("SELECT MAX(id) FROM locks WHERE store_id = :store AND starts_at = "
                                              ":from AND ends_at = :to"),
                               {{QStringLiteral("store"), values.value(QStringLiteral("store"))},
                                {QStringLiteral("from"), values.value(QStringLiteral("from"))},
                                {QStringLiteral("to"), values.value(QStringLiteral("to"))}},
                               QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Reading the new lock"));
            if (!id || !id->next())
                return std::unexpected(Error::failed(
                    QCoreApplication::translate("sams::SqlSpreadsheetImporter", "Reading the new lock failed")));
            Lock lock = row.lock;
            lock.storeId = m_storeIds.value(row.storeCode);
            lock.chairId = chairId(row.storeCode, row.chairName);
            lock.createdBy = m_actor;
            const qint64 lockId = id->value(0).toLongLong();
            id->finish();
            if (auto ok = HistoryWriter(db, m_actor)
                              .record(QStringLiteral("lock"), lockId, QStringLiteral("import-add"), {},
                                      HistoryWriter::toJson(lock), row.lock.reason);
                !ok)
                return ok;
        }
    }
    return {};
}

} // namespace sams
