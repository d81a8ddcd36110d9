#include "models/DueTodayModel.h"

#include "core/TimeText.h"
#include "core/WorkOrderRules.h"

#include <QColor>
#include <QLocale>

#include <tuple>

namespace sams {

namespace {
bool sameRow(const DueEntry &a, const DueEntry &b)
{
    return a.state == b.state && a.due == b.due && a.storeCode == b.storeCode && a.order.version == b.order.version
        && a.order.status == b.order.status;
}

// Light tints a row's colour by state; the state column's text carries the
// strong colour (readable for those who do not tell red from green, too: the
// words say it).
QColor tint(DueState state)
{
    switch (state) {
    case DueState::Overdue:
        return QColor(0xfd, 0xe2, 0xe1);
    case DueState::DueSoon:
        return QColor(0xff, 0xf0, 0xc8);
    case DueState::Scheduled:
        return QColor(0xe3, 0xf4, 0xe4);
    case DueState::WalkIn:
        break;
    }
    return {};
}

QColor strong(DueState state)
{
    switch (state) {
    case DueState::Overdue:
        return QColor(0xb3, 0x26, 0x1e);
    case DueState::DueSoon:
        return QColor(0x8a, 0x5a, 0x00);
    case DueState::Scheduled:
        return QColor(0x1e, 0x6b, 0x2f);
    case DueState::WalkIn:
        break;
    }
    return QColor(0x44, 0x44, 0x44);
}
} // namespace

DueTodayModel::DueTodayModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString DueTodayModel::stateText(DueState state)
{
    switch (state) {
    case DueState::Overdue:
        return tr("OVERDUE");
    case DueState::DueSoon:
        return tr("DUE SOON");
    case DueState::Scheduled:
        return tr("SCHEDULED");
    case DueState::WalkIn:
        break;
    }
    return tr("WALK-IN");
}

void DueTodayModel::setOrders(const QList<OpenOrders> &read, const QDateTime &now)
{
    m_now = now;
    m_stores.clear();
    m_readOn.clear();
    QList<DueEntry> wanted;
    for (const OpenOrders &open : read) {
        m_stores.append(open.store);
        m_readOn.append(now.toTimeZone(open.store.timeZone()).date());
        wanted.append(dueTodayEntries(open.store, open.orders, now));
    }
    std::ranges::sort(wanted, {}, [](const DueEntry &e) { return e.order.id; });
    // Both lists are in number order: one walk finds what went, came and changed.
    int row = 0;
    qsizetype next = 0;
    while (row < m_entries.size() || next < wanted.size()) {
        if (next < wanted.size() && row < m_entries.size() && m_entries.at(row).order.id == wanted.at(next).order.id) {
            if (!sameRow(m_entries.at(row), wanted.at(next))) {
                m_entries[row] = wanted.at(next);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            } else {
                m_entries[row] = wanted.at(next); // the same on screen; keep the newest text
            }
            ++row;
            ++next;
        } else if (next >= wanted.size()
                   || (row < m_entries.size() && m_entries.at(row).order.id < wanted.at(next).order.id)) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        } else {
            beginInsertRows({}, row, row);
            m_entries.insert(row, wanted.at(next));
            endInsertRows();
            ++row;
            ++next;
        }
    }
}

void DueTodayModel::setNow(const QDateTime &now)
{
    m_now = now;
    for (int row = 0; row < m_entries.size(); ++row) {
        DueEntry &entry = m_entries[row];
        const auto store = std::ranges::find(m_stores, entry.order.storeId, &Store::id);
        if (store == m_stores.cend())
            continue;
        const DueState state = dueStateOf(entry.order, store->timeZone(), now);
        if (state != entry.state) {
            entry.state = state;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

bool DueTodayModel::dayTurnedOver(const QDateTime &now) const
{
    for (qsizetype i = 0; i < m_stores.size(); ++i)
        if (now.toTimeZone(m_stores.at(i).timeZone()).date() != m_readOn.at(i))
            return true;
    return false;
}

int DueTodayModel::rowOf(qint64 orderId) const
{
    const auto it = std::ranges::find(m_entries, orderId, [](const DueEntry &e) { return e.order.id; });
    return it == m_entries.cend() ? -1 : int(it - m_entries.cbegin());
}

int DueTodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DueTodayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueTodayModel::display(const DueEntry &entry, int column) const
{
    const WorkOrder &o = entry.order;
    switch (column) {
    case StateColumn:
        return stateText(entry.state);
    case DueColumn: {
        if (!entry.due.isValid())
            return tr("walk-in");
        const auto store = std::ranges::find(m_stores, o.storeId, &Store::id);
        const QDateTime local = store == m_stores.cend() ? entry.due : entry.due.toTimeZone(store->timeZone());
        const QDate today = store == m_stores.cend() ? local.date() : m_now.toTimeZone(store->timeZone()).date();
        const QString time = shortTime(QLocale(), local.time());
        const QString slot = o.dueSlot == DueSlot::Exact ? time : dueText(dueOf(o)).section(QLatin1Char(' '), 0, 0);
        return o.dueDate == today ? slot
                                  : tr("%1, %2").arg(QLocale().toString(o.dueDate, QStringLiteral("ddd d MMM")), slot);
    }
    case StoreColumn:
        return entry.storeCode;
    case NumberColumn:
        return o.id;
    case CustomerColumn:
        return o.customerName.isEmpty() ? tr("(in-house)") : o.customerName;
    case ItemsColumn:
        return o.title;
    case StatusColumn:
        return o.status == WorkOrderStatus::InProgress ? tr("in progress") : tr("pending");
    default:
        return {};
    }
}

QVariant DueTodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DueEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::BackgroundRole:
        return entry.state == DueState::WalkIn ? QVariant() : QVariant(tint(entry.state));
    case Qt::ForegroundRole:
        return index.column() == StateColumn ? QVariant(strong(entry.state)) : QVariant();
    case Qt::ToolTipRole:
        return entry.order.details.isEmpty() ? QVariant() : QVariant(entry.order.details);
    case OrderIdRole:
        return entry.order.id;
    case StateRole:
        return int(entry.state);
    case StoreIdRole:
        return entry.order.storeId;
    default:
        return {};
    }
}

QVariant DueTodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case DueColumn:
        return tr("Due");
    case StoreColumn:
        return tr("Store");
    case NumberColumn:
        return tr("Order");
    case CustomerColumn:
        return tr("Customer");
    case ItemsColumn:
        return tr("Items");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

DueTodayFilter::DueTodayFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void DueTodayFilter::setKind(Kind kind)
{
    m_kind = kind;
    invalidateFilter();
}

void DueTodayFilter::setStore(StoreId store)
{
    m_store = store;
    invalidateFilter();
}

bool DueTodayFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = static_cast<const DueTodayModel *>(sourceModel());
    const DueEntry &a = model->entryAt(left.row());
    const DueEntry &b = model->entryAt(right.row());
    return std::tuple(int(a.state), a.due.isValid() ? a.due.toSecsSinceEpoch() : 0, a.order.id)
        < std::tuple(int(b.state), b.due.isValid() ? b.due.toSecsSinceEpoch() : 0, b.order.id);
}

bool DueTodayFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_store != 0 && index.data(DueTodayModel::StoreIdRole).toLongLong() != m_store)
        return false;
    const bool walkIn = index.data(DueTodayModel::StateRole).toInt() == int(DueState::WalkIn);
    switch (m_kind) {
    case Kind::Scheduled:
        return !walkIn;
    case Kind::WalkIn:
        return walkIn;
    case Kind::All:
        break;
    }
    return true;
}

} // namespace sams
