#include "models/OutboxModel.h"

#include "models/ListText.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace sams {

namespace {
bool sameRow(const OutboxEntry &a, const OutboxEntry &b)
{
    return a.state == b.state && a.attempts == b.attempts && a.nextAttemptAt == b.nextAttemptAt
        && a.lastError == b.lastError && a.sentAt == b.sentAt && a.message.subject == b.message.subject;
}

// Softer than the grid's colours: a list read for hours.
QColor stateTint(OutboxState s)
{
    switch (s) {
    case OutboxState::Dead:
    case OutboxState::Unknown:
        return QColor(0xfd, 0xde, 0xdc); // red: a person must decide
    case OutboxState::Retrying:
    case OutboxState::Missed:
        return QColor(0xfd, 0xef, 0xd0); // amber
    case OutboxState::Sent:
        return QColor(0xe3, 0xf4, 0xe4); // green
    default:
        return {};
    }
}
} // namespace

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OutboxModel::setEntries(const QList<OutboxEntry> &entries)
{
    QList<OutboxEntry> wanted = entries;
    std::sort(wanted.begin(), wanted.end(), [](const OutboxEntry &a, const OutboxEntry &b) { return a.id > b.id; });
    int row = 0;
    qsizetype next = 0;
    while (row < m_entries.size() || next < wanted.size()) {
        if (next < wanted.size() && row < m_entries.size() && m_entries.at(row).id == wanted.at(next).id) {
            if (!sameRow(m_entries.at(row), wanted.at(next))) {
                m_entries[row] = wanted.at(next);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++next;
        } else if (next >= wanted.size() || (row < m_entries.size() && m_entries.at(row).id > wanted.at(next).id)) {
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

int OutboxModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case StateRole:
        return int(e.state);
    case AttentionRole:
        return needsAttention(e.state);
    case Qt::BackgroundRole: {
        const QColor tint = stateTint(e.state);
        return tint.isValid() ? QVariant(QBrush(tint)) : QVariant();
    }
    case Qt::ToolTipRole:
        return e.lastError.isEmpty() ? QVariant() : QVariant(e.lastError);
    case Qt::TextAlignmentRole:
        return index.column() == Number || index.column() == Attempts ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                                      : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Number:
        return e.id;
    case State:
        return outboxStateLabel(e.state);
    case Store:
        return e.storeCode;
    case Kind:
        return outboxKindLabel(e.message.kind);
    case Channel:
        return e.message.channel == QLatin1String("email") ? tr("E-mail")
            : e.message.channel == QLatin1String("sms")    ? tr("SMS")
                                                           : tr("Desktop");
    case Recipient:
        return e.message.recipient;
    case Attempts:
        return e.attempts;
    case NextTry:
        return e.state == OutboxState::Queued || e.state == OutboxState::Retrying ? listTimeText(e.nextAttemptAt)
                                                                                  : listTimeText(e.sentAt);
    case Created:
        return listTimeText(e.createdAt);
    case LastError:
        return e.lastError;
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("#");
    case State:
        return tr("State");
    case Store:
        return tr("Store");
    case Kind:
        return tr("Message");
    case Channel:
        return tr("By");
    case Recipient:
        return tr("To");
    case Attempts:
        return tr("Tries");
    case NextTry:
        return tr("Next try / sent");
    case Created:
        return tr("Queued");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace sams
