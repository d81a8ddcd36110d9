#pragma once

#include "storage/SqlCheck.h"
#include "storage/Statement.h"

#include <QString>
#include <QVariantMap>

#include <algorithm>

namespace sams::sql {

// The claim, lease and fence that the outbox and calendar sync share
// (docs/calendar-sync.md, "The worker"; docs/notifications.md, "The worker"). A
// leased table has id, state, attempts, next_attempt_at, claim_token and
// lease_until columns.
struct LeasedTable {
    QString table; // "outbox", "calendar_events"
    QString claimedState; // the state a claimed row is in ("sending", "pushing")
    QString dueStates; // SQL list of the states a due row is in ("'queued', 'retrying'")
};

// Claims up to :limit due rows (state in dueStates, next_attempt_at not after
// :now, and `filter`) for `token`, counting an attempt and leasing them until
// :now + leaseSeconds, in one write transaction: PostgreSQL skips rows another
// claimer holds locked, SQLite takes the write lock first. `set` adds columns to
// the claim's SET; `returning` lists the columns read back. `values` bind the
// filter's and set's own parameters. The caller reads the rows, then commits.
Statement claimLeased(QSqlDatabase &db, const LeasedTable &table, const QString &filter, const QString &set,
                      const QString &returning, int limit, qint64 now, int leaseSeconds, const QString &token,
                      QVariantMap values, const QString &what);

// claimLeased() in its own write transaction, each returned row read by
// `read(query, token)` (a row type with an `id` path given by `idOf`), sorted by id: RETURNING
// gives no order, and both workers handle a record's rows in the order made.
template<typename Row, typename Read, typename IdOf>
Result<QList<Row>> claimRows(QSqlDatabase &db, const LeasedTable &table, const QString &filter, const QString &set,
                             const QString &returning, int limit, qint64 now, int leaseSeconds, const QString &token,
                             const QString &what, Read read, IdOf idOf)
{
    Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    QList<Row> rows;
    {
        auto q = claimLeased(db, table, filter, set, returning, limit, now, leaseSeconds, token, {}, what);
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            rows.append(read(*q, token));
    }
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) { return idOf(a) < idOf(b); });
    return rows;
}

// Renews the lease of row `id` while `token` holds it, and applies `set`
// (e.g. the handover mark). False when the token no longer holds it.
Result<bool> renewLease(QSqlDatabase &db, const LeasedTable &table, qint64 id, const QString &token, qint64 until,
                        const QString &set, QVariantMap values, const QString &what);

// Ends the attempt `token` holds with `set` (the end's columns), releasing the
// claim; false when the token no longer holds it (nothing written: a worker
// whose lease ran out cannot overwrite the attempt that replaced it).
Result<bool> endLeased(QSqlDatabase &db, const LeasedTable &table, qint64 id, const QString &token, const QString &set,
                       QVariantMap values, const QString &what);

} // namespace sams::sql
