#include "core/WorkOrderRules.h"

#include "core/InputLimits.h"
#include "core/SlotCalculator.h"
#include "core/TextRules.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTime>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::WorkOrderRules)
};

QString dayText(QDate date)
{
    return QLocale().toString(date, QStringLiteral("MMM d"));
}
} // namespace

Status checkDueShape(const OrderDue &due)
{
    if (!due.date.isValid())
        return std::unexpected(Error::usage(Text::tr("A scheduled order needs a date.")));
    if (auto ok = limits::checkDate(due.date, Text::tr("The date")); !ok)
        return ok;
    switch (due.slot) {
    case DueSlot::Morning:
    case DueSlot::Afternoon:
    case DueSlot::Evening:
        return {};
    case DueSlot::Exact:
        if (due.minute >= 0 && due.minute < 24 * 60)
            return {};
        return std::unexpected(Error::usage(Text::tr("The time must be between 00:00 and 23:59.")));
    case DueSlot::None:
        break;
    }
    return std::unexpected(Error::usage(Text::tr("Say when it is due: MORNING, AFTERNOON, EVENING or a time.")));
}

Status checkDueAhead(const OrderDue &due, const Store &store, const QDateTime &now)
{
    if (auto ok = checkDueShape(due); !ok)
        return ok;
    WorkOrder probe;
    probe.dueDate = due.date;
    probe.dueSlot = due.slot;
    probe.dueMinute = due.minute;
    const QDateTime dueAt = SlotCalculator::instantOf(due.date, probe.dueByMinute(), store.timeZone());
    if (dueAt > now)
        return {};
    const QDate today = now.toTimeZone(store.timeZone()).date();
    return std::unexpected(Error::rule(Error::Reason::Past,
                                       due.date < today
                                           ? Text::tr("Date must be in the future: %1 has passed in %2.")
                                                 .arg(due.date.toString(Qt::ISODate), store.code)
                                           : Text::tr("Date must be in the future: %1 %2 has passed in %3.")
                                                 .arg(due.date.toString(Qt::ISODate), dueText(due), store.code)));
}

Status checkOrderText(const WorkOrder &order)
{
    if (order.customerName.trimmed().isEmpty() && order.title.trimmed().isEmpty())
        return std::unexpected(Error::usage(Text::tr("Say who the order is for or what is to be done.")));
    // Notes may run over several lines; the one-line fields may not.
    const std::pair<const QString *, QString> fields[] = {
        {&order.customerName, Text::tr("The customer")},
        {&order.customerPhone, Text::tr("The phone")},
        {&order.customerEmail, Text::tr("The e-mail")},
        {&order.title, Text::tr("The items or service")},
    };
    for (const auto &[value, name] : fields)
        if (const auto problem = controlCharacterProblem(*value, TextKind::FreeText))
            return std::unexpected(Error::usage(Text::tr("%1 %2.").arg(name, *problem)));
    QString notes = order.details;
    notes.remove(QLatin1Char('\n'));
    if (const auto problem = controlCharacterProblem(notes, TextKind::FreeText))
        return std::unexpected(Error::usage(Text::tr("The notes %1.").arg(*problem)));
    return {};
}

bool orderStatusChangeAllowed(WorkOrderStatus from, WorkOrderStatus to)
{
    switch (from) {
    case WorkOrderStatus::Pending:
        return to != WorkOrderStatus::Pending;
    case WorkOrderStatus::InProgress:
        return to == WorkOrderStatus::Completed || to == WorkOrderStatus::Cancelled;
    case WorkOrderStatus::Completed:
    case WorkOrderStatus::Cancelled:
        break;
    }
    return false;
}

bool isOpen(const WorkOrder &order)
{
    return order.status == WorkOrderStatus::Pending || order.status == WorkOrderStatus::InProgress;
}

QString dueText(const OrderDue &due)
{
    switch (due.slot) {
    case DueSlot::Morning:
        return Text::tr("MORNING (by 12:00)");
    case DueSlot::Afternoon:
        return Text::tr("AFTERNOON (by 17:00)");
    case DueSlot::Evening:
        return Text::tr("EVENING (by 20:00)");
    case DueSlot::Exact:
        return QTime(0, 0).addSecs(due.minute * 60).toString(QStringLiteral("HH:mm"));
    case DueSlot::None:
        break;
    }
    return Text::tr("walk-in");
}

QString trailText(const QList<OrderReschedule> &trail, const WorkOrder &order)
{
    QStringList days;
    if (!trail.isEmpty() && trail.first().from.date.isValid())
        days.append(dayText(trail.first().from.date));
    else if (trail.isEmpty() && order.dueDate.isValid())
        days.append(dayText(order.dueDate));
    for (const OrderReschedule &step : trail)
        days.append(dayText(step.to.date));
    return days.join(QStringLiteral(" → "));
}

} // namespace sams
