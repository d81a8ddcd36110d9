#include "storage/IntegrityCheck.h"

#include "storage/Database.h"
#include "storage/SqlCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::IntegrityCheck)
};

template<typename Describe>
Status collect(QSqlDatabase &db, const QString &statement, QStringList &problems, Describe describe)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement))
        return std::unexpected(Error::failed(Text::tr("Checking: %1").arg(statement.left(60))));
    while (query.next())
        problems.append(describe(query));
    return {};
}

QString instant(const QVariant &seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), Qt::UTC).toString(Qt::ISODate);
}
} // namespace

Result<QStringList> checkStorage(Database &database)
{
    QSqlDatabase &db = database.connection();
    QStringList problems;
    if (!database.isSqlite()) {
        auto ok = collect(db,
                          QStringLiteral("SELECT conrelid::regclass::text, conname FROM pg_constraint "
                                         "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace "
                                         "ORDER BY 1, 2"),
                          problems, [](const QSqlQuery &q) {
                              return Text::tr("PostgreSQL: constraint %1 on %2 was never validated")
                                  .arg(q.value(1).toString(), q.value(0).toString());
                          });
        if (ok)
            ok = collect(db,
                         QStringLiteral("SELECT tgrelid::regclass::text, tgname FROM pg_trigger t JOIN pg_class c "
                                        "ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND t.tgenabled = 'D' "
                                        "AND c.relnamespace = current_schema()::regnamespace ORDER BY 1, 2"),
                         problems, [](const QSqlQuery &q) {
                             return Text::tr("PostgreSQL: trigger %1 on %2 is disabled")
                                 .arg(q.value(1).toString(), q.value(0).toString());
                         });
        if (!ok)
            return std::unexpected(ok.error());
        return problems;
    }
    // A damaged file may not even let the check run: that is a finding too.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(100)"))) {
        problems.append(Text::tr("SQLite cannot check the file: %1").arg(query.lastError().databaseText()));
        return problems;
    }
    while (query.next()) {
        const QString finding = query.value(0).toString();
        if (finding != QLatin1String("ok"))
            problems.append(Text::tr("SQLite integrity check: %1").arg(finding.simplified()));
    }
    if (query.lastError().isValid()) {
        problems.append(Text::tr("SQLite cannot check the file: %1").arg(query.lastError().databaseText()));
        return problems;
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems.append(Text::tr("SQLite cannot check foreign keys: %1").arg(query.lastError().databaseText()));
        return problems;
    }
    while (query.next())
        problems.append(Text::tr("%1 row %2 refers to a %3 row that does not exist")
                            .arg(query.value(0).toString())
                            .arg(query.value(1).toLongLong())
                            .arg(query.value(2).toString()));
    return problems;
}

Result<QStringList> checkIntegrity(Database &database)
{
    Result<QStringList> storage = checkStorage(database);
    // On a damaged SQLite file the table checks would read damaged pages: its
    // findings are the answer.
    if (!storage || (database.isSqlite() && !storage->isEmpty()))
        return storage;
    Result<QStringList> problems = checkOverlaps(database);
    if (!problems)
        return problems;
    problems->append(*storage);
    if (auto ok = checkHistory(database, *problems); !ok)
        return std::unexpected(ok.error());
    return problems;
}

Status checkHistory(Database &database, QStringList &problems)
{
    QSqlDatabase &db = database.connection();
    // Complete means one row per version: every writer that makes a row or a new
    // version of it records that change (docs/decisions.md, History).
    const struct {
        const char *table;
        const char *entity;
        QString noun;
    } kinds[] = {{"appointments", "appointment", Text::tr("appointment")},
                 {"stores", "store", Text::tr("store")},
                 {"chairs", "chair", Text::tr("chair")},
                 {"hours_versions", "hours_version", Text::tr("hours version")},
                 {"date_exceptions", "date_exception", Text::tr("date exception")},
                 {"locks", "lock", Text::tr("lock")}};
    for (const auto &kind : kinds) {
        const QString statement
            = QStringLiteral(
                  "SELECT id, version, recorded FROM (SELECT t.id, t.version, (SELECT COUNT(*) FROM history h "
                  "WHERE h.entity = '%1' AND h.entity_id = t.id) AS recorded FROM %2 t) counted "
                  "WHERE recorded < version ORDER BY id")
                  .arg(QLatin1String(kind.entity), QLatin1String(kind.table));
        auto ok = collect(db, statement, problems, [&kind](const QSqlQuery &q) {
            const qint64 recorded = q.value(2).toLongLong();
            if (recorded == 0)
                return Text::tr("%1 %2 has no history").arg(kind.noun).arg(q.value(0).toLongLong());
            return Text::tr("%1 %2 is at version %3 but its history records %4 change(s)")
                .arg(kind.noun)
                .arg(q.value(0).toLongLong())
                .arg(q.value(1).toLongLong())
                .arg(recorded);
        });
        if (!ok)
            return ok;
    }
    // A zip code has no id: its history is under its store's id, the code in `after`.
    return collect(db,
                   QStringLiteral("SELECT z.store_id, z.zipcode FROM zip_codes z WHERE NOT EXISTS (SELECT 1 FROM "
                                  "history h WHERE h.entity = 'zip_code' AND h.entity_id = z.store_id AND h.after "
                                  "LIKE '%\"zipcode\":\"' || z.zipcode || '\"%') ORDER BY z.store_id, z.zipcode"),
                   problems, [](const QSqlQuery &q) {
                       return Text::tr("zip code %1 of store %2 has no history")
                           .arg(q.value(1).toString())
                           .arg(q.value(0).toLongLong());
                   });
}

Result<QStringList> checkOverlaps(Database &database)
{
    QSqlDatabase &db = database.connection();
    QStringList problems;
    auto ok = collect(db,
                      QStringLiteral("SELECT a.id, b.id, a.chair_id, a.starts_at FROM appointments a "
                                     "JOIN appointments b ON b.chair_id = a.chair_id AND b.seat = a.seat "
                                     // Each pair once, the later-starting one as b; a range the index can serve.
                                     "AND b.starts_at >= a.starts_at AND b.starts_at < a.ends_at "
                                     "AND (b.starts_at > a.starts_at OR b.id > a.id) "
                                     "WHERE a.status <> 'cancelled' AND b.status <> 'cancelled' ORDER BY a.id, b.id"),
                      problems, [](const QSqlQuery &q) {
                          return Text::tr("appointments %1 and %2 overlap on chair %3 at %4")
                              .arg(q.value(0).toLongLong())
                              .arg(q.value(1).toLongLong())
                              .arg(q.value(2).toLongLong())
                              .arg(instant(q.value(3)));
                      });
    if (!ok)
        return std::unexpected(ok.error());
    ok = collect(db,
                 QStringLiteral("SELECT a.id, s.capacity FROM appointments a JOIN chairs c ON c.id = a.chair_id "
                                "JOIN stores s ON s.id = c.store_id WHERE a.status <> 'cancelled' "
                                "AND a.seat >= s.capacity ORDER BY a.id"),
                 problems, [](const QSqlQuery &q) {
                     return Text::tr("appointment %1 takes a seat beyond the store's capacity of %2")
                         .arg(q.value(0).toLongLong())
                         .arg(q.value(1).toInt());
                 });
    if (!ok)
        return std::unexpected(ok.error());
    return problems;
}

} // namespace sams
