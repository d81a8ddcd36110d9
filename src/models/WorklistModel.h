#pragma once

#include "core/Worklist.h"

#include <QAbstractTableModel>

namespace sams {

// The rescheduling worklist (docs/manager-guide.md, Worklist): one row per
// displaced appointment of the stores loaded, in start order. New answers update
// it in place (rows inserted, removed, changed, never a reset), so that the
// selection survives a refresh. Times show in each store's zone.
class WorklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Store, Chair, Customer, Phone, State, Alternatives, ColumnCount };
    enum Role {
        AppointmentIdRole = Qt::UserRole + 1, // AppointmentId (qint64)
        StoreIdRole, // StoreId (qint64)
        DateRole, // QDate, store-local
        ContactedRole, // bool: marked contacted at its current version
    };

    explicit WorklistModel(QObject *parent = nullptr);

    // Replaces the rows of `store` with `items` (its whole worklist now).
    void setStoreItems(StoreId store, const QList<WorklistItem> &items);
    // Drops the rows of stores not in `stores`.
    void keepStores(const QList<StoreId> &stores);
    const WorklistItem &itemAt(int row) const { return m_items.at(row); }
    int rowOf(AppointmentId id) const;
    // Rows not marked contacted: the dock title's count.
    int toContactCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Station 1 · Tue 2 Mar 10:00" in the default QLocale, the store's zone.
    static QString offerText(const WorklistItem &item, const SlotOffer &offer);

private:
    // Makes the rows equal `wanted` (sorted like them) with the fewest signals.
    void mergeIn(const QList<WorklistItem> &wanted);

    QList<WorklistItem> m_items;
};

} // namespace sams
