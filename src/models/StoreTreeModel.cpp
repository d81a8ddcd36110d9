#include "models/StoreTreeModel.h"

#include "core/NameMatch.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace sams {

namespace {
// Dates in the tree are near today: month and day say enough and keep labels short.
QString shortDate(QDate date)
{
    return QLocale().toString(date, StoreTreeModel::tr("MMM d"));
}
} // namespace

StoreTreeModel::StoreTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void StoreTreeModel::setChain(const QList<Store> &stores, const QList<Chair> &chairs, const QDateTime &now)
{
    beginResetModel();
    m_nodes.clear();
    for (const Store &store : stores) {
        const QTimeZone zone = store.timeZone();
        StoreNode node{store, {}, zone.isValid() ? now.toTimeZone(zone).date() : now.toUTC().date()};
        for (const Chair &chair : chairs) {
            if (chair.storeId == store.id)
                node.chairs.append(chair);
        }
        m_nodes.append(node);
    }
    endResetModel();
}

QModelIndex StoreTreeModel::indexOfStore(const QString &code) const
{
    // Exact, or the one store whose code differs only in case; never the first
    // of several (docs/input.md).
    QStringList codes;
    for (const StoreNode &node : m_nodes)
        codes.append(node.store.code);
    const NameMatch match = matchName(codes, code);
    return match.found() ? index(int(match.index), 0) : QModelIndex();
}

const Store *StoreTreeModel::storeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int storeRow = index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
    return &m_nodes.at(storeRow).store;
}

QModelIndex StoreTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex StoreTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int StoreTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0; // chairs have no children
    return int(m_nodes.at(parent.row()).chairs.size());
}

int StoreTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant StoreTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return storeData(m_nodes.at(index.row()), role);
    const StoreNode &node = m_nodes.at(int(index.internalId() - 1));
    return chairData(node, node.chairs.at(index.row()), role);
}

QVariant StoreTreeModel::storeData(const StoreNode &node, int role) const
{
    const Store &store = node.store;
    const bool open = store.isOpenOn(node.today);
    switch (role) {
    case Qt::DisplayRole:
        if (!open && store.opensOn > node.today)
            return tr("%1 (opens %2)").arg(store.name, shortDate(store.opensOn));
        if (!open)
            return tr("%1 (closed)").arg(store.name);
        return store.name;
    case Qt::ToolTipRole:
        return tr("%1 · %2\n%3\nTime zone: %4")
            .arg(store.code, store.name, store.address, QString::fromUtf8(store.timeZoneId));
    case Qt::ForegroundRole:
        return open ? QVariant() : QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text));
    case KindRole:
        return QVariant::fromValue(Kind::Store);
    case StoreIdRole:
        return store.id;
    case StoreCodeRole:
        return store.code;
    default:
        return {};
    }
}

QVariant StoreTreeModel::chairData(const StoreNode &node, const Chair &chair, int role) const
{
    const Store &store = node.store;
    switch (role) {
    case Qt::DisplayRole:
        if (chair.startsOn > node.today)
            return tr("%1 (from %2)").arg(chair.name, shortDate(chair.startsOn));
        if (chair.endsOn.isValid() && chair.endsOn < node.today)
            return tr("%1 (ended %2)").arg(chair.name, shortDate(chair.endsOn));
        if (chair.endsOn.isValid())
            return tr("%1 (until %2)").arg(chair.name, shortDate(chair.endsOn));
        return chair.name;
    case Qt::ForegroundRole:
        return chair.isActiveOn(node.today) ? QVariant()
                                            : QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text));
    case KindRole:
        return QVariant::fromValue(Kind::Chair);
    case StoreIdRole:
        return store.id;
    case ChairIdRole:
        return chair.id;
    case StoreCodeRole:
        return store.code;
    default:
        return {};
    }
}

QHash<int, QByteArray> StoreTreeModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractItemModel::roleNames();
    roles.insert(KindRole, "kind");
    roles.insert(StoreIdRole, "storeId");
    roles.insert(ChairIdRole, "chairId");
    roles.insert(StoreCodeRole, "storeCode");
    return roles;
}

} // namespace sams
