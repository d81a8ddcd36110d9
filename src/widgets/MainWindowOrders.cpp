// The technicians' tools of the main window (docs/technician-guide.md): the
// due-today dock, new orders, start, complete and reschedule, and the daily
// reminder job. Every read and write runs on the database thread.
#include "widgets/MainWindow.h"

#include "core/Clock.h"
#include "core/WorkOrderRules.h"
#include "editing/ScheduleWorker.h"
#include "models/MonthScheduleModel.h"
#include "widgets/DayOrdersDialog.h"
#include "widgets/DueTodayDock.h"
#include "widgets/MonthView.h"
#include "widgets/OrderDialog.h"
#include "widgets/WorklistDock.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace sams {

namespace {
// How often a desktop runs the reminder job: it makes a store's reminder within
// a minute of the store's reminder time, and costs one indexed read per store
// when the day's reminder exists already (docs/performance.md).
constexpr int reminderJobMs = 60 * 1000;
} // namespace

void MainWindow::setUpTechnicianTools()
{
    m_dueDock = new DueTodayDock(this);
    // Beside the worklist under the grid, so the grid keeps its width; in front
    // for a technician, whose day it is.
    addDockWidget(Qt::BottomDockWidgetArea, m_dueDock);
    if (m_worklistDock)
        tabifyDockWidget(m_worklistDock, m_dueDock);
    if (m_rights.role == QLatin1String("technician") || !m_worklistDock)
        m_dueDock->raise();
    else
        m_worklistDock->raise();
    m_dueDock->setEditable(m_rights.orders);
    connect(m_dueDock, &DueTodayDock::refreshRequested, this, &MainWindow::scheduleOrdersReload);
    connect(m_dueDock, &DueTodayDock::trailRequested, this, &MainWindow::readOrderTrail);
    connect(m_dueDock, &DueTodayDock::startRequested, this,
            [this](const WorkOrder &order) { requestOrderStatus(order, WorkOrderStatus::InProgress); });
    connect(m_dueDock, &DueTodayDock::completeRequested, this,
            [this](const WorkOrder &order) { requestOrderStatus(order, WorkOrderStatus::Completed); });
    connect(m_dueDock, &DueTodayDock::rescheduleRequested, this, &MainWindow::requestOrderReschedule);
    connect(m_dueDock, &DueTodayDock::newOrderRequested, this, [this] { requestNewOrder(WorkOrder()); });

    m_ordersRefresh = new QTimer(this);
    m_ordersRefresh->setSingleShot(true);
    m_ordersRefresh->setInterval(150); // a burst of notices is one read
    connect(m_ordersRefresh, &QTimer::timeout, this, &MainWindow::reloadOrders);

    // The month view lists a day's orders from its context menu; its tooltip
    // counts them (a click opens the day, as before).
    m_monthView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_monthView, &QWidget::customContextMenuRequested, this, &MainWindow::monthContextMenu);

    QAction *toggle = m_dueDock->toggleViewAction();
    toggle->setText(tr("&Due today"));
    toggle->setObjectName(QStringLiteral("dueTodayAction"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    QMenu *orders = menuBar()->addMenu(tr("&Orders"));
    orders->setObjectName(QStringLiteral("ordersMenu"));
    orders->addAction(toggle);
    QAction *add = orders->addAction(tr("&New work order…"), this, [this] { requestNewOrder(WorkOrder()); });
    add->setObjectName(QStringLiteral("newOrderAction"));
    add->setEnabled(m_rights.orders);
    QAction *remind = orders->addAction(tr("Make today's &reminders now"), this, &MainWindow::runReminderJob);
    remind->setObjectName(QStringLiteral("remindAction"));

    remind->setEnabled(m_rights.orders);
    reloadOrders();
    // Only a desktop that may write orders makes reminders (a read-only file,
    // a role without the right: the others do).
    if (!m_rights.orders)
        return;
    m_reminderTimer = new QTimer(this);
    m_reminderTimer->setInterval(reminderJobMs);
    connect(m_reminderTimer, &QTimer::timeout, this, &MainWindow::runReminderJob);
    m_reminderTimer->start();
    runReminderJob();
}

void MainWindow::scheduleOrdersReload()
{
    if (m_ordersRefresh)
        m_ordersRefresh->start();
}

void MainWindow::reloadOrders()
{
    if (!m_worker || !m_dueDock)
        return;
    // One read at a time: the dock asks each second after a midnight until a
    // read lands, and notices come in bursts.
    if (m_ordersReading) {
        m_ordersReadAgain = true;
        return;
    }
    m_ordersReading = true;
    const QDateTime now = Clock::nowUtc();
    m_worker->run(
        this, [now](ScheduleSession &session) { return session.workOrders().openOrders({}, now); },
        [this, now](const Result<QList<OpenOrders>> &read) {
            m_ordersReading = false;
            if (!read) {
                statusBar()->showMessage(tr("Reading the due-today orders failed: %1").arg(read.error().message), 8000);
            } else {
                m_dueDock->setOrders(*read, now);
                if (const qint64 added = std::exchange(m_selectOrderAfterLoad, 0))
                    m_dueDock->selectOrder(added);
            }
            if (std::exchange(m_ordersReadAgain, false))
                scheduleOrdersReload();
        });
}

void MainWindow::readOrderTrail(qint64 orderId)
{
    m_worker->run(
        this, [orderId](ScheduleSession &session) { return session.workOrders().trail(orderId); },
        [this, orderId](const Result<QList<OrderReschedule>> &trail) {
            const WorkOrder *order = m_dueDock->selectedOrder();
            if (trail && order && order->id == orderId)
                m_dueDock->setTrail(orderId, trailText(*trail, *order), *trail);
        });
}

void MainWindow::requestOrderStatus(const WorkOrder &order, WorkOrderStatus to)
{
    m_worker->run(
        this,
        [id = order.id, version = order.version, to](ScheduleSession &session) {
            return session.workOrders().setStatus(id, version, to);
        },
        [this, id = order.id, to](const Result<int> &saved) {
            if (!saved)
                return showError(saved.error());
            statusBar()->showMessage(to == WorkOrderStatus::Completed ? tr("Order %1 is completed.").arg(id)
                                                                      : tr("Order %1 is started.").arg(id),
                                     8000);
            reloadOrders();
        });
}

const Store *MainWindow::storeOf(StoreId id) const
{
    const auto it = std::ranges::find(m_stores, id, &Store::id);
    return it == m_stores.cend() ? nullptr : &*it;
}

void MainWindow::requestOrderReschedule(const WorkOrder &order)
{
    const Store *store = storeOf(order.storeId);
    if (!store)
        return;
    // The trail first (the dialog shows it), then the dialog.
    m_worker->run(
        this, [id = order.id](ScheduleSession &session) { return session.workOrders().trail(id); },
        [this, order, store = *store](const Result<QList<OrderReschedule>> &trail) {
            auto *dialog = new OrderDialog(store, order, trail ? trailText(*trail, order) : QString(), this);
            openOrderDialog(dialog);
        });
}

void MainWindow::requestNewOrder(const WorkOrder &draft)
{
    const Store *store = draft.storeId ? storeOf(draft.storeId) : currentStore();
    if (!store)
        return;
    openOrderDialog(new OrderDialog(*store, draft, this));
}

void MainWindow::openOrderDialog(OrderDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    // Accepted: save on the database thread; refused: the dialog opens again with
    // the reason and everything typed, until saved or cancelled. A stale order
    // (changed by someone since) cannot be saved from this dialog: it closes and
    // the panel shows the order as it is now.
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result != QDialog::Accepted)
            return dialog->deleteLater();
        const WorkOrder order = dialog->order();
        const QPointer<OrderDialog> guard(dialog);
        const auto done = [this, guard](const QString &saved, const std::optional<Error> &error) {
            if (!guard)
                return;
            if (error && error->reason == Error::Reason::StaleVersion) {
                guard->deleteLater();
                showError(*error);
                reloadOrders();
                return;
            }
            if (error) {
                guard->showRefusal(error->message);
                guard->open();
                return;
            }
            statusBar()->showMessage(saved, 8000);
            guard->deleteLater();
            reloadOrders();
        };
        if (dialog->isReschedule()) {
            m_worker->run(
                this,
                [order, due = dialog->due(), reason = dialog->reason()](ScheduleSession &session) {
                    return session.workOrders().reschedule(order.id, order.version, due, reason);
                },
                [done, id = order.id](const Result<int> &saved) {
                    done(MainWindow::tr("Order %1 is rescheduled.").arg(id),
                         saved ? std::nullopt : std::optional<Error>(saved.error()));
                });
        } else {
            m_worker->run(
                this,
                [order, key = dialog->requestKey()](ScheduleSession &session) {
                    return session.workOrders().schedule(order, key);
                },
                [this, done](const Result<qint64> &added) {
                    if (added)
                        m_selectOrderAfterLoad = *added;
                    done(added ? tr("Order %1 is added.").arg(*added) : QString(),
                         added ? std::nullopt : std::optional<Error>(added.error()));
                });
        }
    });
    dialog->open();
}

void MainWindow::runReminderJob()
{
    if (!m_worker || !m_rights.orders)
        return;
    m_worker->run(
        this, [](ScheduleSession &session) { return session.workOrders().runReminders(Clock::nowUtc(), {}); },
        [this](const Result<QList<OrderReminder>> &made) {
            if (!made) {
                statusBar()->showMessage(tr("The order reminders could not be made: %1").arg(made.error().message),
                                         8000);
                return;
            }
            // With a delivery worker the reminder is delivered from the outbox: on one
            // desktop of all those running (MainWindowNotify.cpp); without, here.
            if (m_delivery) {
                if (!made->isEmpty())
                    runDeliveryPass();
                return;
            }
            for (const OrderReminder &reminder : *made)
                notify(reminder.subject, reminder.body);
        });
}

void MainWindow::notify(const QString &title, const QString &text)
{
    // A tray message where the desktop has a tray; the status bar always.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 30 * 1000);
    }
    statusBar()->showMessage(title, 30 * 1000);
}

void MainWindow::loadMonthOrders(const Store &store)
{
    if (!m_worker)
        return;
    const QDate first = m_monthModel->firstDay();
    const QDate last = first.addDays(MonthScheduleModel::rows * MonthScheduleModel::columns - 1);
    if (std::exchange(m_monthOrdersStore, store.id) != store.id)
        m_monthModel->setOrders({}); // another store's counts never show meanwhile
    m_worker->run(
        this,
        [id = store.id, first, last](ScheduleSession &session) {
            return session.workOrders().ordersDue(id, first, last);
        },
        [this, id = store.id](const Result<QList<WorkOrder>> &orders) {
            const Store *shown = currentStore();
            if (!shown || shown->id != id)
                return;
            if (!orders) {
                m_monthModel->setOrders({});
                statusBar()->showMessage(tr("Reading the month's work orders failed: %1").arg(orders.error().message),
                                         8000);
                return;
            }
            QHash<QDate, QStringList> lines;
            for (const WorkOrder &o : *orders)
                lines[o.dueDate].append(
                    tr("#%1 %2 · %3 %4")
                        .arg(o.id)
                        .arg(dueText(dueOf(o)), o.customerName.isEmpty() ? tr("in-house") : o.customerName, o.title));
            m_monthModel->setOrders(lines);
        });
}

void MainWindow::showDayOrders(QDate date)
{
    const QStringList lines = m_monthModel->indexOf(date).data(MonthScheduleModel::OrderLinesRole).toStringList();
    const Store *store = currentStore();
    if (lines.isEmpty() || !store)
        return;
    auto *dialog = new DayOrdersDialog(store->name.isEmpty() ? store->code : store->name, date, lines, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::monthContextMenu(const QPoint &pos)
{
    const QDate date = m_monthView->indexAt(pos).data(MonthScheduleModel::DateRole).toDate();
    const int orders = m_monthView->indexAt(pos).data(MonthScheduleModel::OrdersRole).toInt();
    QMenu menu(this);
    QAction *open = menu.addAction(tr("&Open the Day"), this, [this, date] {
        m_day = date;
        setView(ScheduleView::Day);
    });
    open->setEnabled(date.isValid());
    QAction *list
        = menu.addAction(tr("&Work Orders Due (%1)…").arg(orders), this, [this, date] { showDayOrders(date); });
    list->setObjectName(QStringLiteral("dayOrdersAction"));
    list->setEnabled(orders > 0);
    menu.exec(m_monthView->viewport()->mapToGlobal(pos));
}

} // namespace sams
