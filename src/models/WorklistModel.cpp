#include "models/WorklistModel.h"

#include "core/TimeText.h"

#include <QBrush>
#include <QPalette>
#include <QTimeZone>

namespace sams {

namespace {
QDateTime local(const WorklistItem &item, qint64 instant)
{
    return QDateTime::fromSecsSinceEpoch(instant, Qt::UTC).toTimeZone(item.store.timeZone());
}

qint64 startOf(const WorklistItem &item)
{
    return item.appointment.startsAt.toSecsSinceEpoch();
}

bool before(const WorklistItem &a, const WorklistItem &b)
{
    return std::pair(startOf(a), a.appointment.id) < std::pair(startOf(b), b.appointment.id);
}

bool sameRow(const WorklistItem &a, const WorklistItem &b)
{
    const Appointment &x = a.appointment, &y = b.appointment;
    return x.version == y.version && x.contactedVersion == y.contactedVersion && a.chairName == b.chairName
        && a.alternatives == b.alternatives && a.store.code == b.store.code;
}

QString dayAndTime(const QDateTime &at)
{
    const QLocale locale;
    return QStringLiteral("%1 %2").arg(locale.toString(at.date(), QStringLiteral("ddd d MMM")),
                                       shortTime(locale, at.time()));
}
} // namespace

WorklistModel::WorklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void WorklistModel::setStoreItems(StoreId store, const QList<WorklistItem> &items)
{
    QList<WorklistItem> wanted;
    for (const WorklistItem &item : std::as_const(m_items)) {
        if (item.store.id != store)
            wanted.append(item);
    }
    wanted += items;
    std::stable_sort(wanted.begin(), wanted.end(), before);
    mergeIn(wanted);
}

void WorklistModel::keepStores(const QList<StoreId> &stores)
{
    QList<WorklistItem> wanted;
    for (const WorklistItem &item : std::as_const(m_items)) {
        if (stores.contains(item.store.id))
            wanted.append(item);
    }
    mergeIn(wanted);
}

void WorklistModel::mergeIn(const QList<WorklistItem> &wanted)
{
    // Both lists are sorted by (start, id): one walk finds what went, what came
    // and what changed.
    int row = 0;
    qsizetype next = 0;
    while (row < m_items.size() || next < wanted.size()) {
        if (next < wanted.size() && row < m_items.size()
            && m_items.at(row).appointment.id == wanted.at(next).appointment.id) {
            if (!sameRow(m_items.at(row), wanted.at(next))) {
                m_items[row] = wanted.at(next);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++next;
        } else if (next >= wanted.size() || (row < m_items.size() && before(m_items.at(row), wanted.at(next)))) {
            beginRemoveRows({}, row, row);
            m_items.removeAt(row);
            endRemoveRows();
        } else {
            beginInsertRows({}, row, row);
            m_items.insert(row, wanted.at(next));
            endInsertRows();
            ++row;
            ++next;
        }
    }
}

int WorklistModel::rowOf(AppointmentId id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).appointment.id == id)
            return row;
    }
    return -1;
}

int WorklistModel::toContactCount() const
{
    return int(std::ranges::count_if(m_items, [](const WorklistItem &i) { return !i.appointment.isContacted(); }));
}

int WorklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WorklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorklistModel::offerText(const WorklistItem &item, const SlotOffer &offer)
{
    const QString chair = item.chairNames.value(offer.chairId);
    return chair.isEmpty() ? dayAndTime(local(item, offer.span.start))
                           : tr("%1 · %2", "chair, day and time").arg(chair, dayAndTime(local(item, offer.span.start)));
}

QVariant WorklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorklistItem &item = m_items.at(index.row());
    const Appointment &a = item.appointment;
    switch (role) {
    case AppointmentIdRole:
        return a.id;
    case StoreIdRole:
        return item.store.id;
    case DateRole:
        return local(item, startOf(item)).date();
    case ContactedRole:
        return a.isContacted();
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return dayAndTime(local(item, startOf(item)));
        case Store:
            return item.store.code;
        case Chair:
            return item.chairName;
        case Customer:
            return a.customerName;
        case Phone:
            return a.customerPhone;
        case State:
            return a.isContacted() ? tr("Contacted: %1").arg(a.contactNote) : tr("To contact");
        case Alternatives:
            if (item.alternatives.isEmpty())
                return tr("None in two weeks");
            // The nearest, and how many more the dock lists.
            return item.alternatives.size() == 1
                ? offerText(item, item.alternatives.first())
                : tr("%1 (+%2)").arg(offerText(item, item.alternatives.first())).arg(item.alternatives.size() - 1);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Alternatives) {
            QStringList offers;
            for (const SlotOffer &offer : item.alternatives)
                offers.append(offerText(item, offer));
            return offers.join(u'\n');
        }
        return {};
    case Qt::ForegroundRole:
        if (a.isContacted())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Store:
        return tr("Store");
    case Chair:
        return tr("Chair");
    case Customer:
        return tr("Customer");
    case Phone:
        return tr("Phone");
    case State:
        return tr("State");
    case Alternatives:
        return tr("Alternatives");
    default:
        return {};
    }
}

QHash<int, QByteArray> WorklistModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractTableModel::roleNames();
    roles.insert(AppointmentIdRole, "appointmentId");
    roles.insert(StoreIdRole, "storeId");
    roles.insert(DateRole, "date");
    roles.insert(ContactedRole, "contacted");
    return roles;
}

} // namespace sams
