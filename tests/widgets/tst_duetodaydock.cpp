#include "core/Clock.h"
#include "models/DueTodayModel.h"
#include "models/MonthScheduleModel.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"
#include "storage/SqlWorkOrderService.h"
#include "support/Desk.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"
#include "widgets/DayOrdersDialog.h"
#include "widgets/DueTodayDock.h"
#include "widgets/MainWindow.h"
#include "widgets/MonthView.h"
#include "widgets/OrderDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimeEdit>
#include <QTreeView>

using namespace sams;

// The technicians' due-today dock (docs/technician-guide.md) in the real window
// on a real database: it turns an order red when the test clock passes its due
// time, keeping the selection and the scroll; Start and Complete from the panel;
// a reschedule through the dialog, pre-filled, with its trail; the filter and
// the count in the title. With SAMS_GUIDE_IMAGES set, it saves the guide's
// pictures.
class TestDueTodayDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void turnsRedAtItsDueTimeKeepingTheSelection();
    void startCompleteAndFilter();
    void rescheduleThroughTheDialog();
    void modelUnderTheTester();
    void monthViewCountsAndListsADaysOrders();

private:
    qint64 schedule(QDate date, DueSlot slot, int minute, const QString &customer);
    int rowOfOrder(qint64 id) const;
    QString stateOf(qint64 id) const;
    void select(qint64 id);
    static void save(QWidget *widget, const QString &name);

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlScheduleRepository> m_repository;
    std::unique_ptr<test::Desk> m_desk;
    DueTodayDock *m_dock = nullptr;
};

namespace {
const QDate today(2027, 1, 13); // Wednesday; the store is in Chicago
QDateTime chicago(int hour, int minute, int second = 0)
{
    return QDateTime(today, QTime(hour, minute, second), QTimeZone("America/Chicago")).toUTC();
}
} // namespace

void TestDueTodayDock::init()
{
    Clock::setFixed(chicago(6, 30));
    m_file = std::make_unique<test::TestDatabase>();
    m_database = m_file->open();
    m_repository = std::make_unique<SqlScheduleRepository>(*m_database);
    QVERIFY(m_repository->insertChain(test::stationChain({TimeInterval{9 * 60, 18 * 60}})));
    schedule(today, DueSlot::Exact, 10 * 60, QStringLiteral("Ana Lima"));
    schedule(today, DueSlot::Afternoon, -1, QStringLiteral("Ben Okafor"));
    schedule(today, DueSlot::Evening, -1, QStringLiteral("Cleo Park"));
    schedule(QDate(), DueSlot::None, -1, QStringLiteral("Dev Patel"));
    schedule(today.addDays(1), DueSlot::Morning, -1, QStringLiteral("Eva Rossi")); // tomorrow's: not shown
    for (int i = 0; i < 30; ++i) // enough rows to scroll
        schedule(today, DueSlot::Exact, 12 * 60 + i * 10, QStringLiteral("Customer %1").arg(i));
    m_desk = std::make_unique<test::Desk>(m_file->url(), *m_repository,
                                          SqlScheduleWriter(*m_database, QStringLiteral("t")).rights(), today);
    QVERIFY(!QTest::currentTestFailed());
    m_dock = m_desk->window()->dueTodayDock();
    QVERIFY(m_dock);
    m_dock->raise();
    QTRY_COMPARE(m_dock->model()->rowCount(), 34);
}

void TestDueTodayDock::cleanup()
{
    m_desk.reset();
    m_repository.reset();
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

qint64 TestDueTodayDock::schedule(QDate date, DueSlot slot, int minute, const QString &customer)
{
    WorkOrder order;
    order.storeId = 1;
    order.customerName = customer;
    order.title = QStringLiteral("Fills");
    order.dueDate = date;
    order.dueSlot = slot;
    order.dueMinute = minute;
    const Result<qint64> id = SqlWorkOrderService(*m_database, QStringLiteral("t")).schedule(order, {});
    if (!id)
        qWarning() << id.error().message;
    return id.value_or(0);
}

int TestDueTodayDock::rowOfOrder(qint64 id) const
{
    const QAbstractItemModel *shown = m_dock->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        if (shown->index(row, 0).data(DueTodayModel::OrderIdRole).toLongLong() == id)
            return row;
    return -1;
}

QString TestDueTodayDock::stateOf(qint64 id) const
{
    const int row = rowOfOrder(id);
    return row < 0 ? QString() : m_dock->view()->model()->index(row, DueTodayModel::StateColumn).data().toString();
}

void TestDueTodayDock::select(qint64 id)
{
    QTreeView *view = m_dock->view();
    const QModelIndex index = view->model()->index(rowOfOrder(id), DueTodayModel::CustomerColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTRY_VERIFY(m_dock->selectedOrder() && m_dock->selectedOrder()->id == id);
}

void TestDueTodayDock::save(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SAMS_GUIDE_IMAGES");
    if (!folder.isEmpty())
        QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

void TestDueTodayDock::turnsRedAtItsDueTimeKeepingTheSelection()
{
    const qint64 ten = 1; // Ana Lima's 10:00 order
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("Due today (34)"));
    QCOMPARE(stateOf(ten), QStringLiteral("SCHEDULED"));
    // Select a late row, scrolled down, then let the clock pass 10:00.
    const qint64 late = 30;
    select(late);
    QScrollBar *scroll = m_dock->view()->verticalScrollBar();
    const int scrolled = scroll->value();
    QVERIFY(scrolled > 0);
    Clock::setFixed(chicago(7, 0)); // three hours before: amber
    QTRY_COMPARE(stateOf(ten), QStringLiteral("DUE SOON"));
    Clock::setFixed(chicago(10, 0, 1));
    QTRY_COMPARE(stateOf(ten), QStringLiteral("OVERDUE"));
    const QModelIndex red = m_dock->view()->model()->index(rowOfOrder(ten), 0);
    QCOMPARE(red.data(Qt::BackgroundRole).value<QColor>().red(), 0xfd);
    QCOMPARE(rowOfOrder(ten), 0); // overdue goes first
    QVERIFY(m_dock->selectedOrder());
    QCOMPARE(m_dock->selectedOrder()->id, late);
    QCOMPARE(scroll->value(), scrolled);
}

void TestDueTodayDock::startCompleteAndFilter()
{
    Clock::setFixed(chicago(14, 0));
    const qint64 ten = 1;
    QTRY_COMPARE(stateOf(ten), QStringLiteral("OVERDUE"));
    select(ten);
    QVERIFY(m_desk->waitIdle());
    QTRY_VERIFY(m_dock->detailsLabel()->text().contains(QStringLiteral("Never rescheduled")));
    save(m_desk->window(), QStringLiteral("technician-dock"));
    QVERIFY(m_dock->startButton()->isEnabled());
    QTest::mouseClick(m_dock->startButton(), Qt::LeftButton);
    // Started: the overdue mark clears.
    QTRY_COMPARE(stateOf(ten), QStringLiteral("DUE SOON"));
    QTRY_VERIFY(m_dock->selectedOrder() && m_dock->selectedOrder()->status == WorkOrderStatus::InProgress);
    QVERIFY(!m_dock->startButton()->isEnabled());
    QTest::mouseClick(m_dock->completeButton(), Qt::LeftButton);
    QTRY_COMPARE(rowOfOrder(ten), -1); // completed: off the panel
    QTRY_COMPARE(m_dock->windowTitle(), QStringLiteral("Due today (33)"));
    QCOMPARE(SqlWorkOrderService(*m_database, QStringLiteral("t")).order(ten)->status, WorkOrderStatus::Completed);
    // Walk-ins only, then scheduled only.
    QComboBox *kind = m_dock->kindFilter();
    kind->setCurrentIndex(kind->findText(QStringLiteral("Walk-in")));
    QCOMPARE(m_dock->view()->model()->rowCount(), 1);
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("Due today (1)"));
    kind->setCurrentIndex(kind->findText(QStringLiteral("Scheduled")));
    QCOMPARE(m_dock->view()->model()->rowCount(), 32);
    // Another desktop's change arrives by itself (the window's change feed is
    // not running in this test: the window is asked to read again).
    schedule(today, DueSlot::Evening, -1, QStringLiteral("Late Caller"));
    m_desk->window()->reloadOrders();
    QTRY_COMPARE(m_dock->view()->model()->rowCount(), 33);
}

void TestDueTodayDock::rescheduleThroughTheDialog()
{
    const qint64 afternoon = 2; // Ben Okafor, AFTERNOON today
    select(afternoon);
    bool checked = false;
    test::whenModal(
        this,
        [&](QWidget *widget) {
            auto *dialog = qobject_cast<OrderDialog *>(widget);
            QVERIFY(dialog);
            // Pre-filled with the order's current due.
            QCOMPARE(dialog->dateEdit()->date(), today);
            QCOMPARE(dialog->whenBox()->currentData().toInt(), int(DueSlot::Afternoon));
            save(dialog, QStringLiteral("technician-reschedule"));
            dialog->dateEdit()->setDate(today.addDays(2));
            dialog->whenBox()->setCurrentIndex(dialog->whenBox()->findData(int(DueSlot::Exact)));
            dialog->timeEdit()->setTime(QTime(15, 30));
            QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Supplier late"));
            checked = true;
            dialog->accept();
        },
        "sams::OrderDialog");
    QTest::mouseClick(m_dock->rescheduleButton(), Qt::LeftButton);
    QTRY_VERIFY(checked);
    QTRY_COMPARE(rowOfOrder(afternoon), -1); // due the day after tomorrow now
    const Result<WorkOrder> order = SqlWorkOrderService(*m_database, QStringLiteral("t")).order(afternoon);
    QVERIFY(order);
    QCOMPARE(order->dueDate, today.addDays(2));
    QCOMPARE(order->dueSlot, DueSlot::Exact);
    QCOMPARE(order->dueMinute, 15 * 60 + 30);
    QCOMPARE(order->rescheduleCount, 1);
    const Result<QList<OrderReschedule>> trail = SqlWorkOrderService(*m_database, QStringLiteral("t")).trail(afternoon);
    QCOMPARE(trail->first().reason, QStringLiteral("Supplier late"));
}

void TestDueTodayDock::modelUnderTheTester()
{
    DueTodayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DueTodayFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SqlWorkOrderService service(*m_database, QStringLiteral("t"));
    Result<QList<OpenOrders>> read = service.openOrders({}, Clock::nowUtc());
    QVERIFY(read);
    model.setOrders(*read, Clock::nowUtc());
    QCOMPARE(model.rowCount(), 34);
    QVERIFY(service.setStatus(3, 1, WorkOrderStatus::Cancelled));
    schedule(today, DueSlot::Evening, -1, QStringLiteral("New One"));
    read = service.openOrders({}, Clock::nowUtc());
    model.setOrders(*read, Clock::nowUtc());
    QCOMPARE(model.rowCount(), 34);
    model.setNow(chicago(19, 0));
    filter.setKind(DueTodayFilter::Kind::WalkIn);
    QCOMPARE(filter.rowCount(), 1);
    model.setOrders({}, Clock::nowUtc());
    QCOMPARE(model.rowCount(), 0);
}

void TestDueTodayDock::monthViewCountsAndListsADaysOrders()
{
    MainWindow *window = m_desk->window();
    window->setView(ScheduleView::Month);
    QVERIFY(m_desk->waitIdle());
    MonthView *month = window->monthView();
    const QAbstractItemModel *model = month->model();
    const auto dayIndex = [&](QDate date) {
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                if (model->index(r, c).data(MonthScheduleModel::DateRole).toDate() == date)
                    return model->index(r, c);
        return QModelIndex();
    };
    QTRY_COMPARE(dayIndex(today).data(MonthScheduleModel::OrdersRole).toInt(), 33); // the walk-in has no day
    QCOMPARE(dayIndex(today.addDays(1)).data(MonthScheduleModel::OrdersRole).toInt(), 1);
    QCOMPARE(dayIndex(today.addDays(2)).data(MonthScheduleModel::OrdersRole).toInt(), 0);
    QVERIFY(dayIndex(today.addDays(1)).data(Qt::ToolTipRole).toString().contains(QStringLiteral("work orders due: 1")));
    save(window, QStringLiteral("technician-month"));
    // The day's context menu lists its orders.
    bool listed = false;
    test::whenModal(
        this,
        [&](QWidget *widget) {
            auto *dialog = qobject_cast<DayOrdersDialog *>(widget);
            QVERIFY(dialog);
            QCOMPARE(dialog->list()->count(), 1);
            QVERIFY2(dialog->list()->item(0)->text().contains(QStringLiteral("Eva Rossi")),
                     qPrintable(dialog->list()->item(0)->text()));
            listed = true;
            dialog->reject();
        },
        "sams::DayOrdersDialog");
    window->showDayOrders(today.addDays(1));
    QTRY_VERIFY(listed);
}

QTEST_MAIN(TestDueTodayDock)
#include "tst_duetodaydock.moc"
