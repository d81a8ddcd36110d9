#pragma once

#include "core/CalendarSync.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sams {

// The calendar sync view's rows (docs/calendar-sync.md, "In the desktop"): one
// per (calendar, appointment or order), by row id. A read with the same rows
// changes them in place (the selection and scroll survive the refresh every few
// seconds); a read with other rows replaces them in one reset, which stays
// fast for tens of thousands of rows. Times show in the computer's zone.
class SyncModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { What, When, Store, Calendar, State, Attempts, NextTry, LastError, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StateRole, // int (SyncState)
        AttentionRole, // bool: needs sign-in or failed
    };

    explicit SyncModel(QObject *parent = nullptr);

    void setEntries(const QList<SyncEntry> &entries);
    const SyncEntry &entryAt(int row) const { return m_entries.at(row); }
    int rowOf(qint64 id) const { return m_rows.value(id, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SyncEntry> m_entries; // by id
    QHash<qint64, int> m_rows; // id -> row
};

} // namespace sams
