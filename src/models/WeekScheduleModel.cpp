#include "models/WeekScheduleModel.h"

#include "core/TimeText.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace sams {

WeekScheduleModel::WeekScheduleModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

namespace {
// A row is one day piece of one appointment.
using RowKey = std::pair<AppointmentId, int>;
RowKey keyOf(const AppointmentBlock &block)
{
    return {block.appointment.id, block.place.day};
}

bool sameRow(const AppointmentBlock &a, const AppointmentBlock &b)
{
    const DayBlock &p = a.place, &q = b.place;
    return a.appointment.version == b.appointment.version && a.appointment.status == b.appointment.status
        && a.displaced == b.displaced && p.chairIndex == q.chairIndex && p.startMinute == q.startMinute
        && p.endMinute == q.endMinute && a.appointment.customerName == b.appointment.customerName
        && a.appointment.workOrderCount == b.appointment.workOrderCount;
}

bool sameLocks(const QList<LockBlock> &a, const QList<LockBlock> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const LockBlock &x, const LockBlock &y) {
        return x.lock.id == y.lock.id && x.place.day == y.place.day && x.place.startMinute == y.place.startMinute
            && x.place.endMinute == y.place.endMinute && x.place.chairIndex == y.place.chairIndex;
    });
}
} // namespace

void WeekScheduleModel::setWeek(const WeekSchedule &week)
{
    if (sameFrame(week)) {
        updateInPlace(week);
        return;
    }
    beginResetModel();
    m_week = week;
    endResetModel();
}

bool WeekScheduleModel::sameFrame(const WeekSchedule &other) const
{
    const auto chairIds = [](const QList<Chair> &chairs) {
        QList<ChairId> ids;
        for (const Chair &c : chairs)
            ids.append(c.id);
        return ids;
    };
    return m_week.firstDay.isValid() && m_week.store.id == other.store.id && m_week.firstDay == other.firstDay
        && m_week.days == other.days && m_week.firstMinute == other.firstMinute && m_week.lastMinute == other.lastMinute
        && chairIds(m_week.chairs) == chairIds(other.chairs);
}

void WeekScheduleModel::updateInPlace(const WeekSchedule &week)
{
    QHash<RowKey, int> incoming;
    for (qsizetype i = 0; i < week.appointments.size(); ++i)
        incoming.insert(keyOf(week.appointments.at(i)), int(i));
    // Gone: removed one by one from the end, so earlier rows keep their numbers.
    for (qsizetype row = m_week.appointments.size() - 1; row >= 0; --row) {
        if (!incoming.contains(keyOf(m_week.appointments.at(row)))) {
            beginRemoveRows({}, int(row), int(row));
            m_week.appointments.removeAt(row);
            endRemoveRows();
        }
    }
    // Changed: in place.
    QSet<RowKey> present;
    for (qsizetype row = 0; row < m_week.appointments.size(); ++row) {
        AppointmentBlock &mine = m_week.appointments[row];
        const RowKey key = keyOf(mine);
        present.insert(key);
        const AppointmentBlock &theirs = week.appointments.at(incoming.value(key));
        const bool changed = !sameRow(mine, theirs);
        mine = theirs;
        if (changed)
            Q_EMIT dataChanged(index(int(row)), index(int(row)));
    }
    // New: appended together.
    QList<AppointmentBlock> added;
    for (const AppointmentBlock &block : week.appointments) {
        if (!present.contains(keyOf(block)))
            added.append(block);
    }
    if (!added.isEmpty()) {
        const int first = int(m_week.appointments.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_week.appointments.append(added);
        endInsertRows();
    }
    const bool backgroundChanged = !sameLocks(m_week.locks, week.locks) || m_week.openHours != week.openHours;
    // Everything else (store details, the engine's view) follows the new read.
    QList<AppointmentBlock> rows = std::move(m_week.appointments);
    m_week = week;
    m_week.appointments = std::move(rows);
    if (backgroundChanged)
        Q_EMIT this->backgroundChanged();
}

int WeekScheduleModel::rowOf(AppointmentId id) const
{
    // The row of the first day's piece (WeekSchedule::block).
    const AppointmentBlock *block = m_week.block(id);
    return block ? int(block - m_week.appointments.constData()) : -1;
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
        QString warning
            = block.displaced ? tr("\nDisplaced: its slots are closed or locked now; reschedule it.") : QString();
        if (a.workOrderCount > 0)
            warning += tr("\nWork orders to prepare for it: %1").arg(a.workOrderCount);
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
    case PhoneRole:
        return a.customerPhone;
    case NotesRole:
        return QStringList{a.notes, a.internalNotes}.join(QLatin1Char('\n')).trimmed();
    case VersionRole:
        return a.version;
    case ChairIdRole:
        return a.chairId;
    case WorkOrdersRole:
        return a.workOrderCount;
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
    roles.insert(PhoneRole, "phone");
    roles.insert(NotesRole, "notes");
    roles.insert(VersionRole, "version");
    roles.insert(ChairIdRole, "chairId");
    roles.insert(WorkOrdersRole, "workOrders");
    return roles;
}

} // namespace sams
