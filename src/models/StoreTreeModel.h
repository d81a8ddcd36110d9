#pragma once

#include "core/Chair.h"

#include <QAbstractItemModel>

namespace sams {

// Stores with their chairs beneath, for the navigation dock. Top-level rows are
// stores; a store's children are its chairs. Internal ids: 0 for a store row,
// store row + 1 for a chair row (so a chair index knows its parent).
class StoreTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        StoreIdRole,
        ChairIdRole,
        StoreCodeRole,
    };
    enum class Kind { Store, Chair };
    Q_ENUM(Kind)

    explicit StoreTreeModel(QObject *parent = nullptr);

    // Replaces everything; `now` decides which stores and chairs are marked not
    // open yet or ended, each on its own store's local date.
    void setChain(const QList<Store> &stores, const QList<Chair> &chairs, const QDateTime &now);

    QModelIndex indexOfStore(const QString &code) const;
    const Store *storeAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct StoreNode {
        Store store;
        QList<Chair> chairs;
        QDate today; // the store's own local date
    };
    QVariant storeData(const StoreNode &node, int role) const;
    QVariant chairData(const StoreNode &node, const Chair &chair, int role) const;

    QList<StoreNode> m_nodes;
};

} // namespace sams
