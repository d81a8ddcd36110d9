#include "calendarsync/EventContent.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::EventContent)
};

// When each part of the day begins (it ends at WorkOrder::dueByMinute()).
int slotStartMinute(DueSlot slot)
{
    switch (slot) {
    case DueSlot::Morning:
        return 8 * 60;
    case DueSlot::Afternoon:
        return 12 * 60;
    case DueSlot::Evening:
        return 17 * 60;
    default:
        return -1;
    }
}

QDateTime wallToUtc(const QDate &date, int minute, const QTimeZone &zone)
{
    return QDateTime(date, QTime(0, 0).addSecs(minute * 60), zone).toUTC();
}

void line(QStringList &lines, const QString &label, const QString &value)
{
    if (!value.trimmed().isEmpty())
        lines.append(label.arg(value.trimmed()));
}

void appointmentContent(EventContent &c, const Appointment &a, const SyncSubject &s)
{
    c.startUtc = a.startsAt;
    c.endUtc = a.endsAt;
    const QString who = a.customerName.trimmed().isEmpty() ? Text::tr("Customer") : a.customerName.trimmed();
    QStringList lines;
    if (s.account.audience == CalendarAudience::Staff) {
        // Staff serve the customer: who, how to reach them, what and where.
        c.summary = a.service.trimmed().isEmpty() ? who : Text::tr("%1 – %2").arg(a.service.trimmed(), who);
        line(lines, Text::tr("Customer: %1"), who);
        if (s.phonesAllowed)
            line(lines, Text::tr("Phone: %1"), a.customerPhone);
        line(lines, Text::tr("E-mail: %1"), a.customerEmail);
        line(lines, Text::tr("Service: %1"), a.service);
        line(lines, Text::tr("Chair: %1"), s.chairName);
        line(lines, Text::tr("Notes: %1"), a.notes);
    } else {
        // Managers plan the store: who sits in which chair, no contact details.
        c.summary = Text::tr("%1 (%2)").arg(who, s.chairName);
        line(lines, Text::tr("Customer: %1"), who);
        line(lines, Text::tr("Service: %1"), a.service);
        line(lines, Text::tr("Chair: %1"), s.chairName);
        line(lines, Text::tr("Status: %1"), statusLabel(a.status));
    }
    c.description = lines.join(QLatin1Char('\n'));
}

void orderContent(EventContent &c, const WorkOrder &o, const SyncSubject &s)
{
    const QTimeZone zone = s.store.timeZone();
    if (o.dueSlot == DueSlot::Exact && o.dueMinute >= 0) {
        c.endUtc = wallToUtc(o.dueDate, o.dueMinute, zone);
        c.startUtc = c.endUtc.addSecs(qint64(-30) * 60);
    } else if (const int from = slotStartMinute(o.dueSlot); from >= 0) {
        c.startUtc = wallToUtc(o.dueDate, from, zone);
        c.endUtc = wallToUtc(o.dueDate, o.dueByMinute(), zone);
    } else {
        c.allDay = o.dueDate;
    }
    c.summary = Text::tr("Order: %1").arg(o.title.trimmed());
    QStringList lines;
    line(lines, Text::tr("Order: %1"), o.title);
    line(lines, Text::tr("Details: %1"), o.details);
    line(lines, Text::tr("Customer: %1"), o.customerName);
    if (s.account.audience == CalendarAudience::Staff) {
        if (s.phonesAllowed)
            line(lines, Text::tr("Phone: %1"), o.customerPhone);
        line(lines, Text::tr("E-mail: %1"), o.customerEmail);
    }
    c.description = lines.join(QLatin1Char('\n'));
}
} // namespace

bool wantsEvent(const SyncEntry &entry, const SyncSubject &s)
{
    if (s.account.state == CalendarAccountState::Disconnected || !s.account.stores.contains(s.store.id))
        return false;
    if (entry.entity == QLatin1String("appointment"))
        return s.account.appointments && s.appointment && s.appointment->isActive();
    return s.account.orders && s.order && s.order->status != WorkOrderStatus::Cancelled && s.order->dueDate.isValid();
}

std::optional<EventContent> eventContent(const SyncEntry &entry, const SyncSubject &s, int generation)
{
    if (!wantsEvent(entry, s))
        return std::nullopt;
    EventContent c;
    c.uid = syncEventUid(s.installation, entry.entity, entry.entityId, generation);
    c.sequence = std::max(entry.claimedVersion, entry.wantedVersion);
    c.zoneId = s.store.timeZoneId;
    c.location
        = s.store.address.trimmed().isEmpty() ? s.store.name : Text::tr("%1, %2").arg(s.store.name, s.store.address);
    c.samsKey = QStringLiteral("%1:%2:%3").arg(s.installation, entry.entity).arg(entry.entityId);
    if (s.appointment)
        appointmentContent(c, *s.appointment, s);
    else
        orderContent(c, *s.order, s);
    return c;
}

} // namespace sams
