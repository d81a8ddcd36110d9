#pragma once

#include "core/MonthSummary.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <array>

namespace sams {

// One store's month as a grid of six weeks, Monday first (docs/month-view.md):
// 6 rows x 7 columns, each cell one store-local day with its counts. Setting the
// same month again (live changes, a reload after an edit) emits dataChanged for
// the days whose counts changed and never resets, so the view keeps its current
// day; another month resets.
class MonthScheduleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        DateRole = Qt::UserRole + 1, // QDate, store-local
        BookedRole, // int, DayCounts::booked
        OpenRole, // int, free places
        LockedRole, // int, locked free places
        DisplacedRole, // int
        UtilisationRole, // double 0 .. 1
        InMonthRole, // false for the leading and trailing days of other months
        TodayRole, // the day is today() (store-local)
        ClosedRole, // no open hours that day
        CapacityRole, // int, slot places in open hours
        PastRole, // the day is before today (store-local): nothing is open to book any more
        OrdersRole, // int, work orders due that day (cancelled left out)
        OrderLinesRole, // QStringList, one line per work order due that day
    };
    static constexpr int rows = 6;
    static constexpr int columns = 7;

    explicit MonthScheduleModel(QObject *parent = nullptr);

    // The month holding `anyDayOfMonth` with the counts of its grid's days
    // (summariseDays over monthGridStart .. +41); days missing from `days` show no
    // counts.
    void setMonth(QDate anyDayOfMonth, const QList<DayCounts> &days);
    // The store-local today, for TodayRole. Defaults to Clock::todayIn the
    // system zone; the window passes the store's.
    void setToday(QDate today);
    // The work orders due on the grid's days, one line each by date
    // (docs/technician-guide.md, Orders in the month view).
    void setOrders(const QHash<QDate, QStringList> &linesByDay);

    QDate month() const { return m_month; } // the 1st; null before setMonth
    QDate firstDay() const { return m_first; } // the grid's first Monday
    QModelIndex indexOf(QDate date) const; // invalid outside the grid
    QDate dateAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // "Tuesday 2 March: 12 booked, 30 open, 1 displaced" for screen readers and tooltips.
    QString describe(const DayCounts &day) const;

    QDate m_month;
    QDate m_first;
    QDate m_today;
    std::array<DayCounts, monthGridDays> m_days{};
    QHash<QDate, QStringList> m_orders;
};

} // namespace sams
