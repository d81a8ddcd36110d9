#pragma once

#include "core/Environment.h"
#include "core/Error.h"
#include "core/ScheduleWriter.h"
#include "core/WeekSchedule.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QItemSelection;
class QLabel;
class QProgressBar;
class QSystemTrayIcon;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace Ui {
class MainWindow;
}

namespace sams {

class ChangeFeed;
struct ChangeNotice;
class AppointmentDialog;
class CustomerSearchBox;
class EditCommand;
class EnvironmentBadge;
class MonthScheduleModel;
class MonthView;
class ScheduleEditor;
class ScheduleRepository;
class ScheduleWorker;
class StoreTreeModel;
class WeekGridView;
class WeekScheduleModel;
class WorklistDock;
class DueTodayDock;
class OrderDialog;
class OutboxDialog;
class CalendarSyncDialog;
struct CalendarAccount;
class TemplatesDialog;
struct WorkOrder;
struct OrderReschedule;
enum class WorkOrderStatus;
class RulesEditFlow;
struct WorklistItem;
struct SlotOffer;
struct AppointmentMatch;

enum class ScheduleView { Week, Day, Month };

// The desktop's main window: the store/chair tree on the left, the selected
// store's week, day or month in the middle, the customer search above it,
// database and environment in the status bar. With a worker and an editor
// (setEditing) every read and write runs off the GUI thread and the grids edit
// (docs/editing.md); without them it reads synchronously and edits nothing.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ScheduleRepository &repository, const QString &databaseName, Environment environment,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads stores and chairs again; selects the first store if none is.
    Status reload();
    bool selectStore(const QString &code);
    // Live updates: what anyone changes in the shown days appears by itself.
    void setChangeFeed(ChangeFeed *feed);
    void setEditing(ScheduleWorker *worker, ScheduleEditor *editor, const Rights &rights);
    void showWeekOf(QDate day);
    void setView(ScheduleView view);
    ScheduleView view() const { return m_view; }
    // True until the shown days have been read (the worker answers later).
    bool isLoading() const { return m_loading > 0; }

    QTreeView *storeTree() const;
    WeekGridView *weekView() const { return m_weekView; }
    WorklistDock *worklistDock() const { return m_worklistDock; }
    // The manager's tools (MainWindowRules.cpp, docs/manager-guide.md).
    void openHoursEditor();
    void openExceptions();
    void openChairs();
    void openStoreSettings();
    void openImport();
    // Reads the worklist of these stores again (empty: every store), one store
    // per database job so that the grid's reads go between them.
    void reloadWorklist(const QList<StoreId> &stores = {});
    MonthView *monthView() const { return m_monthView; }
    // The technicians' tools (MainWindowOrders.cpp, docs/technician-guide.md).
    DueTodayDock *dueTodayDock() const { return m_dueDock; }
    void reloadOrders();
    // Opens the new-order dialog pre-filled from `draft` (its store, or the
    // current store).
    void requestNewOrder(const WorkOrder &draft);
    // Runs the reminder job once now (it also runs each minute).
    void runReminderJob();
    // Messages (MainWindowNotify.cpp, docs/notifications.md): `delivery` is a
    // worker of its own (thread and connection) that delivers the outbox.
    void setDelivery(ScheduleWorker *delivery);
    void runDeliveryPass();
    // Quitting: the pass in progress abandons its send and returns its other messages.
    void stopDelivery();
    void openOutbox(bool attentionOnly = false);
    void openTemplates();
    void openStoreMessages(); // the shown store's senders, reminder and language
    // Calendar sync (MainWindowCalendars.cpp, docs/calendar-sync.md): its passes
    // run on the delivery worker after each outbox pass.
    void runCalendarPass();
    void openCalendarSync(bool attentionOnly = false);
    void openConnectCalendar();
    QLabel *calendarBadge() const { return m_calendarBadge; }
    CalendarSyncDialog *calendarSyncDialog() const;
    QLabel *outboxBadge() const { return m_outboxBadge; }
    OutboxDialog *outboxDialog() const;
    TemplatesDialog *templatesDialog() const;
    // Lists the work orders due on a day of the month shown (the month view's
    // context menu), in a dialog.
    void showDayOrders(QDate date);
    CustomerSearchBox *searchBox() const { return m_searchBox; }
    ScheduleEditor *editor() const { return m_editor; }
    const Store *currentStore() const;
    QDate shownDay() const { return m_day; }
    // Opens the day of a found appointment and selects it.
    void openAppointment(const AppointmentMatch &match);

Q_SIGNALS:
    // The shown days were read and are on screen.
    void loaded();

private:
    void storeSelectionChanged(const QItemSelection &selected);
    void loadShown();
    void showLoaded(const WeekSchedule &week);
    void step(int direction);
    void showError(const Error &error);
    void changeArrived(const ChangeNotice &notice);
    void setUpStatusBar(const QString &databaseName, Environment environment);
    void setUpViewSwitch();
    void setUpEditActions();
    void updateTitle();
    QDate dayShown() const;

    // Editing (MainWindowEditing.cpp).
    void requestMove(AppointmentId id, ChairId chair, qint64 start);
    void requestResize(AppointmentId id, int slotCount);
    // `carried`: the customer and appointment fields to fill in (a booking moved
    // here from another store's dialog).
    void requestBooking(ChairId chair, qint64 start, const std::optional<Appointment> &carried = std::nullopt);
    // Switches to the day view of `day` without loading (the caller loads).
    void showDayView(QDate day);
    void waitInDialog(QDialog *dialog, std::function<void(const QString &)> showRefusal);
    void refuseInDialog(const QString &message);
    void requestCancel(AppointmentId id);
    void requestStatus(AppointmentId id, AppointmentStatus to);
    void requestLock(ChairId chair, qint64 start);
    void requestUnlock(const Lock &lock);
    void requestFirstAvailable(AppointmentId id);
    void openDetails(AppointmentId id);
    void showContextMenu(AppointmentId id, ChairId chair, qint64 start, const QPoint &globalPos);
    void editApplied(StoreId store, AppointmentId appointment, const QString &text);
    void editRefused(const Error &error, const QString &text);
    void updateEditActions();
    void apply(EditCommand *command);

    // Manager's tools (MainWindowRules.cpp).
    void setUpManagerTools();
    void loadNextWorklistStore();
    void worklistMove(const WorklistItem &item, const SlotOffer &offer);
    void worklistContact(const WorklistItem &item, const QString &note);
    void worklistCancel(const WorklistItem &item, const QString &reason);
    void worklistOpen(const WorklistItem &item);
    void rulesChanged(const QList<StoreId> &stores);
    // The current store's chairs, hours, coming exceptions and zip codes (with
    // `otherWeeks`, every other store's hours in effect too), read on the
    // database thread, then `open` on this one.
    struct StoreRulesRead;
    void readStoreRules(bool otherWeeks, const std::function<void(const StoreRulesRead &)> &open);
    const Appointment *shownAppointment(AppointmentId id) const;

    // Messages (MainWindowNotify.cpp).
    void setUpMessages();
    void refreshAttention();
    void showAttention(int count);
    void reloadOutbox();
    void reloadTemplates();
    void readAppointmentMessages(AppointmentDialog *dialog, const Appointment &appointment);
    // Calendar sync (MainWindowCalendars.cpp).
    void setUpCalendars();
    void reloadCalendarSync();
    void showCalendarAttention(const QList<CalendarAccount> &accounts, const QHash<qint64, int> &attention);
    void signInCalendar(qint64 accountId);
    void disconnectCalendar(qint64 accountId);

    // Technicians' tools (MainWindowOrders.cpp).
    void setUpTechnicianTools();
    void scheduleOrdersReload();
    void readOrderTrail(qint64 orderId);
    void requestOrderStatus(const WorkOrder &order, WorkOrderStatus to);
    void requestOrderReschedule(const WorkOrder &order);
    void openOrderDialog(OrderDialog *dialog);
    void notify(const QString &title, const QString &text);
    // The month's work orders per day, for the month view's counts.
    void loadMonthOrders(const Store &store);
    void monthContextMenu(const QPoint &pos);
    const Store *storeOf(StoreId id) const;
    QString chairName(ChairId id) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    ScheduleRepository &m_repository;
    ScheduleWorker *m_worker = nullptr;
    ScheduleWorker *m_delivery = nullptr;
    QTimer *m_deliveryTimer = nullptr;
    bool m_delivering = false;
    // Shared with the pass on the delivery thread, which may outlive a closed window.
    std::shared_ptr<std::atomic<bool>> m_stopDelivery = std::make_shared<std::atomic<bool>>(false);
    QLabel *m_outboxBadge = nullptr;
    QPointer<OutboxDialog> m_outboxDialog;
    QLabel *m_calendarBadge = nullptr;
    QPointer<CalendarSyncDialog> m_calendarSyncDialog;
    bool m_syncing = false;
    QSet<qint64> m_signInShown; // accounts whose "needs sign-in" notice was shown
    QPointer<TemplatesDialog> m_templatesDialog;
    ScheduleEditor *m_editor = nullptr;
    Rights m_rights;
    StoreTreeModel *m_storeModel;
    WeekScheduleModel *m_weekModel;
    WeekGridView *m_weekView;
    MonthScheduleModel *m_monthModel;
    MonthView *m_monthView;
    QStackedWidget *m_stack;
    CustomerSearchBox *m_searchBox;
    EnvironmentBadge *m_environmentBadge;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newAction = nullptr;
    QList<QAction *> m_viewActions;
    WorklistDock *m_worklistDock = nullptr;
    RulesEditFlow *m_rulesFlow = nullptr;
    DueTodayDock *m_dueDock = nullptr;
    QTimer *m_ordersRefresh = nullptr;
    QTimer *m_reminderTimer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_selectOrderAfterLoad = 0;
    bool m_ordersReading = false;
    bool m_ordersReadAgain = false;
    StoreId m_monthOrdersStore = 0;
    QList<Store> m_stores; // as last read, for the manager's tools
    Environment m_environment = Environment::Local;
    QList<StoreId> m_worklistQueue; // stores still to read
    int m_worklistTotal = 0;
    bool m_worklistReading = false;
    ScheduleView m_view = ScheduleView::Week;
    QDate m_day;
    QTimer *m_refresh; // coalesces a burst of notices into one reload
    bool m_reloadStores = false;
    int m_loading = 0;
    quint64 m_generation = 0; // answers for an older request are dropped
    // The newest generation, read by the database thread to skip stale requests.
    std::shared_ptr<std::atomic<quint64>> m_latestLoad = std::make_shared<std::atomic<quint64>>(0);
    AppointmentId m_selectAfterLoad = 0;
    // The dialog waiting for its write: accepted when it goes through, else shown
    // the refusal in place (m_showRefusal), everything typed kept.
    QPointer<QDialog> m_waitingDialog;
    std::function<void(const QString &)> m_showRefusal;
    // The open details dialog: live changes to its appointment reach it.
    QPointer<AppointmentDialog> m_detailsDialog;
    // A booking dialog to open once another store's day has loaded (first
    // available found there).
    struct PendingBooking {
        StoreId store = 0;
        ChairId chair = 0;
        qint64 start = 0;
        Appointment details;
    };
    std::optional<PendingBooking> m_pendingBooking;
};

} // namespace sams
