#include "storage/SqlWorkOrderService.h"

#include "core/Clock.h"
#include "core/OrderMessages.h"
#include "core/TextRules.h"
#include "core/WorkOrderRules.h"
#include "storage/Database.h"
#include "storage/HistoryWriter.h"
#include "storage/OutboxRows.h"
#include "storage/RuleRows.h"
#include "storage/SqlCheck.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlValues.h"
#include "storage/WorkOrderRow.h"

#include <QCoreApplication>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::SqlWorkOrderService)
};

Error notFound(qint64 id)
{
    return Error{Error::Kind::Failed, Text::tr("There is no work order %1.").arg(id), Error::Reason::NotFound};
}

Error stale(qint64 id)
{
    return Error::conflict(Text::tr("Work order %1 was changed by someone else since you opened it; "
                                    "look at it again. Nothing was saved.")
                               .arg(id),
                           Error::Reason::StaleVersion);
}

QVariant minuteValue(const OrderDue &due)
{
    return due.slot == DueSlot::Exact ? QVariant(due.minute) : QVariant();
}

QString statusVerb(WorkOrderStatus to)
{
    switch (to) {
    case WorkOrderStatus::InProgress:
        return QStringLiteral("start");
    case WorkOrderStatus::Completed:
        return QStringLiteral("complete");
    case WorkOrderStatus::Cancelled:
        return QStringLiteral("cancel");
    case WorkOrderStatus::Pending:
        break;
    }
    return QStringLiteral("reopen");
}

Status queueConfirmation(QSqlDatabase &db, const WorkOrder &order, const Store &store, OrderEvent event)
{
    const std::optional<OutboxMessage> message = orderConfirmation(order, store, event);
    if (!message)
        return {};
    const Result<qint64> queued = sql::queueMessage(db, *message, Clock::nowUtc().toSecsSinceEpoch());
    if (!queued)
        return std::unexpected(queued.error());
    return {};
}
} // namespace

namespace sql {
WorkOrder workOrderFrom(const QSqlQuery &q, int first)
{
    WorkOrder w;
    w.id = q.value(first).toLongLong();
    w.storeId = q.value(first + 1).toLongLong();
    w.appointmentId = toId(q.value(first + 2));
    w.title = q.value(first + 3).toString();
    w.details = q.value(first + 4).toString();
    w.status = parseWorkOrderStatus(q.value(first + 5).toString()).value_or(WorkOrderStatus::Pending);
    w.dueDate = toDate(q.value(first + 6));
    w.dueSlot = parseDueSlot(q.value(first + 7).toString()).value_or(DueSlot::None);
    w.dueMinute = q.value(first + 8).isNull() ? -1 : q.value(first + 8).toInt();
    w.originalDate = toDate(q.value(first + 9));
    w.rescheduleCount = q.value(first + 10).toInt();
    w.version = q.value(first + 11).toInt();
    w.customerName = q.value(first + 12).toString();
    w.customerPhone = q.value(first + 13).toString();
    w.customerEmail = q.value(first + 14).toString();
    return w;
}
} // namespace sql

SqlWorkOrderService::SqlWorkOrderService(Database &database, const QString &actor)
    : m_database(database)
    , m_actor(actor)
{ }

Result<qint64> SqlWorkOrderService::orderWithKey(const QString &requestKey)
{
    if (requestKey.isEmpty())
        return 0;
    auto read = sql::run(m_database.connection(), QStringLiteral("SELECT id FROM work_orders WHERE request_key = :key"),
                         {{QStringLiteral("key"), requestKey}}, Text::tr("Reading the work order"));
    if (!read)
        return std::unexpected(read.error());
    const qint64 id = read->next() ? read->value(0).toLongLong() : 0;
    read->finish();
    return id;
}

Result<qint64> SqlWorkOrderService::schedule(const WorkOrder &order, const QString &requestKey)
{
    // A retry of a request that was saved: the same order, not a second one.
    if (Result<qint64> made = orderWithKey(requestKey); !made || *made)
        return made;
    if (auto ok = checkOrderText(order); !ok)
        return std::unexpected(ok.error());
    SqlScheduleRepository repository(m_database);
    const Result<Store> store = repository.store(order.storeId);
    if (!store)
        return std::unexpected(store.error());
    const QDateTime now = Clock::nowUtc();
    if (!order.isWalkIn())
        if (auto ok = checkDueAhead(dueOf(order), *store, now); !ok)
            return std::unexpected(ok.error());

    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    if (order.appointmentId) {
        auto linked
            = sql::run(db,
                       QStringLiteral("SELECT c.store_id FROM appointments a JOIN chairs c ON c.id = a.chair_id "
                                      "WHERE a.id = :id"),
                       {{QStringLiteral("id"), *order.appointmentId}}, Text::tr("Reading the appointment"));
        if (!linked)
            return std::unexpected(linked.error());
        const bool ofStore = linked->next() && linked->value(0).toLongLong() == store->id;
        linked->finish();
        if (!ofStore)
            return std::unexpected(Error::usage(
                Text::tr("Appointment %1 is not one of %2's.").arg(*order.appointmentId).arg(store->code)));
    }
    WorkOrder added = order;
    added.status = WorkOrderStatus::Pending;
    added.version = 1;
    added.rescheduleCount = 0;
    added.originalDate = order.dueDate;
    if (added.isWalkIn()) {
        added.dueSlot = DueSlot::None;
        added.dueMinute = -1;
    } else if (added.dueSlot != DueSlot::Exact) {
        added.dueMinute = -1;
    }
    auto inserted = sql::run(
        db,
        QStringLiteral("INSERT INTO work_orders (store_id, appointment_id, title, details, status, due_date, due_slot, "
                       "due_minute, original_date, reschedule_count, version, customer_name, customer_phone, "
                       "customer_email, created_at, request_key) VALUES (:store, :appointment, :title, :details, "
                       "'pending', :date, :slot, :minute, :date, 0, 1, :name, :phone, :email, :now, :key) "
                       "ON CONFLICT (request_key) DO NOTHING RETURNING id"),
        {{QStringLiteral("store"), store->id},
         {QStringLiteral("appointment"), sql::fromId(order.appointmentId)},
         {QStringLiteral("title"), sql::text(added.title.trimmed())},
         {QStringLiteral("details"), sql::text(added.details)},
         {QStringLiteral("date"), sql::fromDate(added.dueDate)},
         {QStringLiteral("slot"), dueSlotName(added.dueSlot)},
         {QStringLiteral("minute"), minuteValue(dueOf(added))},
         {QStringLiteral("name"), sql::text(added.customerName.trimmed())},
         {QStringLiteral("phone"), sql::text(added.customerPhone.trimmed())},
         {QStringLiteral("email"), sql::text(added.customerEmail.trimmed())},
         {QStringLiteral("now"), now.toSecsSinceEpoch()},
         {QStringLiteral("key"), requestKey.isEmpty() ? QVariant() : QVariant(requestKey)}},
        Text::tr("Adding the work order"));
    if (!inserted)
        return std::unexpected(inserted.error());
    added.id = sql::returnedId(*inserted);
    if (added.id == 0)
        return orderWithKey(requestKey); // the same request, committed by another try meanwhile
    if (auto ok
        = HistoryWriter(db, m_actor)
              .record(QStringLiteral("work_order"), added.id, QStringLiteral("add"), {}, HistoryWriter::toJson(added));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = queueConfirmation(db, added, *store, OrderEvent::Scheduled); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return added.id;
}

Result<int> SqlWorkOrderService::edit(qint64 id, int version, const Edit &write)
{
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    const Result<WorkOrder> before = order(id);
    if (!before)
        return std::unexpected(before.error());
    if (before->version != version)
        return std::unexpected(stale(id));
    const Result<Store> store = SqlScheduleRepository(m_database).store(before->storeId);
    if (!store)
        return std::unexpected(store.error());
    const Result<WorkOrder> after = write(*before, *store);
    if (!after)
        return std::unexpected(after.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return after->version;
}

Status SqlWorkOrderService::update(const WorkOrder &before, const WorkOrder &after)
{
    auto updated = sql::run(
        m_database.connection(),
        QStringLiteral("UPDATE work_orders SET status = :status, due_date = :date, due_slot = :slot, "
                       "due_minute = :minute, original_date = :original, reschedule_count = :count, "
                       "reminded_at = CASE WHEN :moved = 1 THEN NULL ELSE reminded_at END, version = version + 1 "
                       "WHERE id = :id AND version = :version"),
        {{QStringLiteral("status"), workOrderStatusName(after.status)},
         {QStringLiteral("date"), sql::fromDate(after.dueDate)},
         {QStringLiteral("slot"), dueSlotName(after.dueSlot)},
         {QStringLiteral("minute"), minuteValue(dueOf(after))},
         {QStringLiteral("original"), sql::fromDate(after.originalDate)},
         {QStringLiteral("count"), after.rescheduleCount},
         {QStringLiteral("moved"), dueOf(before) == dueOf(after) ? 0 : 1},
         {QStringLiteral("id"), before.id},
         {QStringLiteral("version"), before.version}},
        Text::tr("Saving work order %1").arg(before.id));
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return std::unexpected(stale(before.id));
    return {};
}

Result<int> SqlWorkOrderService::reschedule(qint64 id, int version, const OrderDue &to, const QString &reason)
{
    if (auto ok = checkNameText(reason, Text::tr("The reason")); !ok)
        return std::unexpected(ok.error());
    return edit(id, version, [&](const WorkOrder &before, const Store &store) -> Result<WorkOrder> {
        if (!isOpen(before))
            return std::unexpected(Error::rule(Error::Reason::NotEditable,
                                               Text::tr("Work order %1 is %2; only an open order can be rescheduled.")
                                                   .arg(id)
                                                   .arg(workOrderStatusName(before.status))));
        const QDateTime now = Clock::nowUtc();
        if (auto ok = checkDueAhead(to, store, now); !ok)
            return std::unexpected(ok.error());
        const OrderDue from = dueOf(before);
        if (from == to || (to.slot != DueSlot::Exact && from.date == to.date && from.slot == to.slot))
            return std::unexpected(Error::usage(Text::tr("Work order %1 is due then already.").arg(id)));
        WorkOrder after = before;
        after.dueDate = to.date;
        after.dueSlot = to.slot;
        after.dueMinute = to.slot == DueSlot::Exact ? to.minute : -1;
        after.rescheduleCount = before.rescheduleCount + 1;
        if (!after.originalDate.isValid())
            after.originalDate = to.date; // a walk-in given its first date
        after.version = before.version + 1;
        if (auto ok = update(before, after); !ok)
            return std::unexpected(ok.error());
        QSqlDatabase &db = m_database.connection();
        const bool pg = sql::isPostgreSql(db);
        auto step = sql::run(
            db,
            QStringLiteral("INSERT INTO work_order_reschedules (work_order_id, count, from_date, from_slot, "
                           "from_minute, to_date, to_slot, to_minute, reason, actor, at) VALUES (:id, :count, "
                           ":from_date, :from_slot, :from_minute, :to_date, :to_slot, :to_minute, :reason, %1, :at)")
                .arg(pg ? QStringLiteral("session_user") : QStringLiteral(":actor")),
            {{QStringLiteral("id"), id},
             {QStringLiteral("count"), after.rescheduleCount},
             {QStringLiteral("from_date"), sql::fromDate(from.date)},
             {QStringLiteral("from_slot"), dueSlotName(from.slot)},
             {QStringLiteral("from_minute"), minuteValue(from)},
             {QStringLiteral("to_date"), sql::fromDate(to.date)},
             {QStringLiteral("to_slot"), dueSlotName(to.slot)},
             {QStringLiteral("to_minute"), minuteValue(to)},
             {QStringLiteral("reason"), reason.trimmed()},
             {QStringLiteral("actor"), m_actor},
             {QStringLiteral("at"), now.toSecsSinceEpoch()}},
            Text::tr("Recording the reschedule of work order %1").arg(id));
        if (!step)
            return std::unexpected(step.error());
        if (auto ok = HistoryWriter(db, m_actor)
                          .record(QStringLiteral("work_order"), id, QStringLiteral("reschedule"),
                                  HistoryWriter::toJson(before), HistoryWriter::toJson(after), reason.trimmed());
            !ok)
            return std::unexpected(ok.error());
        if (auto ok = queueConfirmation(db, after, store, OrderEvent::Rescheduled); !ok)
            return std::unexpected(ok.error());
        return after;
    });
}

Result<int> SqlWorkOrderService::setStatus(qint64 id, int version, WorkOrderStatus to)
{
    return edit(id, version, [&](const WorkOrder &before, const Store &store) -> Result<WorkOrder> {
        if (!orderStatusChangeAllowed(before.status, to))
            return std::unexpected(Error::rule(Error::Reason::NotEditable,
                                               Text::tr("Work order %1 is %2; it cannot become %3.")
                                                   .arg(id)
                                                   .arg(workOrderStatusName(before.status), workOrderStatusName(to))));
        WorkOrder after = before;
        after.status = to;
        after.version = before.version + 1;
        if (auto ok = update(before, after); !ok)
            return std::unexpected(ok.error());
        QSqlDatabase &db = m_database.connection();
        if (auto ok = HistoryWriter(db, m_actor)
                          .record(QStringLiteral("work_order"), id, statusVerb(to), HistoryWriter::toJson(before),
                                  HistoryWriter::toJson(after));
            !ok)
            return std::unexpected(ok.error());
        if (to == WorkOrderStatus::Completed)
            if (auto ok = queueConfirmation(db, after, store, OrderEvent::Completed); !ok)
                return std::unexpected(ok.error());
        return after;
    });
}

Result<WorkOrder> SqlWorkOrderService::order(qint64 id)
{
    auto read = sql::run(m_database.connection(),
                         QStringLiteral("SELECT %1 FROM work_orders WHERE id = :id").arg(sql::workOrderColumns()),
                         {{QStringLiteral("id"), id}}, Text::tr("Reading work order %1").arg(id));
    if (!read)
        return std::unexpected(read.error());
    if (!read->next())
        return std::unexpected(notFound(id));
    WorkOrder w = sql::workOrderFrom(*read);
    read->finish();
    return w;
}

Result<QList<OrderReschedule>> SqlWorkOrderService::trail(qint64 id)
{
    auto read = sql::run(m_database.connection(),
                         QStringLiteral("SELECT count, from_date, from_slot, from_minute, to_date, to_slot, to_minute, "
                                        "reason, actor, at FROM work_order_reschedules WHERE work_order_id = :id "
                                        "ORDER BY count"),
                         {{QStringLiteral("id"), id}}, Text::tr("Reading the trail of work order %1").arg(id));
    if (!read)
        return std::unexpected(read.error());
    QList<OrderReschedule> steps;
    const auto due = [&](int first) {
        const QSqlQuery &q = *read;
        return OrderDue{sql::toDate(q.value(first)),
                        parseDueSlot(q.value(first + 1).toString()).value_or(DueSlot::None),
                        q.value(first + 2).isNull() ? -1 : q.value(first + 2).toInt()};
    };
    while (read->next())
        steps.append({read->value(0).toInt(), due(1), due(4), read->value(7).toString(), read->value(8).toString(),
                      sql::toInstant(read->value(9))});
    return steps;
}

Result<QList<OpenOrders>> SqlWorkOrderService::openOrders(const QList<StoreId> &storeIds, const QDateTime &now)
{
    SqlScheduleRepository repository(m_database);
    QList<Store> stores;
    if (storeIds.isEmpty()) {
        const Result<QList<Store>> all = repository.stores();
        if (!all)
            return std::unexpected(all.error());
        stores = *all;
    }
    for (const StoreId id : storeIds) {
        const Result<Store> store = repository.store(id);
        if (!store)
            return std::unexpected(store.error());
        stores.append(*store);
    }
    QList<OpenOrders> result;
    for (const Store &one : std::as_const(stores)) {
        const Store *store = &one;
        const StoreId id = one.id;
        const QDate today = now.toTimeZone(store->timeZone()).date();
        // Two index range reads (open orders up to today, open walk-ins): an OR
        // of both would scan every open order of the store.
        auto read = sql::run(m_database.connection(),
                             QStringLiteral("SELECT %1 FROM work_orders WHERE store_id = :store AND status IN "
                                            "('pending', 'in_progress') AND due_date <= :today UNION ALL SELECT %1 "
                                            "FROM work_orders WHERE store_id = :store AND status IN ('pending', "
                                            "'in_progress') AND due_date IS NULL")
                                 .arg(sql::workOrderColumns()),
                             {{QStringLiteral("store"), id}, {QStringLiteral("today"), sql::fromDate(today)}},
                             Text::tr("Reading the open work orders of %1").arg(store->code));
        if (!read)
            return std::unexpected(read.error());
        OpenOrders open{*store, {}};
        while (read->next())
            open.orders.append(sql::workOrderFrom(*read));
        result.append(open);
    }
    return result;
}

Result<QList<WorkOrder>> SqlWorkOrderService::ordersDue(StoreId store, QDate from, QDate to)
{
    auto read = sql::run(m_database.connection(),
                         QStringLiteral("SELECT %1 FROM work_orders WHERE store_id = :store AND due_date BETWEEN :from "
                                        "AND :to AND status <> 'cancelled' ORDER BY due_date, id")
                             .arg(sql::workOrderColumns()),
                         {{QStringLiteral("store"), store},
                          {QStringLiteral("from"), sql::fromDate(from)},
                          {QStringLiteral("to"), sql::fromDate(to)}},
                         Text::tr("Reading work orders"));
    if (!read)
        return std::unexpected(read.error());
    QList<WorkOrder> orders;
    while (read->next())
        orders.append(sql::workOrderFrom(*read));
    return orders;
}

Status SqlWorkOrderService::setReminderMinute(StoreId store, int minute)
{
    if (minute < 0 || minute >= 24 * 60)
        return std::unexpected(Error::usage(Text::tr("The reminder time must be between 00:00 and 23:59.")));
    QSqlDatabase &db = m_database.connection();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    auto before = sql::run(db, QStringLiteral("SELECT order_reminder_minute FROM stores WHERE id = :id"),
                           {{QStringLiteral("id"), store}}, Text::tr("Reading the reminder time"));
    if (!before)
        return std::unexpected(before.error());
    if (!before->next())
        return std::unexpected(
            Error{Error::Kind::Failed, Text::tr("That store no longer exists."), Error::Reason::NotFound});
    const int old = before->value(0).toInt();
    before->finish();
    // A store's version moves with every change to it, so an open settings
    // dialog knows its copy is old.
    auto updated = sql::run(
        db, QStringLiteral("UPDATE stores SET order_reminder_minute = :minute, version = version + 1 WHERE id = :id"),
        {{QStringLiteral("minute"), minute}, {QStringLiteral("id"), store}}, Text::tr("Saving the reminder time"));
    if (!updated)
        return std::unexpected(updated.error());
    const auto json = [](int m) { return QJsonObject{{QStringLiteral("order_reminder_minute"), m}}; };
    if (auto ok = HistoryWriter(db, m_actor)
                      .record(QStringLiteral("store"), store, QStringLiteral("reminder_time"), json(old), json(minute));
        !ok)
        return std::unexpected(ok.error());
    return transaction.commit();
}

} // namespace sams
