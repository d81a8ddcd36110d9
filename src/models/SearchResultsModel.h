#pragma once

#include "core/AppointmentSearch.h"

#include <QAbstractListModel>

namespace sams {

// The customer search's answer, one row per appointment, newest first as storage
// returned it (docs/search.md). Times show in each appointment's store zone.
// A new answer resets the model: it is a new list, not an update of the old one.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        AppointmentIdRole = Qt::UserRole + 1, // AppointmentId (qint64)
        StoreIdRole, // StoreId (qint64)
        StoreCodeRole,
        DateRole, // QDate, store-local
        LocalStartRole, // QDateTime in the store's zone
        StatusRole, // AppointmentStatus as int
        ActiveRole, // false for cancelled
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setMatches(const QList<AppointmentMatch> &matches);
    void clear();
    const QList<AppointmentMatch> &matches() const { return m_matches; }
    // The match of a valid row; rows are 0 .. rowCount() - 1.
    const AppointmentMatch &matchAt(int row) const { return m_matches.at(row); }

    // "Mia Rossi · 555-0101 · NYC-MID Chair 2 · Tue 2 Mar 2027 10:00" in the
    // default QLocale, "· Cancelled" added for a cancelled appointment.
    static QString displayText(const AppointmentMatch &match);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<AppointmentMatch> m_matches;
};

} // namespace sams
