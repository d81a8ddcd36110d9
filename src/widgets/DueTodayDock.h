#pragma once

#include "core/WorkOrder.h"
#include "core/WorkOrderService.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

namespace sams {

class DueTodayModel;
class DueTodayFilter;

// The technicians' due-today panel as a dock (docs/technician-guide.md, The
// due-today panel): the chosen stores' open orders of today and earlier and the
// walk-ins, overdue in red, due soon in amber, scheduled in green, with the
// count in the title. A one-second tick re-reads the clock (Clock::nowUtc, so a
// test can move it): an order changes colour in place, and when a store's day
// turns over the dock asks for a fresh read. The window does the reading and
// writing; the buttons only ask.
class DueTodayDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit DueTodayDock(QWidget *parent = nullptr);

    DueTodayModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QComboBox *storeFilter() const { return m_storeFilter; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *rescheduleButton() const { return m_reschedule; }
    QLabel *detailsLabel() const { return m_details; }

    // A fresh read of the stores' open orders as of `readAt` (UTC, the instant
    // the read chose each store's today by); keeps the selection.
    void setOrders(const QList<OpenOrders> &read, const QDateTime &readAt);
    // The selected order's trail, once the window has read it.
    void setTrail(qint64 orderId, const QString &trail, const QList<OrderReschedule> &steps);
    const WorkOrder *selectedOrder() const;
    void selectOrder(qint64 id);
    // Whether this user may change orders (technicians, schedulers, managers).
    void setEditable(bool editable);

Q_SIGNALS:
    void startRequested(const sams::WorkOrder &order);
    void completeRequested(const sams::WorkOrder &order);
    void rescheduleRequested(const sams::WorkOrder &order);
    void newOrderRequested();
    void trailRequested(qint64 orderId);
    // The stores' day turned over, or the user asked: read again.
    void refreshRequested();

private:
    void tick();
    void updateTitle();
    void selectionChanged();
    void updateButtons();

    DueTodayModel *m_model;
    DueTodayFilter *m_filter;
    QTreeView *m_view;
    QComboBox *m_kindFilter;
    QComboBox *m_storeFilter;
    QLabel *m_details;
    QPushButton *m_start;
    QPushButton *m_complete;
    QPushButton *m_reschedule;
    QPushButton *m_new;
    QTimer *m_tick;
    bool m_editable = true;
};

} // namespace sams
