#pragma once

#include "core/CalendarSyncQueue.h"

namespace sams {

class Database;

// CalendarSyncQueue on a SQL database (docs/calendar-sync.md). Rows are raised
// by triggers on appointments and work_orders (migration 020), claimed with the
// outbox's lease and fence (LeasedRows). On PostgreSQL row-level security keeps
// each login to its own accounts. Owned by the thread that opened `database`.
class SqlCalendarSync : public CalendarSyncQueue
{
public:
    explicit SqlCalendarSync(Database &database);

    Result<QList<CalendarAccount>> accounts() override;
    Result<CalendarAccount> account(qint64 id) override;
    Result<qint64> addAccount(const CalendarAccount &account, qint64 now) override;
    Status updateAccount(const CalendarAccount &account, qint64 now) override;
    Status removeAccount(qint64 id) override;
    Status setAccountState(qint64 id, CalendarAccountState state, const QString &error) override;
    Status touchAccount(qint64 id, qint64 now) override;

    Result<int> recoverExpired(qint64 now) override;
    Result<QList<ClaimedSync>> claim(const QList<qint64> &accounts, int limit, qint64 now, int leaseSeconds) override;
    Result<SyncSubject> subject(const SyncEntry &entry) override;
    Result<bool> handOver(qint64 id, const QString &token, qint64 now, int leaseSeconds) override;
    Result<bool> finish(qint64 id, const QString &token, const SyncEnd &end, qint64 now) override;

    Result<QList<SyncEntry>> list(const SyncFilter &filter) override;
    Result<SyncEntry> entry(qint64 id) override;
    Result<QHash<qint64, int>> attentionCounts() override;
    Status retry(qint64 id, qint64 now) override;

private:
    Result<QList<CalendarAccount>> readAccounts(const QString &where, const QVariantMap &values);
    // Rows for the records `account` follows from a week before `now` on.
    Status addFollowed(const CalendarAccount &account, qint64 now);

    Database &m_database;
};

} // namespace sams
