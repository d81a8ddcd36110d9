#pragma once

#include "core/Chair.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace sams {

// The chairs of a store with their lifespans (docs/manager-guide.md, Chairs):
// add one that starts on a date, rename one, set or clear its end date (no
// bookings after it; later ones are displaced onto the worklist). A chair is
// never deleted: it and its history stay. Move up and down orders the grid's
// lanes. Each change is the caller's to preview and save (chairEdited,
// orderRequested); setChairs() shows the list again afterwards.
class ChairsDialog : public QDialog
{
    Q_OBJECT
public:
    ChairsDialog(const Store &store, const QList<Chair> &chairs, QDate today, QWidget *parent = nullptr);

    void setChairs(const QList<Chair> &chairs);
    QTableWidget *table() const { return m_table; }

    // The small forms behind the buttons, for tests: a chair as edited, or none
    // when cancelled.
    static std::optional<Chair> askNewChair(QWidget *parent, const Store &store, QDate today);
    static std::optional<Chair> askEndDate(QWidget *parent, const Chair &chair, QDate today);

Q_SIGNALS:
    void chairEdited(const sams::Chair &chair, const QString &change);
    // The lanes in a new order (every chair of the store, each once).
    void orderRequested(const QList<sams::ChairId> &order);

private:
    const Chair *selected() const;
    void move(int step);

    Store m_store;
    QList<Chair> m_chairs;
    QDate m_today;
    QTableWidget *m_table;
    QPushButton *m_rename;
    QPushButton *m_end;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace sams
