#include "storage/RuleRows.h"

#include "storage/SqlCheck.h"

#include "storage/SqlValues.h"
#include <array>

namespace sams::sql {

Statement run(QSqlDatabase &db, const QString &statement, const QVariantMap &values, const QString &what)
{
    Statement query = prepare(db, statement);
    if (!query)
        return query;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query->bindValue(QLatin1Char(':') + it.key(), it.value());
    if (auto ok = exec(*query, what); !ok)
        return Statement(ok.error());
    return query;
}

qint64 returnedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish(); // SQLite cannot commit while a RETURNING statement is open
    return id;
}

namespace {
// All of a version's or exception's intervals in one statement: they travel as a
// JSON array of [weekday, open, close] (one round trip, not one per interval).
Status addIntervals(QSqlDatabase &db, const QString &table, const QString &columns, qint64 id,
                    const QList<std::array<int, 3>> &rows, const QString &what)
{
    if (rows.isEmpty())
        return {};
    QStringList items;
    for (const auto &[day, open, close] : rows)
        items.append(QStringLiteral("[%1,%2,%3]").arg(day).arg(open).arg(close));
    const QString statement = isPostgreSql(db)
        ? QStringLiteral("INSERT INTO %1 (%2) SELECT :id, %3(v->>1)::int, (v->>2)::int "
                         "FROM json_array_elements(CAST(:rows AS json)) v")
        : QStringLiteral("INSERT INTO %1 (%2) SELECT :id, %3json_extract(value, '$[1]'), json_extract(value, '$[2]') "
                         "FROM json_each(:rows)");
    const bool weekdays = columns.contains(QLatin1String("weekday"));
    const QString weekday = !weekdays ? QString()
        : isPostgreSql(db)            ? QStringLiteral("(v->>0)::int, ")
                                      : QStringLiteral("json_extract(value, '$[0]'), ");
    const QVariantMap values{{QStringLiteral("id"), id},
                             {QStringLiteral("rows"), QString(u'[' + items.join(u',') + u']')}};
    auto added = run(db, statement.arg(table, columns, weekday), values, what);
    if (!added)
        return std::unexpected(added.error());
    return {};
}

Status addHoursIntervals(QSqlDatabase &db, qint64 id, const std::array<DayIntervals, 7> &week, const QString &what)
{
    QList<std::array<int, 3>> rows;
    for (int day = 1; day <= 7; ++day) {
        for (const TimeInterval &i : week.at(day - 1))
            rows.append({day, i.openMinute, i.closeMinute});
    }
    return addIntervals(db, QStringLiteral("hours_intervals"),
                        QStringLiteral("hours_version_id, weekday, open_minute, close_minute"), id, rows, what);
}

Status addExceptionIntervals(QSqlDatabase &db, qint64 id, const DayIntervals &intervals, const QString &what)
{
    QList<std::array<int, 3>> rows;
    for (const TimeInterval &i : intervals)
        rows.append({0, i.openMinute, i.closeMinute});
    return addIntervals(db, QStringLiteral("exception_intervals"),
                        QStringLiteral("exception_id, open_minute, close_minute"), id, rows, what);
}
} // namespace

Result<qint64> replaceHoursVersion(QSqlDatabase &db, const HoursVersion &hours, const QString &what)
{
    const QVariantMap key{{QStringLiteral("store"), hours.storeId},
                          {QStringLiteral("chair"), fromId(hours.chairId)},
                          {QStringLiteral("from"), fromDate(hours.effectiveFrom)}};
    auto removed = run(db,
                       QStringLiteral("DELETE FROM hours_versions WHERE store_id = :store AND "
                                      "COALESCE(chair_id, 0) = COALESCE(:chair, 0) AND effective_from = :from"),
                       key, what);
    if (!removed)
        return std::unexpected(removed.error());
    QVariantMap values = key;
    values.insert(QStringLiteral("follows"), hours.followsStore ? 1 : 0);
    auto inserted = run(db,
                        QStringLiteral("INSERT INTO hours_versions (store_id, chair_id, effective_from, follows_store) "
                                       "VALUES (:store, :chair, :from, :follows) RETURNING id"),
                        values, what);
    if (!inserted)
        return std::unexpected(inserted.error());
    const qint64 id = returnedId(*inserted);
    if (auto ok = addHoursIntervals(db, id, hours.week, what); !ok)
        return std::unexpected(ok.error());
    return id;
}

Status rewriteHoursIntervals(QSqlDatabase &db, qint64 id, const std::array<DayIntervals, 7> &week, const QString &what)
{
    auto removed = run(db, QStringLiteral("DELETE FROM hours_intervals WHERE hours_version_id = :id"),
                       {{QStringLiteral("id"), id}}, what);
    if (!removed)
        return std::unexpected(removed.error());
    return addHoursIntervals(db, id, week, what);
}

Status rewriteExceptionIntervals(QSqlDatabase &db, qint64 id, const DayIntervals &intervals, const QString &what)
{
    auto removed = run(db, QStringLiteral("DELETE FROM exception_intervals WHERE exception_id = :id"),
                       {{QStringLiteral("id"), id}}, what);
    if (!removed)
        return std::unexpected(removed.error());
    return addExceptionIntervals(db, id, intervals, what);
}

Result<qint64> replaceException(QSqlDatabase &db, const DateException &exception, const QString &what)
{
    const QVariantMap key{{QStringLiteral("store"), exception.storeId},
                          {QStringLiteral("chair"), fromId(exception.chairId)},
                          {QStringLiteral("date"), fromDate(exception.date)}};
    auto removed = run(db,
                       QStringLiteral("DELETE FROM date_exceptions WHERE store_id = :store AND "
                                      "COALESCE(chair_id, 0) = COALESCE(:chair, 0) AND date = :date"),
                       key, what);
    if (!removed)
        return std::unexpected(removed.error());
    QVariantMap values = key;
    values.insert(QStringLiteral("reason"), text(exception.reason));
    auto inserted = run(db,
                        QStringLiteral("INSERT INTO date_exceptions (store_id, chair_id, date, reason) "
                                       "VALUES (:store, :chair, :date, :reason) RETURNING id"),
                        values, what);
    if (!inserted)
        return std::unexpected(inserted.error());
    const qint64 id = returnedId(*inserted);
    if (auto ok = addExceptionIntervals(db, id, exception.intervals, what); !ok)
        return std::unexpected(ok.error());
    return id;
}

Status writeZipCode(QSqlDatabase &db, const ZipCode &zip, const QString &what)
{
    auto written = run(db,
                       QStringLiteral("INSERT INTO zip_codes (store_id, zipcode, active_from) "
                                      "VALUES (:store, :zip, :active) ON CONFLICT (store_id, zipcode) "
                                      "DO UPDATE SET active_from = excluded.active_from"),
                       {{QStringLiteral("store"), zip.storeId},
                        {QStringLiteral("zip"), zip.code},
                        {QStringLiteral("active"), fromDate(zip.activeFrom)}},
                       what);
    if (!written)
        return std::unexpected(written.error());
    return {};
}

} // namespace sams::sql
