#include "storage/SqlRulesWriter.h"

#include "core/Clock.h"
#include "core/InputLimits.h"
#include "core/RulesValidation.h"
#include "core/StoreScheduleLoader.h"
#include "core/TextRules.h"
#include "storage/Database.h"
#include "storage/ExistingNames.h"
#include "storage/HistoryWriter.h"
#include "storage/RuleRows.h"
#include "storage/SqlCheck.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::SqlRulesWriter)
};

Error stale(const QString &what)
{
    return Error::conflict(Text::tr("%1 was changed by someone else since you opened it; "
                                    "look at it again. Nothing was saved.")
                               .arg(what),
                           Error::Reason::StaleVersion);
}

Error notFound(const QString &what)
{
    return Error{Error::Kind::Failed, Text::tr("%1 no longer exists.").arg(what), Error::Reason::NotFound};
}

// The row with this id, if the schedule has it.
template<typename T> const T *withId(const QList<T> &rows, qint64 id)
{
    const auto it = std::ranges::find_if(rows, [id](const T &row) { return row.id == id; });
    return it == rows.cend() ? nullptr : &*it;
}

QString hoursName(const StoreSchedule &now, const HoursVersion &hours)
{
    const Chair *chair = hours.chairId ? now.chair(*hours.chairId) : nullptr;
    return chair ? Text::tr("The hours of %1 %2 from %3")
                       .arg(now.store().code, chair->name, hours.effectiveFrom.toString(Qt::ISODate))
                 : Text::tr("The hours of %1 from %2").arg(now.store().code, hours.effectiveFrom.toString(Qt::ISODate));
}

// Bumps a row's version while it is still at `version` (a stale edit changes
// nothing): what every edit of an existing row starts with, so that history may
// be recorded for it (PostgreSQL records history only for a row this
// transaction wrote) before it is deleted.
Status touch(QSqlDatabase &db, const QString &table, qint64 id, int version, const QString &what)
{
    auto touched = sql::run(
        db, QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = :id AND version = :version").arg(table),
        {{QStringLiteral("id"), id}, {QStringLiteral("version"), version}}, what);
    if (!touched)
        return std::unexpected(touched.error());
    if (touched->numRowsAffected() != 1)
        return std::unexpected(stale(what));
    return {};
}

Status removeRow(QSqlDatabase &db, const QString &table, qint64 id, const QString &what)
{
    auto removed
        = sql::run(db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table), {{QStringLiteral("id"), id}}, what);
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

Status checkChairName(QSqlDatabase &db, const Store &store, const Chair &chair)
{
    const Result<std::optional<qint64>> existing = existingChair(db, store.id, store.code, chair.name);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing && **existing != chair.id)
        return std::unexpected(Error::conflict(
            Text::tr("Store %1 has a chair named %2 already.").arg(store.code, chair.name), Error::Reason::Taken));
    return {};
}
} // namespace

SqlRulesWriter::SqlRulesWriter(Database &database, const QString &actor)
    : m_database(database)
    , m_actor(actor)
{ }

Result<RulesSaved> SqlRulesWriter::edit(StoreId storeId, const Write &write)
{
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    // Bookings of this store wait, then check against the new rules
    // (docs/concurrency.md); SQLite's BEGIN IMMEDIATE holds its one write lock.
    if (auto ok = sql::lockStores(db, {storeId}, sql::StoreLock::Exclusive); !ok)
        return std::unexpected(ok.error());
    SqlScheduleRepository repository(m_database);
    const Result<Store> store = repository.store(storeId);
    if (!store)
        return std::unexpected(store.error());
    const QDate today = Clock::todayIn(store->timeZone());
    const QDate last = today.addDays(limits::longestSlotListDays - 1);
    const Result<StoreSchedule> now = loadStoreSchedule(repository, *store, today, last);
    if (!now)
        return std::unexpected(now.error());
    const Result<Written> written = write(*now, today);
    if (!written)
        return std::unexpected(written.error());
    RulesSaved saved{written->id, written->version, impactOf(*now, written->change, today, last)};
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return saved;
}

Result<StoreId> SqlRulesWriter::storeOf(const QString &table, qint64 id)
{
    auto read = sql::run(m_database.connection(), QStringLiteral("SELECT store_id FROM %1 WHERE id = :id").arg(table),
                         {{QStringLiteral("id"), id}}, Text::tr("Reading %1").arg(table));
    if (!read)
        return std::unexpected(read.error());
    if (!read->next())
        return std::unexpected(notFound(Text::tr("Row %1 of %2").arg(id).arg(table)));
    const StoreId store = read->value(0).toLongLong();
    read->finish();
    return store;
}

Result<RulesSaved> SqlRulesWriter::saveHours(const HoursVersion &hours, int version)
{
    return edit(hours.storeId, [&](const StoreSchedule &now, QDate today) -> Result<Written> {
        if (auto ok = checkHoursVersion(now.store(), hours, today); !ok)
            return std::unexpected(ok.error());
        if (hours.chairId && !now.chair(*hours.chairId))
            return std::unexpected(notFound(Text::tr("The chair of these hours")));
        const QString what = hoursName(now, hours);
        const auto &versions = now.rules().hoursVersions;
        const auto old = std::ranges::find_if(versions, [&](const HoursVersion &v) {
            return v.chairId == hours.chairId && v.effectiveFrom == hours.effectiveFrom;
        });
        const bool exists = old != versions.cend();
        if (exists != (version > 0) || (exists && old->version != version))
            return std::unexpected(stale(what));
        QSqlDatabase &db = m_database.connection();
        HoursVersion wanted = hours;
        wanted.version = exists ? version + 1 : 1;
        // An edit keeps the row (its id and history); a new version is a new row.
        Result<qint64> id = exists ? old->id : qint64(0);
        if (exists) {
            wanted.id = old->id;
            if (auto ok = touch(db, QStringLiteral("hours_versions"), old->id, version, what); !ok)
                return std::unexpected(ok.error());
            auto follows
                = sql::run(db, QStringLiteral("UPDATE hours_versions SET follows_store = :f WHERE id = :id"),
                           {{QStringLiteral("f"), hours.followsStore ? 1 : 0}, {QStringLiteral("id"), old->id}}, what);
            if (!follows)
                return std::unexpected(follows.error());
            if (auto ok = sql::rewriteHoursIntervals(db, old->id, hours.week, what); !ok)
                return std::unexpected(ok.error());
        } else {
            id = sql::replaceHoursVersion(db, wanted, what);
            if (!id)
                return std::unexpected(id.error());
            wanted.id = *id;
        }
        if (auto ok = HistoryWriter(db, m_actor)
                          .record(QStringLiteral("hours_version"), *id,
                                  exists ? QStringLiteral("replace") : QStringLiteral("add"),
                                  exists ? HistoryWriter::toJson(*old) : QJsonObject(), HistoryWriter::toJson(wanted));
            !ok)
            return std::unexpected(ok.error());
        return Written{*id, wanted.version, wanted};
    });
}

Result<RulesSaved> SqlRulesWriter::removeHours(qint64 id, int version)
{
    const Result<StoreId> store = storeOf(QStringLiteral("hours_versions"), id);
    if (!store)
        return std::unexpected(store.error());
    return edit(*store, [&](const StoreSchedule &now, QDate today) -> Result<Written> {
        const HoursVersion *old = withId(now.rules().hoursVersions, id);
        if (!old)
            return std::unexpected(notFound(Text::tr("Hours version %1").arg(id)));
        const QString what = hoursName(now, *old);
        if (old->effectiveFrom <= today)
            return std::unexpected(Error::rule(
                Error::Reason::Past,
                Text::tr("%1 are in effect already; add a new version from a later date instead.").arg(what)));
        QSqlDatabase &db = m_database.connection();
        if (auto ok = touch(db, QStringLiteral("hours_versions"), id, version, what); !ok)
            return std::unexpected(ok.error());
        if (auto ok = HistoryWriter(db, m_actor)
                          .record(QStringLiteral("hours_version"), id, QStringLiteral("remove"),
                                  HistoryWriter::toJson(*old), {});
            !ok)
            return std::unexpected(ok.error());
        if (auto ok = removeRow(db, QStringLiteral("hours_versions"), id, what); !ok)
            return std::unexpected(ok.error());
        return Written{id, version + 1, HoursRemoval{old->chairId, old->effectiveFrom}};
    });
}

Result<RulesSaved> SqlRulesWriter::saveException(const DateException &exception, int version)
{
    return edit(exception.storeId, [&, version](const StoreSchedule &now, QDate today) mutable -> Result<Written> {
        if (auto ok = checkException(now.store(), exception, today); !ok)
            return std::unexpected(ok.error());
        if (exception.chairId && !now.chair(*exception.chairId))
            return std::unexpected(notFound(Text::tr("The chair of this exception")));
        const QString what
            = Text::tr("The exception of %1 on %2").arg(now.store().code, exception.date.toString(Qt::ISODate));
        // Read by key, not from the schedule: the date may lie beyond its year.
        SqlScheduleRepository repository(m_database);
        const Result<QList<DateException>> onDate
            = repository.exceptions(exception.storeId, exception.date, exception.date);
        if (!onDate)
            return std::unexpected(onDate.error());
        const auto old
            = std::ranges::find_if(*onDate, [&](const DateException &e) { return e.chairId == exception.chairId; });
        const bool exists = old != onDate->cend();
        if (exists != (version > 0) || (exists && old->version != version))
            return std::unexpected(stale(what));
        QSqlDatabase &db = m_database.connection();
        DateException wanted = exception;
        wanted.version = exists ? version + 1 : 1;
        Result<qint64> id = exists ? old->id : qint64(0);
        if (exists) {
            wanted.id = old->id;
            if (auto ok = touch(db, QStringLiteral("date_exceptions"), old->id, version, what); !ok)
                return std::unexpected(ok.error());
            auto reason = sql::run(db, QStringLiteral("UPDATE date_exceptions SET reason = :r WHERE id = :id"),
                                   {{QStringLiteral("r"), exception.reason}, {QStringLiteral("id"), old->id}}, what);
            if (!reason)
                return std::unexpected(reason.error());
            if (auto ok = sql::rewriteExceptionIntervals(db, old->id, exception.intervals, what); !ok)
                return std::unexpected(ok.error());
        } else {
            id = sql::replaceException(db, wanted, what);
            if (!id)
                return std::unexpected(id.error());
            wanted.id = *id;
        }
        if (auto ok = HistoryWriter(db, m_actor)
                          .record(QStringLiteral("date_exception"), *id,
                                  exists ? QStringLiteral("replace") : QStringLiteral("add"),
                                  exists ? HistoryWriter::toJson(*old) : QJsonObject(), HistoryWriter::toJson(wanted),
                                  wanted.reason);
            !ok)
            return std::unexpected(ok.error());
        return Written{*id, wanted.version, wanted};
    });
}

Result<RulesSaved> SqlRulesWriter::removeException(qint64 id, int version, const QString &reason)
{
    if (auto ok = checkNameText(reason, Text::tr("The reason")); !ok)
        return std::unexpected(ok.error());
    const Result<StoreId> store = storeOf(QStringLiteral("date_exceptions"), id);
    if (!store)
        return std::unexpected(store.error());
    return edit(*store, [&](const StoreSchedule &now, QDate today) -> Result<Written> {
        const DateException *old = withId(now.rules().exceptions, id);
        if (!old) // not in the coming year: passed, or far ahead
            return std::unexpected(Error::rule(Error::Reason::Past,
                                               Text::tr("Only exceptions from today to a year ahead can be removed.")));
        const QString what
            = Text::tr("The exception of %1 on %2").arg(now.store().code, old->date.toString(Qt::ISODate));
        Q_UNUSED(today)
        QSqlDatabase &db = m_database.connection();
        if (auto ok = touch(db, QStringLiteral("date_exceptions"), id, version, what); !ok)
            return std::unexpected(ok.error());
        if (auto ok = HistoryWriter(db, m_actor)
                          .record(QStringLiteral("date_exception"), id, QStringLiteral("remove"),
                                  HistoryWriter::toJson(*old), {}, reason);
            !ok)
            return std::unexpected(ok.error());
        if (auto ok = removeRow(db, QStringLiteral("date_exceptions"), id, what); !ok)
            return std::unexpected(ok.error());
        return Written{id, version + 1, ExceptionRemoval{old->chairId, old->date}};
    });
}

Result<RulesSaved> SqlRulesWriter::saveChair(const Chair &chair)
{
    return edit(chair.storeId, [&](const StoreSchedule &now, QDate today) -> Result<Written> {
        const Chair *old = chair.id ? now.chair(chair.id) : nullptr;
        if (chair.id && !old)
            return std::unexpected(notFound(Text::tr("Chair %1").arg(chair.name)));
        if (auto ok = checkChair(old, chair, today); !ok)
            return std::unexpected(ok.error());
        QSqlDatabase &db = m_database.connection();
        if (auto ok = checkChairName(db, now.store(), chair); !ok)
            return std::unexpected(ok.error());
        const QString what = Text::tr("Chair %1 of %2").arg(chair.name, now.store().code);
        const QVariantMap values{{QStringLiteral("store"), chair.storeId},
                                 {QStringLiteral("name"), chair.name},
                                 {QStringLiteral("starts_on"), sql::fromDate(chair.startsOn)},
                                 {QStringLiteral("ends_on"), sql::fromDate(chair.endsOn)},
                                 {QStringLiteral("id"), chair.id},
                                 {QStringLiteral("version"), chair.version}};
        Chair wanted = chair;
        if (old) {
            auto updated = sql::run(db,
                                    QStringLiteral("UPDATE chairs SET name = :name, starts_on = :starts_on, "
                                                   "ends_on = :ends_on, version = version + 1 "
                                                   "WHERE id = :id AND store_id = :store AND version = :version"),
                                    values, what);
            if (!updated)
                return std::unexpected(updated.error());
            if (updated->numRowsAffected() != 1)
                return std::unexpected(stale(what));
            wanted.version = chair.version + 1;
        } else {
            auto inserted = sql::run(db,
                                     QStringLiteral("INSERT INTO chairs (store_id, name, starts_on, ends_on) "
                                                    "VALUES (:store, :name, :starts_on, :ends_on) RETURNING id"),
                                     values, what);
            if (!inserted)
                return std::unexpected(inserted.error());
            wanted.id = sql::returnedId(*inserted);
            wanted.version = 1;
        }
        if (auto ok
            = HistoryWriter(db, m_actor)
                  .record(QStringLiteral("chair"), wanted.id, old ? QStringLiteral("edit") : QStringLiteral("add"),
                          old ? HistoryWriter::toJson(*old) : QJsonObject(), HistoryWriter::toJson(wanted));
            !ok)
            return std::unexpected(ok.error());
        return Written{wanted.id, wanted.version, wanted};
    });
}

Status SqlRulesWriter::reorderChairs(StoreId store, const QList<ChairId> &order)
{
    const Result<RulesSaved> saved = edit(store, [&](const StoreSchedule &now, QDate) -> Result<Written> {
        const QList<Chair> &chairs = now.rules().chairs;
        QList<ChairId> ids;
        for (const Chair &chair : chairs)
            ids.append(chair.id);
        QList<ChairId> wanted = order;
        std::ranges::sort(ids);
        std::ranges::sort(wanted);
        if (ids != wanted)
            return std::unexpected(stale(Text::tr("The chairs of %1").arg(now.store().code)));
        QSqlDatabase &db = m_database.connection();
        HistoryWriter history(db, m_actor);
        for (int position = 0; position < order.size(); ++position) {
            const Chair &chair = *now.chair(order.at(position));
            if (chair.position == position)
                continue;
            const QString what = Text::tr("Chair %1 of %2").arg(chair.name, now.store().code);
            auto moved = sql::run(db,
                                  QStringLiteral("UPDATE chairs SET position = :position, version = version + 1 "
                                                 "WHERE id = :id AND version = :version"),
                                  {{QStringLiteral("position"), position},
                                   {QStringLiteral("id"), chair.id},
                                   {QStringLiteral("version"), chair.version}},
                                  what);
            if (!moved)
                return std::unexpected(moved.error());
            if (moved->numRowsAffected() != 1)
                return std::unexpected(stale(what));
            Chair after = chair;
            after.position = position;
            after.version = chair.version + 1;
            if (auto ok = history.record(QStringLiteral("chair"), chair.id, QStringLiteral("reorder"),
                                         HistoryWriter::toJson(chair), HistoryWriter::toJson(after));
                !ok)
                return std::unexpected(ok.error());
        }
        // A new order changes no slot: nothing to compare.
        return Written{store, 0, StoreCloseChange{now.store().closesOn}};
    });
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

Result<RulesSaved> SqlRulesWriter::saveStore(const Store &store)
{
    return edit(store.id, [&](const StoreSchedule &now, QDate today) -> Result<Written> {
        const Store &old = now.store();
        const QString what = Text::tr("Store %1").arg(old.code);
        if (old.version != store.version)
            return std::unexpected(stale(what));
        if (auto ok = checkStore(old, store, today); !ok)
            return std::unexpected(ok.error());
        // Booked instants were computed in the old zone: moving a store that has
        // opened to another zone would shift every booking's wall time.
        if (store.timeZoneId != old.timeZoneId && old.opensOn <= today)
            return std::unexpected(
                Error::rule(Text::tr("Store %1 has opened; its time zone can no longer change.").arg(old.code)));
        QSqlDatabase &db = m_database.connection();
        auto updated
            = sql::run(db,
                       QStringLiteral("UPDATE stores SET name = :name, address = :address, timezone = :timezone, "
                                      "phone = :phone, instructions = :instructions, slot_minutes = :slot_minutes, "
                                      "capacity = :capacity, horizon_days = :horizon_days, "
                                      "min_notice_minutes = :min_notice_minutes, visible_from = :visible_from, "
                                      "opens_on = :opens_on, closes_on = :closes_on, version = version + 1 "
                                      "WHERE id = :id AND version = :version"),
                       {{QStringLiteral("name"), store.name},
                        {QStringLiteral("address"), sql::text(store.address)},
                        {QStringLiteral("timezone"), QString::fromUtf8(store.timeZoneId)},
                        {QStringLiteral("phone"), sql::text(store.phone)},
                        {QStringLiteral("instructions"), sql::text(store.instructions)},
                        {QStringLiteral("slot_minutes"), store.slotMinutes},
                        {QStringLiteral("capacity"), store.capacity},
                        {QStringLiteral("horizon_days"), store.horizonDays},
                        {QStringLiteral("min_notice_minutes"), store.minNoticeMinutes},
                        {QStringLiteral("visible_from"), sql::fromDate(store.visibleFrom)},
                        {QStringLiteral("opens_on"), sql::fromDate(store.opensOn)},
                        {QStringLiteral("closes_on"), sql::fromDate(store.closesOn)},
                        {QStringLiteral("id"), store.id},
                        {QStringLiteral("version"), store.version}},
                       what);
        if (!updated)
            return std::unexpected(updated.error());
        if (updated->numRowsAffected() != 1)
            return std::unexpected(stale(what));
        Store wanted = store;
        wanted.version = store.version + 1;
        if (auto ok = HistoryWriter(db, m_actor)
                          .record(QStringLiteral("store"), store.id, QStringLiteral("edit"), HistoryWriter::toJson(old),
                                  HistoryWriter::toJson(wanted));
            !ok)
            return std::unexpected(ok.error());
        return Written{store.id, wanted.version, wanted};
    });
}

Status SqlRulesWriter::saveZipCode(const ZipCode &zip)
{
    if (auto ok = checkNameText(zip.code, Text::tr("The zip code"), TextKind::Identifier); !ok)
        return ok;
    const Result<RulesSaved> saved = edit(zip.storeId, [&](const StoreSchedule &now, QDate) -> Result<Written> {
        QSqlDatabase &db = m_database.connection();
        const QList<ZipCode> &zips = now.rules().zipCodes;
        const auto old = std::ranges::find_if(zips, [&](const ZipCode &z) { return z.code == zip.code; });
        if (old != zips.cend() && old->activeFrom == zip.activeFrom)
            return Written{zip.storeId, 0, StoreCloseChange{now.store().closesOn}}; // nothing to change
        if (auto ok = sql::writeZipCode(db, zip, Text::tr("Writing zip code %1").arg(zip.code)); !ok)
            return std::unexpected(ok.error());
        // A zip code has no id of its own: its history is under its store's id.
        if (auto ok
            = HistoryWriter(db, m_actor)
                  .record(QStringLiteral("zip_code"), zip.storeId,
                          old != zips.cend() ? QStringLiteral("edit") : QStringLiteral("add"),
                          old != zips.cend() ? HistoryWriter::toJson(*old) : QJsonObject(), HistoryWriter::toJson(zip));
            !ok)
            return std::unexpected(ok.error());
        // Zip codes decide who may book online, never which slots exist.
        return Written{zip.storeId, 0, StoreCloseChange{now.store().closesOn}};
    });
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

Result<int> SqlRulesWriter::markContacted(AppointmentId id, int version, const QString &note)
{
    if (auto ok = checkNameText(note, Text::tr("The note")); !ok)
        return std::unexpected(ok.error());
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    SqlScheduleRepository repository(m_database);
    const Result<Appointment> before = repository.appointment(id);
    if (!before)
        return std::unexpected(before.error());
    const QString what = Text::tr("Appointment %1").arg(id);
    if (!before->isActive())
        return std::unexpected(Error::rule(Error::Reason::NotEditable,
                                           Text::tr("%1 is cancelled; there is nobody to contact.").arg(what)));
    auto updated = sql::run(db,
                            QStringLiteral("UPDATE appointments SET contact_note = :note, contacted_at = :at, "
                                           "contacted_version = version + 1, version = version + 1 "
                                           "WHERE id = :id AND version = :version"),
                            {{QStringLiteral("note"), note},
                             {QStringLiteral("at"), Clock::nowUtc().toSecsSinceEpoch()},
                             {QStringLiteral("id"), id},
                             {QStringLiteral("version"), version}},
                            what);
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return std::unexpected(stale(what));
    const Result<Appointment> after = repository.appointment(id);
    if (!after)
        return std::unexpected(after.error());
    if (auto ok = HistoryWriter(db, m_actor)
                      .record(QStringLiteral("appointment"), id, QStringLiteral("contacted"),
                              HistoryWriter::toJson(*before), HistoryWriter::toJson(*after), note);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return after->version;
}

} // namespace sams
