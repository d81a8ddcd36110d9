#pragma once

#include "core/DueToday.h"
#include "core/WorkOrderService.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace sams {

// The due-today panel's rows (docs/technician-guide.md, The due-today panel):
// the open orders of the stores read, each with its state at the model's "now".
// Rows stay in order-number order and are updated in place (inserted, removed,
// changed; never a reset), so a refresh or the clock moving on keeps the
// selection and the scroll position; DueTodayFilter shows them in the panel's
// order. Times show in each store's zone.
class DueTodayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        DueColumn,
        StoreColumn,
        NumberColumn,
        CustomerColumn,
        ItemsColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        OrderIdRole = Qt::UserRole + 1, // qint64
        StateRole, // int (DueState)
        StoreIdRole, // qint64
    };

    explicit DueTodayModel(QObject *parent = nullptr);

    // Replaces the rows of the stores in `read` with their open orders, classified
    // at `now` (UTC), and drops the rows of stores not in `read`.
    void setOrders(const QList<OpenOrders> &read, const QDateTime &now);
    // The clock moved on: states change in place (an order turns amber or red).
    void setNow(const QDateTime &now);
    // Whether a store's day has turned over since its rows were read.
    bool dayTurnedOver(const QDateTime &now) const;

    const DueEntry &entryAt(int row) const { return m_entries.at(row); }
    int rowOf(qint64 orderId) const;
    QList<Store> stores() const { return m_stores; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(DueState state);

private:
    QVariant display(const DueEntry &entry, int column) const;

    QList<DueEntry> m_entries; // by order number
    QList<Store> m_stores;
    QList<QDate> m_readOn; // each store's today when read, as m_stores
    QDateTime m_now;
};

// The panel's view of a DueTodayModel (its only source model): sorted overdue, due soon, scheduled,
// walk-in (then by due time and number), filtered by kind and store.
class DueTodayFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Kind { Scheduled, WalkIn, All };
    explicit DueTodayFilter(QObject *parent = nullptr);
    void setKind(Kind kind);
    void setStore(StoreId store); // 0: every store

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // The panel's order from the rows themselves: a sort compares often, and a
    // role's text per comparison would allocate each time.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Kind m_kind = Kind::All;
    StoreId m_store = 0;
};

} // namespace sams
