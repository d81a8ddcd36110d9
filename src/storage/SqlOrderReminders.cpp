// The technicians' daily reminder job (docs/technician-guide.md, Reminders):
// part of SqlWorkOrderService, in a file of its own.
#include "storage/SqlWorkOrderService.h"

#include "core/OrderMessages.h"
#include "core/SlotCalculator.h"
#include "storage/Database.h"
#include "storage/OutboxRows.h"
#include "storage/RuleRows.h"
#include "storage/SqlCheck.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlValues.h"
#include "storage/WorkOrderRow.h"

#include <QCoreApplication>
#include <QHash>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::SqlOrderReminders)
};

// Whether the store's day is past its reminder time at `now`.
bool reminderDue(const Store &store, int reminderMinute, const QDateTime &now)
{
    const QDate today = now.toTimeZone(store.timeZone()).date();
    return now >= SlotCalculator::instantOf(today, reminderMinute, store.timeZone());
}
} // namespace

Result<QList<OrderReminder>> SqlWorkOrderService::runReminders(const QDateTime &now, const QList<StoreId> &only)
{
    QSqlDatabase &db = m_database.connection();
    auto times = sql::run(db, QStringLiteral("SELECT id, order_reminder_minute FROM stores"), {},
                          Text::tr("Reading the stores' reminder times"));
    if (!times)
        return std::unexpected(times.error());
    QHash<StoreId, int> reminderMinutes;
    while (times->next())
        reminderMinutes.insert(times->value(0).toLongLong(), times->value(1).toInt());
    times->finish();
    const Result<QList<Store>> stores = SqlScheduleRepository(m_database).stores();
    if (!stores)
        return std::unexpected(stores.error());
    QList<OrderReminder> produced;
    for (const Store &store : *stores) {
        if (!only.isEmpty() && !only.contains(store.id))
            continue;
        if (!reminderDue(store, reminderMinutes.value(store.id, 14 * 60), now))
            continue;
        const QDate tomorrow = now.toTimeZone(store.timeZone()).date().addDays(1);
        const Result<std::optional<OrderReminder>> reminder = remindStore(store, tomorrow, now);
        if (!reminder)
            return std::unexpected(reminder.error());
        if (*reminder)
            produced.append(**reminder);
    }
    return produced;
}

Result<std::optional<OrderReminder>> SqlWorkOrderService::remindStore(const Store &store, QDate date,
                                                                      const QDateTime &now)
{
    QSqlDatabase &db = m_database.connection();
    const QString key = QStringLiteral("remind:%1:%2").arg(store.id).arg(date.toString(Qt::ISODate));
    // Most runs find the day's reminder made already: a read, no write lock.
    auto made = sql::run(db, QStringLiteral("SELECT 1 FROM outbox WHERE dedup_key = :key"),
                         {{QStringLiteral("key"), key}}, Text::tr("Reading the outbox"));
    if (!made)
        return std::unexpected(made.error());
    const bool already = made->next();
    made->finish();
    if (already)
        return std::optional<OrderReminder>();

    // Nothing to remind of (most stores, most minutes): no write lock taken.
    const QVariantMap which{{QStringLiteral("store"), store.id}, {QStringLiteral("date"), sql::fromDate(date)}};
    auto candidates = sql::run(db,
                               QStringLiteral("SELECT 1 FROM work_orders WHERE store_id = :store AND due_date = :date "
                                              "AND status IN ('pending', 'in_progress') AND reminded_at IS NULL"),
                               which, Text::tr("Reading tomorrow's work orders of %1").arg(store.code));
    if (!candidates)
        return std::unexpected(candidates.error());
    const bool any = candidates->next();
    candidates->finish();
    if (!any)
        return std::optional<OrderReminder>();

    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    // Mark and read in one statement: PostgreSQL re-checks the WHERE on a row a
    // concurrent reschedule changed, so an order moved to another day meanwhile
    // is neither marked nor listed (its new day's reminder names it).
    QVariantMap marking = which;
    marking.insert(QStringLiteral("now"), now.toSecsSinceEpoch());
    auto marked = sql::run(db,
                           QStringLiteral("UPDATE work_orders SET reminded_at = :now WHERE store_id = :store AND "
                                          "due_date = :date AND status IN ('pending', 'in_progress') AND reminded_at "
                                          "IS NULL RETURNING %1")
                               .arg(sql::workOrderColumns()),
                           marking, Text::tr("Marking tomorrow's work orders of %1").arg(store.code));
    if (!marked)
        return std::unexpected(marked.error());
    QList<WorkOrder> orders;
    while (marked->next())
        orders.append(sql::workOrderFrom(*marked));
    marked->finish();
    if (orders.isEmpty())
        return std::optional<OrderReminder>(); // another writer took them first
    std::ranges::stable_sort(orders, [](const WorkOrder &a, const WorkOrder &b) {
        return std::pair(a.dueByMinute(), a.id) < std::pair(b.dueByMinute(), b.id);
    });
    const OutboxMessage message = technicianReminder(store, date, orders);
    // The unique key decides between writers running the job at the same moment:
    // the second one's insert waits for the first to commit, then adds nothing.
    const Result<qint64> queued = sql::queueMessage(db, message, now.toSecsSinceEpoch());
    if (!queued)
        return std::unexpected(queued.error());
    if (*queued == 0)
        return std::optional<OrderReminder>(); // made by another writer: the marks roll back
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return std::optional<OrderReminder>(
        OrderReminder{*queued, store.id, store.code, date, message.subject, message.body, int(orders.size())});
}

} // namespace sams
