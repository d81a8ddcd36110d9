#include "storage/IntegrityCheck.h"

#include "storage/Database.h"
#include "storage/SqlCheck.h"

#include <QCoreApplication>
#include <QDateTime>

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

Result<QStringList> checkIntegrity(Database &database)
{
    Result<QStringList> problems = checkOverlaps(database);
    if (!problems)
        return problems;
    QSqlDatabase &db = database.connection();
    auto ok = collect(db,
                      QStringLiteral("SELECT a.id FROM appointments a WHERE NOT EXISTS (SELECT 1 FROM history h "
                                     "WHERE h.entity = 'appointment' AND h.entity_id = a.id) ORDER BY a.id"),
                      *problems, [](const QSqlQuery &q) {
                          return Text::tr("appointment %1 has no history").arg(q.value(0).toLongLong());
                      });
    if (!ok)
        return std::unexpected(ok.error());
    return problems;
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
