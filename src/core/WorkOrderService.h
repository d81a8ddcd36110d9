#pragma once

#include "core/Error.h"
#include "core/Store.h"
#include "core/WorkOrder.h"

#include <QDateTime>

namespace sams {

// A reminder the job produced: one per store and store-local day, for the
// store's technicians, listing tomorrow's orders (docs/technician-guide.md).
struct OrderReminder {
    qint64 outboxId = 0;
    StoreId storeId = 0;
    QString storeCode;
    QDate dueDate; // the orders' date: the store's tomorrow
    QString subject; // "3 orders due tomorrow at DEN-LODO"
    QString body; // one line per order
    int orderCount = 0;
};

// A store's open work orders as the due-today panel reads them.
struct OpenOrders {
    Store store;
    QList<WorkOrder> orders; // belongsToPanel on the store's today (core/DueToday.h)
};

// Work orders: what technicians and schedulers do with them, and what the panel,
// the month view and the reminder job read (docs/technician-guide.md). Each
// write is one transaction that records history (and each reschedule in the
// order's trail) and queues the customer's confirmation in the outbox
// (docs/outbox.md); an edit made from an old version is refused with
// Conflict/StaleVersion and nothing changes. Dates and times are store-local
// wall time; instants UTC. Errors: Usage (bad text or due), Rule (Past: "Date
// must be in the future"; NotEditable: a status change the lifecycle forbids,
// a closed order rescheduled), Conflict (stale), Permission (the role may not),
// Failed (NotFound, or the database).
class WorkOrderService
{
public:
    virtual ~WorkOrderService() = default;

    // Adds `order` (id 0, status pending; dueDate null: a walk-in) at version 1;
    // returns its number (the id). A linked appointment must be of the store.
    // A retry with the same non-empty `requestKey` (the first answer lost)
    // returns the first one's number and adds nothing.
    virtual Result<qint64> schedule(const WorkOrder &order, const QString &requestKey) = 0;
    // Moves an open order to `to`, recording the step, `reason` and who; returns
    // the new version.
    virtual Result<int> reschedule(qint64 id, int version, const OrderDue &to, const QString &reason) = 0;
    // Start, complete or cancel (core/WorkOrderRules.h); returns the new version.
    virtual Result<int> setStatus(qint64 id, int version, WorkOrderStatus to) = 0;

    virtual Result<WorkOrder> order(qint64 id) = 0;
    // Its reschedules, first first.
    virtual Result<QList<OrderReschedule>> trail(qint64 id) = 0;
    // The panel's orders of each of `stores` (empty: every store the user may
    // see) on the store's today at `now`.
    virtual Result<QList<OpenOrders>> openOrders(const QList<StoreId> &stores, const QDateTime &now) = 0;
    // The orders of a store due in the store-local days [from, to], cancelled
    // ones left out (the month view's counts and a day's list).
    virtual Result<QList<WorkOrder>> ordersDue(StoreId store, QDate from, QDate to) = 0;

    // The reminder job, once: for each store whose store-local time at `now` is
    // past its reminder time, the orders due on its tomorrow not yet reminded go
    // into one outbox row keyed by store and date, and are marked reminded, in
    // one transaction; a store already reminded that day, or with nothing due, is
    // left alone. However many desktops and samsctl run it at once, each store and
    // day gets at most one reminder. Returns the reminders this call produced.
    // `stores` limits it to those (empty: every store the user may see).
    virtual Result<QList<OrderReminder>> runReminders(const QDateTime &now, const QList<StoreId> &stores) = 0;
    // The store's reminder time (store-local minute of the day).
    virtual Status setReminderMinute(StoreId store, int minute) = 0;
};

} // namespace sams
