#include "core/MonthSummary.h"
#include "support/DstFixture.h"
#include "support/EngineFixture.h"

#include <QTest>

#include <functional>

using namespace sams;
using test::EngineFixture;

// The month view's counts per store-local day (docs/month-view.md).
class TestMonthSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dayCounts_data();
    void dayCounts();
    void everyDayOnce_data();
    void everyDayOnce();
    void gridStart_data();
    void gridStart();
    void utilisation_data();
    void utilisation();
};

using Change = std::function<void(EngineFixture &)>;
Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(sams::DayCounts)

namespace {
// Two chairs (1, 2) in January: weekdays 09:00-12:00 and 13:00-17:00 are 14 slots
// each, Saturdays 10:00-14:00 are 8.

qint64 at(const char *local)
{
    return EngineFixture::local(QString::fromLatin1(local));
}

Lock lockOn(qint64 id, std::optional<ChairId> chair, qint64 from, qint64 to)
{
    return {id,
            1,
            chair,
            QDateTime::fromSecsSinceEpoch(from, Qt::UTC),
            QDateTime::fromSecsSinceEpoch(to, Qt::UTC),
            QStringLiteral("Test"),
            QStringLiteral("test"),
            1};
}

void book(EngineFixture &f, AppointmentId id, ChairId chair, const char *from, const char *to,
          QList<qint64> overridden = {})
{
    f.booked.append({at(from), at(to), id, chair, std::move(overridden)});
}

// The whole of `date` open for every chair with one-hour slots: the slots are
// the day's real hours (docs/dst.md).
void openAllDay(EngineFixture &f, QDate date)
{
    f.rules.store.slotMinutes = 60;
    f.rules.exceptions.append(
        {40, 1, std::nullopt, date, test::intervalsOf(QStringLiteral("00:00-24:00")), QStringLiteral("All day"), 1});
}

// "booked open locked displaced capacity closed", one string so a failure shows all of it.
QString describe(const DayCounts &day)
{
    return QStringLiteral("booked=%1 open=%2 locked=%3 displaced=%4 capacity=%5%6")
        .arg(day.booked)
        .arg(day.open)
        .arg(day.locked)
        .arg(day.displaced)
        .arg(day.capacity)
        .arg(day.closed ? QStringLiteral(" closed") : QString());
}
} // namespace

void TestMonthSummary::dayCounts_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    const Change none = [](EngineFixture &) {};
    // 101 takes two slots, 102 one: three places of 28.
    QTest::newRow("weekday with bookings")
        << none << QDate(2027, 1, 5) << QStringLiteral("booked=2 open=25 locked=0 displaced=0 capacity=28");
    QTest::newRow("Saturday hours") << none << QDate(2027, 1, 9)
                                    << QStringLiteral("booked=0 open=16 locked=0 displaced=0 capacity=16");
    QTest::newRow("closed Sunday") << none << QDate(2027, 1, 10)
                                   << QStringLiteral("booked=0 open=0 locked=0 displaced=0 capacity=0 closed");
    QTest::newRow("before the store opens")
        << none << QDate(2027, 1, 1) << QStringLiteral("booked=0 open=0 locked=0 displaced=0 capacity=0 closed");
    // Training: Chair 1 09:00-10:00, two of its slots.
    QTest::newRow("lock covering part of a day")
        << none << QDate(2027, 1, 6) << QStringLiteral("booked=0 open=26 locked=2 displaced=0 capacity=28");
    // Staff meeting: every chair 16:00-17:00.
    QTest::newRow("store-wide lock") << none << QDate(2027, 1, 7)
                                     << QStringLiteral("booked=0 open=24 locked=4 displaced=0 capacity=28");
    // Chair 2's last day is 03-31, Chair 3 started 02-01.
    QTest::newRow("month end, last day of a chair")
        << none << QDate(2027, 3, 31) << QStringLiteral("booked=0 open=42 locked=0 displaced=0 capacity=42");
    QTest::newRow("month end, the day after")
        << none << QDate(2027, 4, 1) << QStringLiteral("booked=0 open=28 locked=0 displaced=0 capacity=28");
    QTest::newRow("month end, February 28")
        << Change([](EngineFixture &f) { book(f, 103, 1, "2027-02-28T23:30", "2027-03-01T00:00"); })
        << QDate(2027, 2, 28) << QStringLiteral("booked=1 open=0 locked=0 displaced=1 capacity=0 closed");

    // Capacity 2: a slot is two places; 103 shares 101's first slot.
    const Change capacityTwo = [](EngineFixture &f) {
        f.rules.store.capacity = 2;
        book(f, 103, 1, "2027-01-05T09:00", "2027-01-05T09:30");
    };
    QTest::newRow("capacity 2") << capacityTwo << QDate(2027, 1, 5)
                                << QStringLiteral("booked=3 open=52 locked=0 displaced=0 capacity=56");
    // Booked into the training lock with an override: its place is booked, the
    // free place beside it stays locked.
    QTest::newRow("capacity 2, lock over a booking") << Change([](EngineFixture &f) {
        f.rules.store.capacity = 2;
        book(f, 104, 1, "2027-01-06T09:00", "2027-01-06T09:30", {1});
    }) << QDate(2027, 1, 6) << QStringLiteral("booked=1 open=52 locked=3 displaced=0 capacity=56");

    // A lock saved over 102 afterwards: still booked, now displaced, its place taken.
    QTest::newRow("displaced by a lock") << Change([](EngineFixture &f) {
        f.rules.locks.append(lockOn(9, ChairId{1}, at("2027-01-05T10:30"), at("2027-01-05T11:00")));
    }) << QDate(2027, 1, 5) << QStringLiteral("booked=2 open=25 locked=0 displaced=1 capacity=28");
    QTest::newRow("displaced by a holiday") << Change([](EngineFixture &f) {
        f.rules.exceptions.append({40, 1, std::nullopt, QDate(2027, 1, 5), {}, QStringLiteral("Holiday"), 1});
    }) << QDate(2027, 1, 5) << QStringLiteral("booked=2 open=0 locked=0 displaced=2 capacity=0 closed");

    // New York's spring-forward Sunday has 23 hours, three chairs; 01:00-04:00
    // wall time is two real hours of Chair 1.
    QTest::newRow("DST spring forward, 23 hours") << Change([](EngineFixture &f) {
        openAllDay(f, QDate(2027, 3, 14));
        f.rules.locks.append(lockOn(9, ChairId{1}, at("2027-03-14T01:00"), at("2027-03-14T04:00")));
        book(f, 103, 2, "2027-03-14T03:00", "2027-03-14T04:00");
        book(f, 104, 2, "2027-03-14T23:00", "2027-03-15T00:00");
    }) << QDate(2027, 3, 14) << QStringLiteral("booked=2 open=65 locked=2 displaced=0 capacity=69");
    // The fall-back Sunday has 25 hours; Chair 2 has ended.
    QTest::newRow("DST fall back, 25 hours") << Change([](EngineFixture &f) {
        openAllDay(f, QDate(2027, 11, 7));
        book(f, 103, 1, "2027-11-07T00:00", "2027-11-07T01:00");
    }) << QDate(2027, 11, 7) << QStringLiteral("booked=1 open=49 locked=0 displaced=0 capacity=50");
}

void TestMonthSummary::dayCounts()
{
    QFETCH(Change, change);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    EngineFixture fixture;
    change(fixture);
    // The day inside a range, so neighbouring days' bookings must stay out of it.
    const QList<DayCounts> days = summariseDays(fixture.schedule(), date.addDays(-3), date.addDays(3));
    QCOMPARE(days.size(), 7);
    QCOMPARE(days.at(3).date, date);
    QCOMPARE(describe(days.at(3)), expected);
    QCOMPARE(days.at(3).bookedPlaces() + days.at(3).open + days.at(3).locked, days.at(3).capacity);
}

void TestMonthSummary::everyDayOnce_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("February grid") << monthGridStart(QDate(2027, 2, 10)) << QDate(2027, 3, 14);
    QTest::newRow("across the spring DST day") << QDate(2027, 3, 13) << QDate(2027, 3, 15);
    QTest::newRow("across the fall DST day") << QDate(2027, 11, 6) << QDate(2027, 11, 8);
    QTest::newRow("across the year end") << QDate(2026, 12, 28) << QDate(2027, 1, 3);
    QTest::newRow("one day") << QDate(2027, 1, 5) << QDate(2027, 1, 5);
    QTest::newRow("backwards") << QDate(2027, 1, 5) << QDate(2027, 1, 4);
}

void TestMonthSummary::everyDayOnce()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    EngineFixture fixture;
    // One appointment at the very start of every day, open or not: each must land
    // on its own day, whatever the day's length.
    fixture.booked.clear();
    for (QDate d = from; d <= to; d = d.addDays(1))
        fixture.booked.append({SlotCalculator::instantSecs(d, 0, EngineFixture::zone()),
                               SlotCalculator::instantSecs(d, 60, EngineFixture::zone()),
                               d.toJulianDay(),
                               1,
                               {}});
    const QList<DayCounts> days = summariseDays(fixture.schedule(), from, to);
    QCOMPARE(days.size(), std::max<qint64>(0, from.daysTo(to) + 1));
    for (qsizetype i = 0; i < days.size(); ++i) {
        QCOMPARE(days.at(i).date, from.addDays(i));
        QCOMPARE(days.at(i).booked, 1);
    }
}

void TestMonthSummary::gridStart_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("start");
    QTest::newRow("1st is a Monday") << QDate(2027, 2, 17) << QDate(2027, 2, 1);
    QTest::newRow("1st is a Sunday") << QDate(2027, 8, 31) << QDate(2027, 7, 26);
    QTest::newRow("1st is a Friday, year before") << QDate(2027, 1, 1) << QDate(2026, 12, 28);
    QTest::newRow("leap February") << QDate(2028, 2, 29) << QDate(2028, 1, 31);
}

void TestMonthSummary::gridStart()
{
    QFETCH(QDate, day);
    QFETCH(QDate, start);
    QCOMPARE(monthGridStart(day), start);
    QCOMPARE(start.dayOfWeek(), 1);
    // Six weeks always hold the whole month.
    const QDate last(day.year(), day.month(), day.daysInMonth());
    QVERIFY(start.addDays(monthGridDays - 1) >= last);
}

void TestMonthSummary::utilisation_data()
{
    QTest::addColumn<DayCounts>("day");
    QTest::addColumn<double>("expected");
    QTest::newRow("nothing bookable") << DayCounts{QDate(2027, 1, 10), 0, 0, 0, 0, 0, true} << 0.0;
    QTest::newRow("all open") << DayCounts{QDate(2027, 1, 9), 0, 16, 0, 0, 16, false} << 0.0;
    QTest::newRow("three of 28 places") << DayCounts{QDate(2027, 1, 5), 2, 25, 0, 0, 28, false} << 3.0 / 28;
    // Locked places are neither free nor booked.
    QTest::newRow("locks do not count") << DayCounts{QDate(2027, 1, 6), 1, 2, 6, 0, 10, false} << 2.0 / 4;
    QTest::newRow("full but for locks") << DayCounts{QDate(2027, 1, 7), 3, 0, 4, 0, 10, false} << 1.0;
    QTest::newRow("all locked") << DayCounts{QDate(2027, 1, 7), 0, 0, 10, 0, 10, false} << 0.0;
}

void TestMonthSummary::utilisation()
{
    QFETCH(DayCounts, day);
    QFETCH(double, expected);
    QCOMPARE(day.utilisation(), expected);
}

QTEST_GUILESS_MAIN(TestMonthSummary)
#include "tst_monthsummary.moc"
