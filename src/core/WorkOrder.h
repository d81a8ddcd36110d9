#pragma once

#include "core/Appointment.h"

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

    bool isWalkIn() const { return !dueDate.isValid(); }
    // Local minute of day by which it must be done: the end of its slot, or the exact time.
    int dueByMinute() const;
};

QString workOrderStatusName(WorkOrderStatus status);
std::optional<WorkOrderStatus> parseWorkOrderStatus(const QString &name);
QString dueSlotName(DueSlot slot); // "MORNING", ...
std::optional<DueSlot> parseDueSlot(const QString &name);

} // namespace sams
