#include "core/DueToday.h"

#include "core/SlotCalculator.h"

#include <algorithm>

namespace sams {

QString dueStateName(DueState state)
{
    switch (state) {
    case DueState::Overdue:
        return QStringLiteral("OVERDUE");
    case DueState::DueSoon:
        return QStringLiteral("DUE_SOON");
    case DueState::Scheduled:
        return QStringLiteral("SCHEDULED");
    case DueState::WalkIn:
        break;
    }
    return QStringLiteral("WALK_IN");
}

QDateTime dueInstant(const WorkOrder &order, const QTimeZone &zone)
{
    if (order.isWalkIn())
        return {};
    return SlotCalculator::instantOf(order.dueDate, order.dueByMinute(), zone);
}

DueState dueStateOf(const WorkOrder &order, const QTimeZone &zone, const QDateTime &now)
{
    if (order.isWalkIn())
        return DueState::WalkIn;
    const qint64 left = now.secsTo(dueInstant(order, zone));
    if (left <= 0 && order.status == WorkOrderStatus::Pending)
        return DueState::Overdue;
    // Started and past due: being worked on, so not red, but not calm either.
    if (left <= dueSoonSeconds)
        return DueState::DueSoon;
    return DueState::Scheduled;
}

bool belongsToPanel(const WorkOrder &order, QDate today)
{
    const bool open = order.status == WorkOrderStatus::Pending || order.status == WorkOrderStatus::InProgress;
    return open && (order.isWalkIn() || order.dueDate <= today);
}

void sortDueEntries(QList<DueEntry> &entries)
{
    std::ranges::stable_sort(entries, [](const DueEntry &a, const DueEntry &b) {
        if (a.state != b.state)
            return a.state < b.state;
        if (a.due != b.due)
            return a.due < b.due;
        return a.order.id < b.order.id;
    });
}

QList<DueEntry> dueTodayEntries(const Store &store, const QList<WorkOrder> &orders, const QDateTime &now)
{
    const QTimeZone zone = store.timeZone();
    const QDate today = now.toTimeZone(zone).date();
    QList<DueEntry> entries;
    for (const WorkOrder &order : orders) {
        if (order.storeId != store.id || !belongsToPanel(order, today))
            continue;
        entries.append({order, store.code, dueInstant(order, zone), dueStateOf(order, zone, now)});
    }
    sortDueEntries(entries);
    return entries;
}

QDateTime nextDueChange(const QList<DueEntry> &entries, const QList<Store> &stores, const QDateTime &now)
{
    QDateTime next;
    const auto consider = [&](const QDateTime &at) {
        if (at.isValid() && at > now && (!next.isValid() || at < next))
            next = at;
    };
    for (const DueEntry &entry : entries) {
        if (!entry.due.isValid())
            continue;
        consider(entry.due.addSecs(-dueSoonSeconds));
        consider(entry.due);
    }
    for (const Store &store : stores) {
        const QTimeZone zone = store.timeZone();
        const QDate today = now.toTimeZone(zone).date();
        consider(SlotCalculator::instantOf(today.addDays(1), 0, zone));
    }
    return next;
}

} // namespace sams
