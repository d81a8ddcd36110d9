#pragma once

#include "core/Appointment.h"

#include <QDateTime>

namespace sams {

enum class WorkOrderStatus { Pending, InProgress, Completed, Cancelled };
// When a scheduled work order is due: a named part of the day or an exact time.
enum class DueSlot { None, Morning, Afternoon, Evening, Exact };

struct WorkOrder {
    qint64 id = 0;
    StoreId storeId = 0;
    std::optional<AppointmentId> appointmentId;
    QString title;
    QString details;
    WorkOrderStatus status = WorkOrderStatus::Pending;
    QDate dueDate; // null: walk-in, no due time
    DueSlot dueSlot = DueSlot::None;
    int dueMinute = -1; // minutes after midnight when dueSlot == Exact
    QDate originalDate; // the first due date it was given
    int rescheduleCount = 0;
    int version = 1;
    // Who it is for (blank for an in-house job); where a confirmation goes.
    QString customerName;
    QString customerPhone;
    QString customerEmail;

    bool isWalkIn() const { return !dueDate.isValid(); }
    // Local minute of day by which it must be done: the end of its slot, or the exact time.
    int dueByMinute() const;
};

// When a scheduled order is due: a store-local date and a slot or an exact time
// (docs/technician-guide.md). An invalid date is a walk-in.
struct OrderDue {
    QDate date;
    DueSlot slot = DueSlot::None;
    int minute = -1; // minutes after midnight when slot == Exact
    friend bool operator==(const OrderDue &, const OrderDue &) = default;
};

// One step of an order's reschedule trail, as recorded when it was made.
struct OrderReschedule {
    int count = 0; // 1 for the first reschedule
    OrderDue from;
    OrderDue to;
    QString reason;
    QString actor;
    QDateTime at; // UTC
};

inline OrderDue dueOf(const WorkOrder &order)
{
    return {order.dueDate, order.dueSlot, order.dueMinute};
}

QString workOrderStatusName(WorkOrderStatus status);
std::optional<WorkOrderStatus> parseWorkOrderStatus(const QString &name);
QString dueSlotName(DueSlot slot); // "MORNING", ...
std::optional<DueSlot> parseDueSlot(const QString &name);

} // namespace sams
