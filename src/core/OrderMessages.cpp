#include "core/OrderMessages.h"

#include "core/WorkOrderRules.h"

#include <QCoreApplication>
#include <QLocale>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::OrderMessages)
};

QString eventKey(OrderEvent event)
{
    switch (event) {
    case OrderEvent::Scheduled:
        return QStringLiteral("scheduled");
    case OrderEvent::Rescheduled:
        return QStringLiteral("rescheduled");
    case OrderEvent::Completed:
        break;
    }
    return QStringLiteral("completed");
}

QString whenText(const WorkOrder &order)
{
    if (order.isWalkIn())
        return Text::tr("as soon as you drop by");
    return Text::tr("%1, %2").arg(QLocale().toString(order.dueDate, QLocale::LongFormat), dueText(dueOf(order)));
}

QString orderLine(const WorkOrder &order)
{
    const QString who = order.customerName.isEmpty() ? Text::tr("in-house") : order.customerName;
    const QString what = order.title.isEmpty() ? QString() : QStringLiteral(" — ") + order.title;
    return Text::tr("%1  #%2 %3%4").arg(dueText(dueOf(order))).arg(order.id).arg(who, what);
}
} // namespace

std::optional<OutboxMessage> orderConfirmation(const WorkOrder &order, const Store &store, OrderEvent event)
{
    const bool email = !order.customerEmail.trimmed().isEmpty();
    if (!email && order.customerPhone.trimmed().isEmpty())
        return std::nullopt;
    OutboxMessage message;
    message.dedupKey = QStringLiteral("order:%1:%2:%3").arg(order.id).arg(order.version).arg(eventKey(event));
    message.storeId = store.id;
    message.kind = QStringLiteral("order_") + eventKey(event);
    message.entity = QStringLiteral("work_order");
    message.entityId = order.id;
    message.entityVersion = order.version;
    message.channel = email ? QStringLiteral("email") : QStringLiteral("sms");
    message.recipient = email ? order.customerEmail.trimmed() : order.customerPhone.trimmed();
    const QString storeName = store.name.isEmpty() ? store.code : store.name;
    switch (event) {
    case OrderEvent::Scheduled:
        message.subject = Text::tr("Your order %1 at %2").arg(order.id).arg(storeName);
        message.body = Text::tr("We have your order %1 (%2). It will be ready %3.")
                           .arg(order.id)
                           .arg(order.title, whenText(order));
        break;
    case OrderEvent::Rescheduled:
        message.subject = Text::tr("New time for your order %1 at %2").arg(order.id).arg(storeName);
        message.body
            = Text::tr("Your order %1 (%2) will now be ready %3.").arg(order.id).arg(order.title, whenText(order));
        break;
    case OrderEvent::Completed:
        message.subject = Text::tr("Your order %1 is ready at %2").arg(order.id).arg(storeName);
        message.body = Text::tr("Your order %1 (%2) is ready for you at %3.").arg(order.id).arg(order.title, storeName);
        break;
    }
    return message;
}

OutboxMessage technicianReminder(const Store &store, QDate date, const QList<WorkOrder> &orders)
{
    OutboxMessage message;
    message.dedupKey = QStringLiteral("remind:%1:%2").arg(store.id).arg(date.toString(Qt::ISODate));
    message.storeId = store.id;
    message.kind = QStringLiteral("order_reminder");
    message.entity = QStringLiteral("store");
    message.entityId = store.id;
    message.channel = QStringLiteral("desktop");
    message.recipient = QStringLiteral("technicians:") + store.code;
    message.subject = orders.size() == 1 ? Text::tr("1 order due tomorrow at %1").arg(store.code)
                                         : Text::tr("%1 orders due tomorrow at %2").arg(orders.size()).arg(store.code);
    QStringList lines{Text::tr("Due %1:").arg(QLocale().toString(date, QLocale::LongFormat))};
    for (const WorkOrder &order : orders)
        lines.append(orderLine(order));
    message.body = lines.join(QLatin1Char('\n'));
    return message;
}

} // namespace sams
