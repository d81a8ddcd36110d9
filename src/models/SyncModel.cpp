#include "models/SyncModel.h"

#include "models/ListText.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace sams {

namespace {
bool sameRow(const SyncEntry &a, const SyncEntry &b)
{
    return a.state == b.state && a.attempts == b.attempts && a.nextAttemptAt == b.nextAttemptAt
        && a.lastError == b.lastError && a.what == b.what && a.startsAt == b.startsAt && a.dueDate == b.dueDate
        && a.accountLabel == b.accountLabel;
}

// The outbox's tints: a list read for hours.
QColor stateTint(SyncState s)
{
    switch (s) {
    case SyncState::NeedsSignIn:
    case SyncState::Dead:
        return QColor(0xfd, 0xde, 0xdc); // red: a person must act
    case SyncState::Retrying:
    case SyncState::Removed:
        return QColor(0xfd, 0xef, 0xd0); // amber
    case SyncState::Synced:
        return QColor(0xe3, 0xf4, 0xe4); // green
    default:
        return {};
    }
}
} // namespace

SyncModel::SyncModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SyncModel::setEntries(const QList<SyncEntry> &entries)
{
    QList<SyncEntry> wanted = entries;
    std::sort(wanted.begin(), wanted.end(), [](const SyncEntry &a, const SyncEntry &b) { return a.id < b.id; });
    const bool sameIds = wanted.size() == m_entries.size()
        && std::equal(wanted.cbegin(), wanted.cend(), m_entries.cbegin(),
                      [](const SyncEntry &a, const SyncEntry &b) { return a.id == b.id; });
    if (!sameIds) {
        beginResetModel();
        m_entries = std::move(wanted);
        m_rows.clear();
        m_rows.reserve(m_entries.size());
        for (int row = 0; row < m_entries.size(); ++row)
            m_rows.insert(m_entries.at(row).id, row);
        endResetModel();
        return;
    }
    for (int row = 0; row < m_entries.size(); ++row) {
        if (!sameRow(m_entries.at(row), wanted.at(row))) {
            m_entries[row] = wanted.at(row);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int SyncModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SyncModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const SyncEntry &e = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case StateRole:
        return int(e.state);
    case AttentionRole:
        return syncNeedsAttention(e.state);
    case Qt::BackgroundRole: {
        const QColor tint = stateTint(e.state);
        return tint.isValid() ? QVariant(QBrush(tint)) : QVariant();
    }
    case Qt::ToolTipRole:
        return e.lastError.isEmpty() ? QVariant() : QVariant(e.lastError);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case What:
        return e.entity == QLatin1String("work_order") ? tr("Order: %1").arg(e.what) : e.what;
    case When:
        return e.startsAt ? listTimeText(e.startsAt) : QLocale().toString(e.dueDate, QStringLiteral("ddd d MMM"));
    case Store:
        return e.storeCode;
    case Calendar:
        return e.accountLabel;
    case State:
        return syncStateLabel(e.state);
    case Attempts:
        return e.attempts;
    case NextTry:
        return e.state == SyncState::Retrying ? listTimeText(e.nextAttemptAt) : QString();
    case LastError:
        return e.lastError;
    default:
        return {};
    }
}

QVariant SyncModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case What:
        return tr("Appointment or order");
    case When:
        return tr("When");
    case Store:
        return tr("Store");
    case Calendar:
        return tr("Calendar");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case NextTry:
        return tr("Next try");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace sams
