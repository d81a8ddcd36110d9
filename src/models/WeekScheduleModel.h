#pragma once

#include "core/WeekSchedule.h"

#include <QAbstractListModel>

namespace sams {

// The appointments of one store-week, one row per day piece of an appointment,
// with the week's chairs, open hours and locks alongside for the grid's background.
class WeekScheduleModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        AppointmentIdRole = Qt::UserRole + 1,
        ChairIndexRole, // column of the chair within its day
        DayRole, // 0 = Monday
        StartMinuteRole, // store-local minutes after midnight
        EndMinuteRole,
        CustomerRole,
        ServiceRole,
        StatusRole, // AppointmentStatus as int
        ActiveRole, // false for cancelled: it no longer holds its slots
        DisplacedRole, // active, but its slots are no longer open for it
    };

    explicit WeekScheduleModel(QObject *parent = nullptr);

    void setWeek(const WeekSchedule &week);
    const WeekSchedule &week() const { return m_week; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    WeekSchedule m_week;
};

} // namespace sams
