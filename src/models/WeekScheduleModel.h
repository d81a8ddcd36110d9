#pragma once

#include "core/WeekSchedule.h"

#include <QAbstractListModel>

namespace sams {

// The appointments of one store-week (or day), one row per day piece of an
// appointment, with the chairs, open hours and locks alongside for the grid's
// background. A new load of the same store and days updates in place: one
// dataChanged per changed row, one insert or remove per appointment that came or
// went, never a reset, so views keep their selection and scroll position
// (docs/editing.md, Live).
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
        PhoneRole,
        NotesRole, // the customer-facing and internal notes, one after the other
        VersionRole,
        ChairIdRole,
        WorkOrdersRole, // int: work orders that prepare for it (docs/technician-guide.md)
    };

    explicit WeekScheduleModel(QObject *parent = nullptr);

    void setWeek(const WeekSchedule &week);
    // The row of an appointment's first piece, or -1.
    int rowOf(AppointmentId id) const;
    const WeekSchedule &week() const { return m_week; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The background (open hours, locks) changed without a reset.
    void backgroundChanged();

private:
    // Same store, days, chairs and span of hours: rows can be updated in place.
    bool sameFrame(const WeekSchedule &other) const;
    void updateInPlace(const WeekSchedule &week);

    WeekSchedule m_week;
};

} // namespace sams
