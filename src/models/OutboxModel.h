#pragma once

#include "core/Outbox.h"

#include <QAbstractTableModel>

namespace sams {

// The outbox view's rows (docs/notifications.md, "In the desktop"): newest
// first. A new read is merged in place (rows inserted, removed, changed, never a
// reset), so the selection and the scroll survive the view's refresh. Times show
// in the computer's zone: a message is about when it went, not a store's day.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, State, Store, Kind, Channel, Recipient, Attempts, NextTry, Created, LastError, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StateRole, // int (OutboxState)
        AttentionRole, // bool: dead or unknown, waiting for a person
    };

    explicit OutboxModel(QObject *parent = nullptr);

    void setEntries(const QList<OutboxEntry> &entries);
    const OutboxEntry &entryAt(int row) const { return m_entries.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OutboxEntry> m_entries; // by id, descending
};

} // namespace sams
