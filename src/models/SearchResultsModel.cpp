#include "models/SearchResultsModel.h"

#include "core/TimeText.h"

#include <QFont>
#include <QTimeZone>

namespace sams {

namespace {
QDateTime localStart(const AppointmentMatch &match)
{
    const QTimeZone zone(match.timeZoneId);
    // A zone this Qt does not know still shows a time rather than none: UTC.
    return match.appointment.startsAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
}
} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SearchResultsModel::setMatches(const QList<AppointmentMatch> &matches)
{
    beginResetModel();
    m_matches = matches;
    endResetModel();
}

void SearchResultsModel::clear()
{
    setMatches({});
}

QString SearchResultsModel::displayText(const AppointmentMatch &match)
{
    const QLocale locale;
    const QDateTime start = localStart(match);
    QStringList parts{match.appointment.customerName};
    if (!match.appointment.customerPhone.isEmpty())
        parts.append(match.appointment.customerPhone);
    parts.append(tr("%1 %2", "store code, chair name").arg(match.storeCode, match.chairName));
    parts.append(
        tr("%1 %2", "date, time")
            .arg(locale.toString(start.date(), QStringLiteral("ddd d MMM yyyy")), shortTime(locale, start.time())));
    if (!match.appointment.isActive())
        parts.append(statusLabel(match.appointment.status));
    return parts.join(QStringLiteral(" · "));
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppointmentMatch &m = m_matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(m);
    case Qt::FontRole:
        if (!m.appointment.isActive()) {
            QFont font;
            font.setStrikeOut(true); // no longer holds its slots
            return font;
        }
        return {};
    case AppointmentIdRole:
        return m.appointment.id;
    case StoreIdRole:
        return m.storeId;
    case StoreCodeRole:
        return m.storeCode;
    case DateRole:
        return localStart(m).date();
    case LocalStartRole:
        return localStart(m);
    case StatusRole:
        return int(m.appointment.status);
    case ActiveRole:
        return m.appointment.isActive();
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AppointmentIdRole, "appointmentId");
    names.insert(StoreIdRole, "storeId");
    names.insert(StoreCodeRole, "storeCode");
    names.insert(DateRole, "date");
    names.insert(LocalStartRole, "localStart");
    names.insert(StatusRole, "status");
    names.insert(ActiveRole, "active");
    return names;
}

} // namespace sams
