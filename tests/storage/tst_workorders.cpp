// Work orders on a real database, SQLite and PostgreSQL, through the service the
// desktop and samsctl use (docs/technician-guide.md): the trail of reschedules,
// refusals that change nothing, the lifecycle, the panel's read, the outbox's
// confirmations and the reminder job's one reminder per store and day.
#include "core/Clock.h"
#include "core/DueToday.h"
#include "core/WorkOrderRules.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"
#include "storage/SqlWorkOrderService.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace sams;

class TestWorkOrders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void cleanup();
    void rescheduleThreeTimesAndReadTheTrail();
    void pastDateRefusedAndNothingWritten();
    void staleAndClosedEditsRefused();
    void lifecycleFromThePanel();
    void panelReadsTodayAndEarlierAndWalkIns();
    void linkedAppointmentMustBeOfTheStore();
    void appointmentsCountTheirOrders();
    void retryWithTheSameKeyAddsOnce();
    void oneReminderPerStoreAndDay();

private:
    qint64 schedule(QDate date, DueSlot slot, int minute = -1, const QString &email = QStringLiteral("a@b.example"));
    int count(const QString &sql);

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlWorkOrderService> m_orders;
};

namespace {
const QDate today(2027, 1, 13); // Wednesday; now is 09:00 in Chicago
} // namespace

void TestWorkOrders::init()
{
    Clock::setFixed(QDateTime(today, QTime(15, 0), Qt::UTC));
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    m_database = m_file->open();
    QVERIFY(SqlScheduleRepository(*m_database).insertChain(test::stationChain({TimeInterval{9 * 60, 17 * 60}})));
    m_orders = std::make_unique<SqlWorkOrderService>(*m_database, QStringLiteral("tech"));
}

void TestWorkOrders::cleanup()
{
    m_orders.reset();
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

qint64 TestWorkOrders::schedule(QDate date, DueSlot slot, int minute, const QString &email)
{
    WorkOrder order;
    order.storeId = 1;
    order.customerName = QStringLiteral("Ana Ruiz");
    order.customerEmail = email;
    order.title = QStringLiteral("Fills");
    order.dueDate = date;
    order.dueSlot = slot;
    order.dueMinute = minute;
    const Result<qint64> id = m_orders->schedule(order, {});
    if (!id)
        qWarning() << id.error().message;
    return id.value_or(0);
}

int TestWorkOrders::count(const QString &sql)
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestWorkOrders::rescheduleThreeTimesAndReadTheTrail()
{
    const QDate oct10(2027, 10, 10);
    const qint64 id = schedule(oct10, DueSlot::Morning);
    QVERIFY(id > 0);
    int version = 1;
    const QList<std::pair<OrderDue, QString>> steps{
        {{oct10.addDays(2), DueSlot::Afternoon, -1}, QStringLiteral("Supplier late")},
        {{oct10.addDays(5), DueSlot::Exact, 9 * 60 + 30}, QStringLiteral("Customer away")},
        {{oct10.addDays(7), DueSlot::Evening, -1}, QStringLiteral("Customer asked")},
    };
    for (const auto &[to, reason] : steps) {
        const Result<int> moved = m_orders->reschedule(id, version, to, reason);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
        QCOMPARE(*moved, version + 1);
        version = *moved;
    }
    const Result<WorkOrder> order = m_orders->order(id);
    QVERIFY(order);
    QCOMPARE(order->rescheduleCount, 3);
    QCOMPARE(order->originalDate, oct10);
    QCOMPARE(order->dueDate, oct10.addDays(7));
    QCOMPARE(order->dueSlot, DueSlot::Evening);
    const Result<QList<OrderReschedule>> trail = m_orders->trail(id);
    QVERIFY(trail);
    QCOMPARE(trail->size(), 3);
    QCOMPARE(trail->at(1).count, 2);
    QCOMPARE(trail->at(1).from, (OrderDue{oct10.addDays(2), DueSlot::Afternoon, -1}));
    QCOMPARE(trail->at(1).to, (OrderDue{oct10.addDays(5), DueSlot::Exact, 570}));
    QCOMPARE(trail->at(1).reason, QStringLiteral("Customer away"));
    QVERIFY(!trail->at(1).actor.isEmpty());
    QCOMPARE(trailText(*trail, *order), QStringLiteral("Oct 10 → Oct 12 → Oct 15 → Oct 17"));
    // History of every change, and the customer's confirmations in the outbox.
    if (m_file->backend() == test::Backend::Sqlite)
        QCOMPARE(
            count(
                QStringLiteral("SELECT COUNT(*) FROM history WHERE entity = 'work_order' AND entity_id = %1").arg(id)),
            4);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'work_order' AND entity_id = %1 "
                                  "AND channel = 'email' AND recipient = 'a@b.example'")
                       .arg(id)),
             4);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'order_rescheduled'")), 3);
}

void TestWorkOrders::pastDateRefusedAndNothingWritten()
{
    WorkOrder order;
    order.storeId = 1;
    order.customerName = QStringLiteral("Ana Ruiz");
    order.dueDate = today.addDays(-1);
    order.dueSlot = DueSlot::Afternoon;
    Result<qint64> refused = m_orders->schedule(order, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Rule);
    QVERIFY(refused.error().message.startsWith(QStringLiteral("Date must be in the future")));
    order.dueDate = today;
    order.dueSlot = DueSlot::Exact;
    order.dueMinute = 8 * 60 + 59; // 08:59 in Chicago: a minute ago
    QVERIFY(!m_orders->schedule(order, {}));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM work_orders")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);

    const qint64 id = schedule(today.addDays(3), DueSlot::Morning);
    const Result<int> back
        = m_orders->reschedule(id, 1, {today.addDays(-2), DueSlot::Morning, -1}, QStringLiteral("x"));
    QVERIFY(!back);
    QCOMPARE(back.error().reason, Error::Reason::Past);
    QCOMPARE(m_orders->order(id)->version, 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM work_order_reschedules")), 0);
}

void TestWorkOrders::staleAndClosedEditsRefused()
{
    const qint64 id = schedule(today.addDays(1), DueSlot::Morning);
    QVERIFY(m_orders->reschedule(id, 1, {today.addDays(2), DueSlot::Morning, -1}, QStringLiteral("first")));
    const Result<int> stale
        = m_orders->reschedule(id, 1, {today.addDays(4), DueSlot::Morning, -1}, QStringLiteral("x"));
    QVERIFY(!stale);
    QCOMPARE(stale.error().reason, Error::Reason::StaleVersion);
    QVERIFY(!m_orders->reschedule(id, 2, {today.addDays(4), DueSlot::Morning, -1}, QStringLiteral("   ")));
    QVERIFY(m_orders->setStatus(id, 2, WorkOrderStatus::Cancelled));
    const Result<int> closed
        = m_orders->reschedule(id, 3, {today.addDays(5), DueSlot::Morning, -1}, QStringLiteral("x"));
    QVERIFY(!closed);
    QCOMPARE(closed.error().reason, Error::Reason::NotEditable);
    QCOMPARE(m_orders->order(id)->dueDate, today.addDays(2));
    QCOMPARE(m_orders->order(99999).error().reason, Error::Reason::NotFound);
}

void TestWorkOrders::lifecycleFromThePanel()
{
    const qint64 id = schedule(today, DueSlot::Exact, 10 * 60);
    QVERIFY(id > 0);
    Clock::setFixed(QDateTime(today, QTime(20, 0), Qt::UTC)); // 14:00 in Chicago: overdue
    Result<QList<OpenOrders>> open = m_orders->openOrders({1}, Clock::nowUtc());
    QVERIFY(open);
    QList<DueEntry> entries = dueTodayEntries(open->first().store, open->first().orders, Clock::nowUtc());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, DueState::Overdue);
    Result<int> started = m_orders->setStatus(id, 1, WorkOrderStatus::InProgress);
    QVERIFY(started);
    open = m_orders->openOrders({1}, Clock::nowUtc());
    entries = dueTodayEntries(open->first().store, open->first().orders, Clock::nowUtc());
    QCOMPARE(entries.first().state, DueState::DueSoon); // started: the overdue mark clears
    QVERIFY(m_orders->setStatus(id, *started, WorkOrderStatus::Completed));
    QCOMPARE(m_orders->openOrders({1}, Clock::nowUtc())->first().orders.size(), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'order_completed'")), 1);
    const Result<int> again = m_orders->setStatus(id, 3, WorkOrderStatus::InProgress);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Rule);
    // An overdue pending order can be completed at once.
    const qint64 late = schedule(today, DueSlot::Afternoon, -1, QString());
    Clock::setFixed(QDateTime(today.addDays(1), QTime(1, 0), Qt::UTC)); // 19:00: late
    QVERIFY(m_orders->setStatus(late, 1, WorkOrderStatus::Completed));
    // No address, no phone: no confirmation queued.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity_id = %1").arg(late)), 0);
}

void TestWorkOrders::panelReadsTodayAndEarlierAndWalkIns()
{
    const qint64 todays = schedule(today, DueSlot::Evening);
    const qint64 tomorrows = schedule(today.addDays(1), DueSlot::Morning);
    WorkOrder walkIn;
    walkIn.storeId = 1;
    walkIn.customerName = QStringLiteral("Bo Chen");
    const Result<qint64> walkInId = m_orders->schedule(walkIn, {});
    QVERIFY(walkInId);
    // Yesterday's order, still open the next day (made while it was ahead).
    Clock::setFixed(QDateTime(today.addDays(-1), QTime(15, 0), Qt::UTC));
    const qint64 yesterdays = schedule(today.addDays(-1), DueSlot::Evening);
    Clock::setFixed(QDateTime(today, QTime(15, 0), Qt::UTC));
    const Result<QList<OpenOrders>> open = m_orders->openOrders({1}, Clock::nowUtc());
    QVERIFY(open);
    QList<qint64> ids;
    for (const WorkOrder &o : open->first().orders)
        ids.append(o.id);
    std::ranges::sort(ids);
    QCOMPARE(ids, (QList<qint64>{todays, *walkInId, yesterdays}));
    QVERIFY(!ids.contains(tomorrows));
    // The month view's read: cancelled ones left out.
    QVERIFY(m_orders->setStatus(todays, 1, WorkOrderStatus::Cancelled));
    const Result<QList<WorkOrder>> month = m_orders->ordersDue(1, today.addDays(-12), today.addDays(18));
    QVERIFY(month);
    QCOMPARE(month->size(), 2);
}

void TestWorkOrders::linkedAppointmentMustBeOfTheStore()
{
    WorkOrder order;
    order.storeId = 1;
    order.customerName = QStringLiteral("Ana Ruiz");
    order.appointmentId = 424242;
    order.dueDate = today.addDays(1);
    order.dueSlot = DueSlot::Morning;
    const Result<qint64> refused = m_orders->schedule(order, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Usage);
    WorkOrder empty;
    empty.storeId = 1;
    QVERIFY(!m_orders->schedule(empty, {})); // no customer and nothing to do
}

void TestWorkOrders::appointmentsCountTheirOrders()
{
    // The grid's marker: an appointment with an order to prepare for it.
    const Store store = *SqlScheduleRepository(*m_database).store(1);
    BookingRequest request;
    request.chairId = 1;
    request.start = QDateTime(today.addDays(1), QTime(16, 0), Qt::UTC).toSecsSinceEpoch(); // 10:00 in Chicago
    Appointment details;
    details.customerName = QStringLiteral("Ana Ruiz");
    const Result<AppointmentId> booked
        = SqlScheduleWriter(*m_database, QStringLiteral("s")).book(store, request, details);
    QVERIFY2(booked, booked ? "" : qPrintable(booked.error().message));
    WorkOrder order;
    order.storeId = 1;
    order.customerName = QStringLiteral("Ana Ruiz");
    order.appointmentId = *booked;
    order.dueDate = today.addDays(1);
    order.dueSlot = DueSlot::Exact;
    order.dueMinute = 9 * 60 + 30;
    const Result<qint64> id = m_orders->schedule(order, {});
    QVERIFY(id);
    SqlScheduleRepository repository(*m_database);
    QCOMPARE(repository.appointment(*booked)->workOrderCount, 1);
    const Result<StoreSnapshot> week = repository.snapshot(store, today, today.addDays(6), AppointmentDetail::Full);
    QVERIFY(week);
    QCOMPARE(week->appointments.size(), 1);
    QCOMPARE(week->appointments.first().workOrderCount, 1);
    QVERIFY(m_orders->setStatus(*id, 1, WorkOrderStatus::Cancelled));
    QCOMPARE(repository.appointment(*booked)->workOrderCount, 0);
}

void TestWorkOrders::retryWithTheSameKeyAddsOnce()
{
    WorkOrder order;
    order.storeId = 1;
    order.customerName = QStringLiteral("Ana Ruiz");
    order.customerEmail = QStringLiteral("a@b.example");
    order.dueDate = today.addDays(1);
    order.dueSlot = DueSlot::Morning;
    const Result<qint64> first = m_orders->schedule(order, QStringLiteral("desk-1"));
    QVERIFY(first);
    QCOMPARE(*m_orders->schedule(order, QStringLiteral("desk-1")), *first);
    QVERIFY(*m_orders->schedule(order, QStringLiteral("desk-2")) != *first);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM work_orders")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'order_scheduled'")), 2);
}

void TestWorkOrders::oneReminderPerStoreAndDay()
{
    const QDate tomorrow = today.addDays(1);
    schedule(tomorrow, DueSlot::Afternoon);
    schedule(tomorrow, DueSlot::Morning);
    schedule(tomorrow, DueSlot::Exact, 9 * 60);
    schedule(today.addDays(2), DueSlot::Morning); // not tomorrow's
    // 13:59 in Chicago: not yet.
    Result<QList<OrderReminder>> run = m_orders->runReminders(QDateTime(today, QTime(19, 59), Qt::UTC), {});
    QVERIFY(run);
    QVERIFY(run->isEmpty());
    run = m_orders->runReminders(QDateTime(today, QTime(20, 0), Qt::UTC), {});
    QVERIFY(run);
    QCOMPARE(run->size(), 1);
    QCOMPARE(run->first().orderCount, 3);
    QCOMPARE(run->first().subject, QStringLiteral("3 orders due tomorrow at GRP"));
    QCOMPARE(run->first().dueDate, tomorrow);
    const QStringList lines = run->first().body.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("09:00")), qPrintable(lines.at(1))); // in due order
    QVERIFY(lines.at(2).startsWith(QStringLiteral("MORNING")));
    // Again, and after another order for tomorrow: nothing more that day.
    schedule(tomorrow, DueSlot::Evening);
    QVERIFY(m_orders->runReminders(QDateTime(today, QTime(23, 0), Qt::UTC), {})->isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'order_reminder'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE reminded_at IS NOT NULL")), 3);
    // The next day brings the next day's reminder; a store can move its time.
    QVERIFY(m_orders->setReminderMinute(1, 8 * 60));
    run = m_orders->runReminders(QDateTime(tomorrow, QTime(14, 0), Qt::UTC), {}); // 08:00 in Chicago
    QVERIFY(run);
    QCOMPARE(run->size(), 1);
    QCOMPARE(run->first().dueDate, today.addDays(2));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'order_reminder'")), 2);
    QVERIFY(!m_orders->setReminderMinute(1, 24 * 60));
}

QTEST_GUILESS_MAIN(TestWorkOrders)
#include "tst_workorders.moc"
