#include "models/MonthScheduleModel.h"

#include "core/Clock.h"

#include <QLocale>

namespace sams {

static_assert(MonthScheduleModel::rows * MonthScheduleModel::columns == monthGridDays);

MonthScheduleModel::MonthScheduleModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(Clock::todayIn(QTimeZone::systemTimeZone()))
{ }

void MonthScheduleModel::setMonth(QDate anyDayOfMonth, const QList<DayCounts> &days)
{
    const QDate month = anyDayOfMonth.isValid() ? QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1) : QDate();
    const QDate first = month.isValid() ? monthGridStart(month) : QDate();
    if (first != m_first)
        m_orders.clear(); // another month's orders: the new ones are read after
    std::array<DayCounts, monthGridDays> next{};
    for (int i = 0; i < monthGridDays; ++i)
        next.at(i).date = first.isValid() ? first.addDays(i) : QDate();
    for (const DayCounts &day : days) {
        const qint64 i = first.isValid() ? first.daysTo(day.date) : -1;
        if (i >= 0 && i < monthGridDays)
            next.at(i) = day;
    }

    if (month.isValid() && month == m_month) {
        // Live changes: only the days that changed, so the view keeps its place.
        for (int i = 0; i < monthGridDays; ++i) {
            if (next.at(i) == m_days.at(i))
                continue;
            m_days.at(i) = next.at(i);
            const QModelIndex cell = index(i / columns, i % columns);
            Q_EMIT dataChanged(cell, cell);
        }
        return;
    }
    beginResetModel();
    m_month = month;
    m_first = first;
    m_days = next;
    endResetModel();
}

void MonthScheduleModel::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    // Which days are past moves with today: one change over the grid.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {TodayRole, PastRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
}

QModelIndex MonthScheduleModel::indexOf(QDate date) const
{
    if (!m_first.isValid() || !date.isValid())
        return {};
    const qint64 i = m_first.daysTo(date);
    if (i < 0 || i >= monthGridDays)
        return {};
    return index(int(i / columns), int(i % columns));
}

QDate MonthScheduleModel::dateAt(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && m_first.isValid()
        ? m_first.addDays(qint64(index.row()) * columns + index.column())
        : QDate();
}

int MonthScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_month.isValid() ? 0 : rows;
}

int MonthScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant MonthScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DayCounts &day = m_days.at(std::size_t(index.row()) * columns + index.column());
    switch (role) {
    case Qt::DisplayRole:
        return day.date.day();
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return describe(day);
    case DateRole:
        return day.date;
    case BookedRole:
        return day.booked;
    case OpenRole:
        return day.open;
    case LockedRole:
        return day.locked;
    case DisplacedRole:
        return day.displaced;
    case OrdersRole:
        return int(m_orders.value(day.date).size());
    case OrderLinesRole:
        return m_orders.value(day.date);
    case UtilisationRole:
        return day.utilisation();
    case InMonthRole:
        return day.date.month() == m_month.month() && day.date.year() == m_month.year();
    case TodayRole:
        return day.date == m_today;
    case ClosedRole:
        return day.closed;
    case CapacityRole:
        return day.capacity;
    case PastRole:
        return day.date < m_today;
    default:
        return {};
    }
}

void MonthScheduleModel::setOrders(const QHash<QDate, QStringList> &linesByDay)
{
    m_orders = linesByDay;
    Q_EMIT dataChanged(index(0, 0), index(rows - 1, columns - 1),
                       {OrdersRole, OrderLinesRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
}

QString MonthScheduleModel::describe(const DayCounts &day) const
{
    const QLocale locale;
    QStringList parts;
    if (day.closed)
        parts.append(tr("closed"));
    if (!day.closed || day.booked > 0)
        parts.append(tr("%n booked", nullptr, day.booked));
    if (!day.closed)
        parts.append(tr("%n open", nullptr, day.open));
    if (day.locked > 0)
        parts.append(tr("%n locked", nullptr, day.locked));
    if (day.displaced > 0)
        parts.append(tr("%n displaced", nullptr, day.displaced));
    if (const qsizetype orders = m_orders.value(day.date).size(); orders > 0)
        parts.append(tr("work orders due: %1").arg(orders));
    QString text = tr("%1: %2").arg(locale.toString(day.date, tr("dddd d MMMM")), parts.join(tr(", ")));
    if (day.date == m_today)
        text = tr("%1 (today)").arg(text);
    return text;
}

QVariant MonthScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        return locale.standaloneDayName(section + 1, QLocale::LongFormat);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return locale.dayName(section + 1, QLocale::LongFormat);
    default:
        return {};
    }
}

QHash<int, QByteArray> MonthScheduleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names[DateRole] = "date";
    names[BookedRole] = "booked";
    names[OpenRole] = "open";
    names[LockedRole] = "locked";
    names[DisplacedRole] = "displaced";
    names[UtilisationRole] = "utilisation";
    names[InMonthRole] = "inMonth";
    names[TodayRole] = "today";
    names[ClosedRole] = "closed";
    names[CapacityRole] = "capacity";
    names[PastRole] = "past";
    return names;
}

} // namespace sams
