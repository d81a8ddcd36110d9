#include "models/WeekScheduleModel.h"

#include "core/TimeText.h"

#include <QLocale>

namespace sams {

WeekScheduleModel::WeekScheduleModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void WeekScheduleModel::setWeek(const WeekSchedule &week)
{
    beginResetModel();
    m_week = week;
    endResetModel();
}

int WeekScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_week.appointments.size());
}

QVariant WeekScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppointmentBlock &block = m_week.appointments.at(index.row());
    const Appointment &a = block.appointment;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 – %2").arg(a.customerName, a.service);
    case Qt::ToolTipRole: {
        const QLocale locale;
        const QTimeZone zone = m_week.store.timeZone();
        const QString warning
            = block.displaced ? tr("\nDisplaced: its slots are closed or locked now; reschedule it.") : QString();
        return tr("%1\n%2\n%3–%4 (%5)\n%6%7")
            .arg(a.customerName, a.service, shortTime(locale, a.startsAt.toTimeZone(zone).time()),
                 shortTime(locale, a.endsAt.toTimeZone(zone).time()), QString::fromUtf8(m_week.store.timeZoneId),
                 statusLabel(a.status), warning);
    }
    case AppointmentIdRole:
        return a.id;
    case ChairIndexRole:
        return block.place.chairIndex;
    case DayRole:
        return block.place.day;
    case StartMinuteRole:
        return block.place.startMinute;
    case EndMinuteRole:
        return block.place.endMinute;
    case CustomerRole:
        return a.customerName;
    case ServiceRole:
        return a.service;
    case StatusRole:
        return int(a.status);
    case ActiveRole:
        return a.isActive();
    case DisplacedRole:
        return block.displaced;
    default:
        return {};
    }
}

QHash<int, QByteArray> WeekScheduleModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractListModel::roleNames();
    roles.insert(AppointmentIdRole, "appointmentId");
    roles.insert(ChairIndexRole, "chairIndex");
    roles.insert(DayRole, "day");
    roles.insert(StartMinuteRole, "startMinute");
    roles.insert(EndMinuteRole, "endMinute");
    roles.insert(CustomerRole, "customer");
    roles.insert(ServiceRole, "service");
    roles.insert(StatusRole, "status");
    roles.insert(ActiveRole, "active");
    roles.insert(DisplacedRole, "displaced");
    return roles;
}

} // namespace sams
