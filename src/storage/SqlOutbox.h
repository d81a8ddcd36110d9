#pragma once

#include "core/OutboxQueue.h"

namespace sams {

class Database;

// OutboxQueue on a SQL database (docs/notifications.md, "Claims"). Claims are one
// UPDATE … RETURNING in a write transaction: PostgreSQL picks the rows FOR UPDATE
// SKIP LOCKED, so concurrent workers take disjoint rows without waiting; SQLite's
// BEGIN IMMEDIATE serializes them. Owned by the thread that opened `database`.
class SqlOutbox : public OutboxQueue
{
public:
    SqlOutbox(Database &database, const QString &actor);

    Result<int> recoverExpired(qint64 now) override;
    Result<QList<ClaimedMessage>> claim(const QStringList &channels, int limit, qint64 now, int leaseSeconds) override;
    Result<MessageSubject> subject(const OutboxEntry &entry) override;
    Result<bool> handOver(qint64 id, const QString &token, const QString &route, qint64 now, int leaseSeconds) override;
    Result<bool> finish(qint64 id, const QString &token, const DeliveryEnd &end, qint64 now) override;
    Result<QList<OutboxEntry>> list(const OutboxFilter &filter) override;
    Result<OutboxEntry> entry(qint64 id) override;
    Result<int> attentionCount() override;
    Status retry(qint64 id, qint64 now) override;
    Status cancel(qint64 id) override;

private:
    // Moves message `id` from one of `from` to `to` by a person's decision.
    Status decide(qint64 id, const QStringList &from, const QString &set, const QVariantMap &values);

    Database &m_database;
    QString m_actor;
};

} // namespace sams
