#include "core/WorkOrder.h"

#include "core/EnumNames.h"

#include <array>
#include <utility>

namespace sams {

namespace {
constexpr std::array workOrderStatusNames{
    std::pair{WorkOrderStatus::Pending, "pending"},
    std::pair{WorkOrderStatus::InProgress, "in_progress"},
    std::pair{WorkOrderStatus::Completed, "completed"},
    std::pair{WorkOrderStatus::Cancelled, "cancelled"},
};
constexpr std::array dueSlotNames{
    std::pair{DueSlot::None, ""},
    std::pair{DueSlot::Morning, "MORNING"},
    std::pair{DueSlot::Afternoon, "AFTERNOON"},
    std::pair{DueSlot::Evening, "EVENING"},
    std::pair{DueSlot::Exact, "EXACT"},
};
} // namespace

int WorkOrder::dueByMinute() const
{
    switch (dueSlot) {
    case DueSlot::Morning:
        return 12 * 60;
    case DueSlot::Afternoon:
        return 17 * 60;
    case DueSlot::Evening:
        return 20 * 60;
    case DueSlot::Exact:
        return dueMinute;
    case DueSlot::None:
        break;
    }
    return 24 * 60;
}

QString workOrderStatusName(WorkOrderStatus status)
{
    return detail::nameIn(workOrderStatusNames, status);
}
std::optional<WorkOrderStatus> parseWorkOrderStatus(const QString &name)
{
    return detail::parseIn<WorkOrderStatus>(workOrderStatusNames, name);
}
QString dueSlotName(DueSlot slot)
{
    return detail::nameIn(dueSlotNames, slot);
}
std::optional<DueSlot> parseDueSlot(const QString &name)
{
    return detail::parseIn<DueSlot>(dueSlotNames, name);
}

} // namespace sams
