#include "storage/LeasedRows.h"

#include "storage/RuleRows.h"
#include "storage/SqlCheck.h"

namespace sams::sql {

Statement claimLeased(QSqlDatabase &db, const LeasedTable &table, const QString &filter, const QString &set,
                      const QString &returning, int limit, qint64 now, int leaseSeconds, const QString &token,
                      QVariantMap values, const QString &what)
{
    values.insert(QStringLiteral("token"), token);
    values.insert(QStringLiteral("lease"), now + leaseSeconds);
    values.insert(QStringLiteral("now"), now);
    values.insert(QStringLiteral("limit"), limit);
    return run(db,
               QStringLiteral("UPDATE %1 SET state = '%2', attempts = attempts + 1, claim_token = :token, "
                              "lease_until = :lease%3 WHERE id IN (SELECT id FROM %1 WHERE state IN (%4) AND "
                              "COALESCE(next_attempt_at, 0) <= :now AND %5 ORDER BY id LIMIT :limit%6) RETURNING %7")
                   .arg(table.table, table.claimedState, set.isEmpty() ? QString() : QStringLiteral(", ") + set,
                        table.dueStates, filter.isEmpty() ? QStringLiteral("1 = 1") : filter,
                        isPostgreSql(db) ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString(), returning),
               values, what);
}

Result<bool> renewLease(QSqlDatabase &db, const LeasedTable &table, qint64 id, const QString &token, qint64 until,
                        const QString &set, QVariantMap values, const QString &what)
{
    values.insert(QStringLiteral("lease"), until);
    values.insert(QStringLiteral("id"), id);
    values.insert(QStringLiteral("token"), token);
    auto q = run(db,
                 QStringLiteral("UPDATE %1 SET lease_until = :lease%2 WHERE id = :id AND claim_token = :token AND "
                                "state = '%3' RETURNING id")
                     .arg(table.table, set.isEmpty() ? QString() : QStringLiteral(", ") + set, table.claimedState),
                 values, what);
    if (!q)
        return std::unexpected(q.error());
    return q->next();
}

Result<bool> endLeased(QSqlDatabase &db, const LeasedTable &table, qint64 id, const QString &token, const QString &set,
                       QVariantMap values, const QString &what)
{
    values.insert(QStringLiteral("id"), id);
    values.insert(QStringLiteral("token"), token);
    auto q = run(db,
                 QStringLiteral("UPDATE %1 SET %2, claim_token = '', lease_until = NULL WHERE id = :id AND "
                                "claim_token = :token AND state = '%3' RETURNING id")
                     .arg(table.table, set, table.claimedState),
                 values, what);
    if (!q)
        return std::unexpected(q.error());
    return q->next();
}

} // namespace sams::sql
