#pragma once

#include "core/WorkOrderService.h"

#include <functional>

namespace sams {

class Database;
class SqlScheduleRepository;

// WorkOrderService on a SQL database. Owned by the thread that opened `database`.
class SqlWorkOrderService : public WorkOrderService
{
public:
    SqlWorkOrderService(Database &database, const QString &actor);

    Result<qint64> schedule(const WorkOrder &order, const QString &requestKey) override;
    Result<int> reschedule(qint64 id, int version, const OrderDue &to, const QString &reason) override;
    Result<int> setStatus(qint64 id, int version, WorkOrderStatus to) override;
    Result<WorkOrder> order(qint64 id) override;
    Result<QList<OrderReschedule>> trail(qint64 id) override;
    Result<QList<OpenOrders>> openOrders(const QList<StoreId> &stores, const QDateTime &now) override;
    Result<QList<WorkOrder>> ordersDue(StoreId store, QDate from, QDate to) override;
    Result<QList<OrderReminder>> runReminders(const QDateTime &now, const QList<StoreId> &stores) override;
    Status setReminderMinute(StoreId store, int minute) override;

private:
    // One edit of an existing order: runs `write` on the order as it is (checked
    // at `version`) and its store, in one transaction.
    using Edit = std::function<Result<WorkOrder>(const WorkOrder &now, const Store &store)>;
    Result<int> edit(qint64 id, int version, const Edit &write);
    // Writes the edited order's row at version + 1 (only while still at `version`).
    Status update(const WorkOrder &before, const WorkOrder &after);
    // The order a request key made, if any (0: none).
    Result<qint64> orderWithKey(const QString &requestKey);
    Result<std::optional<OrderReminder>> remindStore(const Store &store, QDate date, const QDateTime &now);

    Database &m_database;
    QString m_actor;
};

} // namespace sams
