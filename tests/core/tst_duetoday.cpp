// The due-today panel's rules (docs/technician-guide.md): states, their
// boundaries, the panel's order, the store-local day turning over (in zones other
// than the computer's, on DST days) and the trail's wording.
#include "core/DueToday.h"
#include "core/SlotCalculator.h"
#include "core/WorkOrderRules.h"

#include <QTest>

using namespace sams;

namespace {
Store storeIn(const char *zone, StoreId id = 1)
{
    Store s;
    s.id = id;
    s.code = QStringLiteral("S%1").arg(id);
    s.timeZoneId = QByteArray(zone);
    return s;
}

WorkOrder orderDue(QDate date, DueSlot slot, int minute = -1, WorkOrderStatus status = WorkOrderStatus::Pending)
{
    static qint64 nextId = 1;
    WorkOrder w;
    w.id = nextId++;
    w.storeId = 1;
    w.dueDate = date;
    w.dueSlot = slot;
    w.dueMinute = minute;
    w.status = status;
    return w;
}

// A store-local wall time as the UTC instant the tests set as "now".
QDateTime at(const Store &store, QDate date, int hour, int minute, int second = 0)
{
    return QDateTime(date, QTime(hour, minute, second), store.timeZone()).toUTC();
}
} // namespace

class DueTodayTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void states_data();
    void states();
    void startedOrderIsNeverOverdue();
    void panelOrderAndMembership();
    void midnightTurnover_data();
    void midnightTurnover();
    void nextChange();
    void pastDatesRefused_data();
    void pastDatesRefused();
    void lifecycle();
    void trail();
};

void DueTodayTest::states_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("slot");
    QTest::addColumn<int>("dueMinute");
    QTest::addColumn<int>("nowMinute"); // store-local minute of `date`
    QTest::addColumn<int>("state");
    const QDate d(2027, 6, 15);
    const auto exact = int(DueSlot::Exact);
    // The example: a 10:00 order seen at 14:00 is overdue.
    QTest::newRow("10:00 order at 14:00")
        << QByteArray("America/Denver") << d << exact << 600 << 840 << int(DueState::Overdue);
    QTest::newRow("turns red at its due time")
        << QByteArray("America/Denver") << d << exact << 600 << 600 << int(DueState::Overdue);
    QTest::newRow("a minute before: due soon")
        << QByteArray("America/Denver") << d << exact << 600 << 599 << int(DueState::DueSoon);
    QTest::newRow("exactly 3 hours ahead: due soon")
        << QByteArray("America/Denver") << d << exact << 600 << 420 << int(DueState::DueSoon);
    QTest::newRow("3 hours and a minute ahead: scheduled")
        << QByteArray("America/Denver") << d << exact << 600 << 419 << int(DueState::Scheduled);
    QTest::newRow("MORNING is due at 12:00")
        << QByteArray("Europe/Berlin") << d << int(DueSlot::Morning) << -1 << 11 * 60 + 59 << int(DueState::DueSoon);
    QTest::newRow("MORNING at noon") << QByteArray("Europe/Berlin") << d << int(DueSlot::Morning) << -1 << 720
                                     << int(DueState::Overdue);
    QTest::newRow("AFTERNOON at 13:59: scheduled")
        << QByteArray("Asia/Tokyo") << d << int(DueSlot::Afternoon) << -1 << 13 * 60 + 59 << int(DueState::Scheduled);
    QTest::newRow("AFTERNOON at 14:00: due soon")
        << QByteArray("Asia/Tokyo") << d << int(DueSlot::Afternoon) << -1 << 840 << int(DueState::DueSoon);
    QTest::newRow("EVENING at 17:00: due soon")
        << QByteArray("Australia/Sydney") << d << int(DueSlot::Evening) << -1 << 1020 << int(DueState::DueSoon);
    QTest::newRow("EVENING at 16:59: scheduled")
        << QByteArray("Australia/Sydney") << d << int(DueSlot::Evening) << -1 << 1019 << int(DueState::Scheduled);
    // DST days: the three hours are elapsed time, not wall-clock difference.
    QTest::newRow("spring forward: 04:00 is 2 elapsed hours after 01:00")
        << QByteArray("America/New_York") << QDate(2027, 3, 14) << exact << 240 << 60 << int(DueState::DueSoon);
    QTest::newRow("spring forward: 04:00 seen at 00:30 is 2.5 hours away")
        << QByteArray("America/New_York") << QDate(2027, 3, 14) << exact << 240 << 30 << int(DueState::DueSoon);
    QTest::newRow("spring forward: 05:00 seen at 00:59 is over 3 hours away")
        << QByteArray("America/New_York") << QDate(2027, 3, 14) << exact << 300 << 59 << int(DueState::Scheduled);
    QTest::newRow("fall back: 03:00 seen at 00:30 is 3.5 elapsed hours away")
        << QByteArray("America/New_York") << QDate(2027, 11, 7) << exact << 180 << 30 << int(DueState::Scheduled);
    QTest::newRow("fall back: 03:00 seen at 01:00 (first) is 3 elapsed hours away")
        << QByteArray("America/New_York") << QDate(2027, 11, 7) << exact << 180 << 60 << int(DueState::DueSoon);
    QTest::newRow("a 02:30 order in the gap is due at 03:30")
        << QByteArray("Europe/Berlin") << QDate(2027, 3, 28) << exact << 150 << 180 << int(DueState::DueSoon);
}

void DueTodayTest::states()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(int, slot);
    QFETCH(int, dueMinute);
    QFETCH(int, nowMinute);
    QFETCH(int, state);
    const Store store = storeIn(zone.constData());
    const WorkOrder order = orderDue(date, DueSlot(slot), dueMinute);
    const QDateTime now = SlotCalculator::instantOf(date, nowMinute, store.timeZone());
    QCOMPARE(int(dueStateOf(order, store.timeZone(), now)), state);
}

void DueTodayTest::startedOrderIsNeverOverdue()
{
    const Store store = storeIn("America/Denver");
    const QDate d(2027, 6, 15);
    WorkOrder order = orderDue(d, DueSlot::Exact, 600);
    QCOMPARE(dueStateOf(order, store.timeZone(), at(store, d, 14, 0)), DueState::Overdue);
    order.status = WorkOrderStatus::InProgress;
    QCOMPARE(dueStateOf(order, store.timeZone(), at(store, d, 14, 0)), DueState::DueSoon);
    WorkOrder walkIn = orderDue(QDate(), DueSlot::None);
    QCOMPARE(dueStateOf(walkIn, store.timeZone(), at(store, d, 14, 0)), DueState::WalkIn);
}

void DueTodayTest::panelOrderAndMembership()
{
    const Store store = storeIn("America/Denver");
    const QDate d(2027, 6, 15);
    const WorkOrder yesterday = orderDue(d.addDays(-1), DueSlot::Evening);
    const WorkOrder tenAm = orderDue(d, DueSlot::Exact, 600);
    const WorkOrder evening = orderDue(d, DueSlot::Evening);
    const WorkOrder afternoon = orderDue(d, DueSlot::Afternoon);
    const WorkOrder walkIn = orderDue(QDate(), DueSlot::None);
    const WorkOrder tomorrow = orderDue(d.addDays(1), DueSlot::Morning);
    const WorkOrder done = orderDue(d, DueSlot::Morning, -1, WorkOrderStatus::Completed);
    const WorkOrder cancelled = orderDue(d, DueSlot::Morning, -1, WorkOrderStatus::Cancelled);
    const QList<DueEntry> entries = dueTodayEntries(
        store, {evening, walkIn, tomorrow, afternoon, done, tenAm, cancelled, yesterday}, at(store, d, 14, 30));
    QList<qint64> ids;
    QList<DueState> states;
    for (const DueEntry &e : entries) {
        ids.append(e.order.id);
        states.append(e.state);
    }
    QCOMPARE(ids, (QList<qint64>{yesterday.id, tenAm.id, afternoon.id, evening.id, walkIn.id}));
    QCOMPARE(states,
             (QList<DueState>{DueState::Overdue, DueState::Overdue, DueState::DueSoon, DueState::Scheduled,
                              DueState::WalkIn}));
    QCOMPARE(dueStateName(DueState::DueSoon), QStringLiteral("DUE_SOON"));
}

void DueTodayTest::midnightTurnover_data()
{
    // The tests run with TZ=America/New_York; these stores are elsewhere.
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("today");
    QTest::newRow("Tokyo, computer in New York") << QByteArray("Asia/Tokyo") << QDate(2027, 6, 15);
    QTest::newRow("Honolulu") << QByteArray("Pacific/Honolulu") << QDate(2027, 12, 31);
    QTest::newRow("Berlin, into spring-forward day") << QByteArray("Europe/Berlin") << QDate(2027, 3, 27);
    QTest::newRow("New York, into fall-back day") << QByteArray("America/New_York") << QDate(2027, 11, 6);
    QTest::newRow("Santiago, DST starts at midnight") << QByteArray("America/Santiago") << QDate(2027, 9, 4);
    QTest::newRow("month end") << QByteArray("Australia/Sydney") << QDate(2027, 2, 28);
}

void DueTodayTest::midnightTurnover()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, today);
    const Store store = storeIn(zone.constData());
    const WorkOrder tomorrows = orderDue(today.addDays(1), DueSlot::Evening);
    const QDateTime midnight = SlotCalculator::instantOf(today.addDays(1), 0, store.timeZone());
    QVERIFY(dueTodayEntries(store, {tomorrows}, midnight.addSecs(-1)).isEmpty());
    const QList<DueEntry> after = dueTodayEntries(store, {tomorrows}, midnight);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().state, DueState::Scheduled);
    // The panel is told to look again at that midnight.
    QCOMPARE(nextDueChange({}, {store}, midnight.addSecs(-60)), midnight);
}

void DueTodayTest::nextChange()
{
    const Store store = storeIn("America/Denver");
    const QDate d(2027, 6, 15);
    const WorkOrder tenAm = orderDue(d, DueSlot::Exact, 600);
    const QList<DueEntry> entries = dueTodayEntries(store, {tenAm}, at(store, d, 6, 0));
    QCOMPARE(nextDueChange(entries, {store}, at(store, d, 6, 0)), at(store, d, 7, 0)); // turns amber
    QCOMPARE(nextDueChange(entries, {store}, at(store, d, 7, 0)), at(store, d, 10, 0)); // turns red
    QCOMPARE(nextDueChange(entries, {store}, at(store, d, 10, 0)), at(store, d.addDays(1), 0, 0)); // the next day
}

void DueTodayTest::pastDatesRefused_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("slot");
    QTest::addColumn<int>("minute");
    QTest::addColumn<bool>("accepted");
    const QDate today(2027, 1, 1); // now: 13:00 on New Year's Day, store-local
    QTest::newRow("yesterday (the year before)") << today.addDays(-1) << int(DueSlot::Evening) << -1 << false;
    QTest::newRow("this morning, ended") << today << int(DueSlot::Morning) << -1 << false;
    QTest::newRow("this afternoon, running") << today << int(DueSlot::Afternoon) << -1 << true;
    QTest::newRow("13:00 sharp: now") << today << int(DueSlot::Exact) << 780 << false;
    QTest::newRow("13:01") << today << int(DueSlot::Exact) << 781 << true;
    QTest::newRow("tomorrow morning") << today.addDays(1) << int(DueSlot::Morning) << -1 << true;
}

void DueTodayTest::pastDatesRefused()
{
    QFETCH(QDate, date);
    QFETCH(int, slot);
    QFETCH(int, minute);
    QFETCH(bool, accepted);
    const Store store = storeIn("Asia/Tokyo");
    const Status checked = checkDueAhead({date, DueSlot(slot), minute}, store, at(store, QDate(2027, 1, 1), 13, 0));
    QCOMPARE(checked.has_value(), accepted);
    if (!accepted) {
        QCOMPARE(checked.error().kind, Error::Kind::Rule);
        QVERIFY2(checked.error().message.startsWith(QStringLiteral("Date must be in the future")),
                 qPrintable(checked.error().message));
    }
    QVERIFY(!checkDueShape({QDate(2027, 1, 2), DueSlot::Exact, 1440}));
    QVERIFY(!checkDueShape({QDate(2027, 1, 2), DueSlot::None, -1}));
}

void DueTodayTest::lifecycle()
{
    using S = WorkOrderStatus;
    QVERIFY(orderStatusChangeAllowed(S::Pending, S::InProgress));
    QVERIFY(orderStatusChangeAllowed(S::Pending, S::Completed)); // an overdue order can still be completed
    QVERIFY(orderStatusChangeAllowed(S::InProgress, S::Completed));
    QVERIFY(orderStatusChangeAllowed(S::InProgress, S::Cancelled));
    QVERIFY(!orderStatusChangeAllowed(S::InProgress, S::InProgress));
    QVERIFY(!orderStatusChangeAllowed(S::Completed, S::InProgress));
    QVERIFY(!orderStatusChangeAllowed(S::Cancelled, S::Pending));
}

void DueTodayTest::trail()
{
    WorkOrder order = orderDue(QDate(2027, 10, 17), DueSlot::Afternoon);
    QCOMPARE(trailText({}, order), QStringLiteral("Oct 17"));
    const auto step = [](int count, QDate from, QDate to) {
        return OrderReschedule{count, {from, DueSlot::Morning, -1}, {to, DueSlot::Afternoon, -1}, {}, {}, {}};
    };
    const QDate oct10(2027, 10, 10);
    QCOMPARE(trailText({step(1, oct10, oct10.addDays(2)), step(2, oct10.addDays(2), oct10.addDays(5)),
                        step(3, oct10.addDays(5), oct10.addDays(7))},
                       order),
             QStringLiteral("Oct 10 → Oct 12 → Oct 15 → Oct 17"));
}

QTEST_GUILESS_MAIN(DueTodayTest)
#include "tst_duetoday.moc"
