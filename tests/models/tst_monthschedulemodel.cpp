#include "core/Clock.h"
#include "models/MonthScheduleModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sams;

class TestMonthScheduleModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { Clock::setFixed(QDateTime(QDate(2027, 3, 2), QTime(15, 0), Qt::UTC)); }
    void cleanup() { Clock::reset(); }
    void gridOfTheMonth_data();
    void gridOfTheMonth();
    void rolesCarryTheCounts();
    void accessibleText();
    void newCountsChangeOnlyTheirDays();
    void anotherMonthResets();
    void todayMoves();
    void weekdayHeaders();
};

namespace {
// Counts for every day of the grid of `month`, a pattern that depends on the date.
QList<DayCounts> countsFor(QDate month)
{
    QList<DayCounts> days;
    const QDate first = monthGridStart(month);
    for (int i = 0; i < monthGridDays; ++i) {
        const QDate date = first.addDays(i);
        const bool sunday = date.dayOfWeek() == 7;
        days.append(
            {date, sunday ? 0 : date.day() % 5, sunday ? 0 : 20 - date.day() % 5, 0, 0, sunday ? 0 : 20, sunday});
    }
    return days;
}
} // namespace

void TestMonthScheduleModel::gridOfTheMonth_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("topLeft");
    QTest::addColumn<QDate>("bottomRight");
    QTest::addColumn<int>("inMonth");
    QTest::newRow("February 2027 starts on a Monday")
        << QDate(2027, 2, 14) << QDate(2027, 2, 1) << QDate(2027, 3, 14) << 28;
    QTest::newRow("August 2027 starts on a Sunday")
        << QDate(2027, 8, 1) << QDate(2027, 7, 26) << QDate(2027, 9, 5) << 31;
    QTest::newRow("month end: March 31") << QDate(2027, 3, 31) << QDate(2027, 3, 1) << QDate(2027, 4, 11) << 31;
    QTest::newRow("leap February") << QDate(2028, 2, 29) << QDate(2028, 1, 31) << QDate(2028, 3, 12) << 29;
    QTest::newRow("across the year") << QDate(2027, 1, 20) << QDate(2026, 12, 28) << QDate(2027, 2, 7) << 31;
}

void TestMonthScheduleModel::gridOfTheMonth()
{
    QFETCH(QDate, day);
    QFETCH(QDate, topLeft);
    QFETCH(QDate, bottomRight);
    QFETCH(int, inMonth);
    MonthScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setMonth(day, countsFor(day));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.index(0, 0).data(MonthScheduleModel::DateRole).toDate(), topLeft);
    QCOMPARE(model.index(5, 6).data(MonthScheduleModel::DateRole).toDate(), bottomRight);
    int counted = 0;
    for (int row = 0; row < 6; ++row) {
        for (int column = 0; column < 7; ++column) {
            const QModelIndex cell = model.index(row, column);
            const QDate date = cell.data(MonthScheduleModel::DateRole).toDate();
            QCOMPARE(date.dayOfWeek(), column + 1); // Monday first
            QCOMPARE(cell.data().toInt(), date.day());
            QCOMPARE(model.indexOf(date), cell);
            QCOMPARE(model.dateAt(cell), date);
            const bool in = cell.data(MonthScheduleModel::InMonthRole).toBool();
            QCOMPARE(in, date.month() == day.month());
            counted += in;
        }
    }
    QCOMPARE(counted, inMonth);
    QVERIFY(!model.indexOf(topLeft.addDays(-1)).isValid());
    QVERIFY(!model.indexOf(bottomRight.addDays(1)).isValid());
}

void TestMonthScheduleModel::rolesCarryTheCounts()
{
    MonthScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<DayCounts> days = countsFor(QDate(2027, 3, 1));
    days[1] = {QDate(2027, 3, 2), 12, 30, 4, 1, 50, false}; // Tuesday: 16 places booked
    days.removeAt(20); // a day without counts: shown, but empty
    model.setMonth(QDate(2027, 3, 17), days);

    const QModelIndex tuesday = model.index(0, 1);
    QCOMPARE(tuesday.data(MonthScheduleModel::DateRole).toDate(), QDate(2027, 3, 2));
    QCOMPARE(tuesday.data(MonthScheduleModel::BookedRole).toInt(), 12);
    QCOMPARE(tuesday.data(MonthScheduleModel::OpenRole).toInt(), 30);
    QCOMPARE(tuesday.data(MonthScheduleModel::LockedRole).toInt(), 4);
    QCOMPARE(tuesday.data(MonthScheduleModel::DisplacedRole).toInt(), 1);
    QCOMPARE(tuesday.data(MonthScheduleModel::CapacityRole).toInt(), 50);
    QCOMPARE(tuesday.data(MonthScheduleModel::UtilisationRole).toDouble(), 16.0 / 46);
    QCOMPARE(tuesday.data(MonthScheduleModel::ClosedRole).toBool(), false);
    // "Now" is 2027-03-02 10:00 in New York, the tests' zone.
    QCOMPARE(tuesday.data(MonthScheduleModel::TodayRole).toBool(), true);
    QCOMPARE(model.index(0, 2).data(MonthScheduleModel::TodayRole).toBool(), false);

    const QModelIndex sunday = model.index(0, 6);
    QCOMPARE(sunday.data(MonthScheduleModel::ClosedRole).toBool(), true);
    QCOMPARE(sunday.data(MonthScheduleModel::UtilisationRole).toDouble(), 0.0);

    const QModelIndex missing = model.index(2, 6);
    QCOMPARE(missing.data(MonthScheduleModel::DateRole).toDate(), QDate(2027, 3, 21));
    QCOMPARE(missing.data(MonthScheduleModel::BookedRole).toInt(), 0);
    QCOMPARE(missing.data(MonthScheduleModel::CapacityRole).toInt(), 0);
}

void TestMonthScheduleModel::accessibleText()
{
    MonthScheduleModel model;
    QList<DayCounts> days = countsFor(QDate(2027, 3, 1));
    days[1] = {QDate(2027, 3, 2), 12, 30, 0, 1, 43, false};
    days[2] = {QDate(2027, 3, 3), 1, 20, 2, 0, 23, false};
    model.setMonth(QDate(2027, 3, 1), days);
    model.setToday(QDate(2027, 3, 10));
    QCOMPARE(model.index(0, 1).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Tuesday 2 March: 12 booked, 30 open, 1 displaced"));
    QCOMPARE(model.index(0, 2).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Wednesday 3 March: 1 booked, 20 open, 2 locked"));
    QCOMPARE(model.index(0, 6).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Sunday 7 March: closed"));
    QCOMPARE(model.index(1, 2).data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral("(today)")), true);
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole), model.index(0, 1).data(Qt::AccessibleTextRole));
}

// Live changes never reset the month: only the days whose counts changed are
// reported, so the view keeps its current day (docs/month-view.md).
void TestMonthScheduleModel::newCountsChangeOnlyTheirDays()
{
    MonthScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMonth(QDate(2027, 3, 1), countsFor(QDate(2027, 3, 1)));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The same counts again, from any day of the month: nothing.
    model.setMonth(QDate(2027, 3, 31), countsFor(QDate(2027, 3, 1)));
    QCOMPARE(changed.size() + resets.size() + aboutToReset.size(), 0);

    QList<DayCounts> next = countsFor(QDate(2027, 3, 1));
    next[3].booked += 1; // Thursday 4 March: one booked, one fewer open
    next[3].open -= 1;
    next[17].displaced = 2; // Thursday 18 March
    next[41].locked = 3; // Sunday 11 April, the last cell
    model.setMonth(QDate(2027, 3, 15), next);

    QCOMPARE(resets.size(), 0);
    QCOMPARE(aboutToReset.size(), 0);
    QCOMPARE(changed.size(), 3);
    QList<QDate> dates;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        QCOMPARE(signal.at(1).value<QModelIndex>(), topLeft); // one cell each
        dates.append(topLeft.data(MonthScheduleModel::DateRole).toDate());
    }
    QCOMPARE(dates, (QList<QDate>{QDate(2027, 3, 4), QDate(2027, 3, 18), QDate(2027, 4, 11)}));
    QCOMPARE(model.indexOf(QDate(2027, 3, 4)).data(MonthScheduleModel::BookedRole).toInt(), next.at(3).booked);
    QCOMPARE(model.indexOf(QDate(2027, 3, 18)).data(MonthScheduleModel::DisplacedRole).toInt(), 2);
    QCOMPARE(model.indexOf(QDate(2027, 4, 11)).data(MonthScheduleModel::LockedRole).toInt(), 3);
}

void TestMonthScheduleModel::anotherMonthResets()
{
    MonthScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMonth(QDate(2027, 3, 1), countsFor(QDate(2027, 3, 1)));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // April's grid starts on 29 March, inside March's: still another month.
    model.setMonth(QDate(2027, 4, 1), countsFor(QDate(2027, 4, 1)));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.month(), QDate(2027, 4, 1));
    QCOMPARE(model.firstDay(), QDate(2027, 3, 29));
    QCOMPARE(model.index(0, 0).data(MonthScheduleModel::InMonthRole).toBool(), false);
    model.setMonth({}, {});
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestMonthScheduleModel::todayMoves()
{
    MonthScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMonth(QDate(2027, 3, 1), countsFor(QDate(2027, 3, 1)));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setToday(QDate(2027, 3, 3));
    QCOMPARE(changed.size(), 1); // one change over the grid: which days are past moved too
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(5, 6));
    QCOMPARE(model.indexOf(QDate(2027, 3, 2)).data(MonthScheduleModel::TodayRole).toBool(), false);
    QCOMPARE(model.indexOf(QDate(2027, 3, 2)).data(MonthScheduleModel::PastRole).toBool(), true);
    QCOMPARE(model.indexOf(QDate(2027, 3, 3)).data(MonthScheduleModel::TodayRole).toBool(), true);
    QCOMPARE(model.indexOf(QDate(2027, 3, 3)).data(MonthScheduleModel::PastRole).toBool(), false);
    model.setToday(QDate(2027, 3, 3)); // unchanged: nothing said
    QCOMPARE(changed.size(), 1);
    model.setToday(QDate(2027, 5, 1)); // not shown: every shown day is past now
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.indexOf(QDate(2027, 3, 31)).data(MonthScheduleModel::PastRole).toBool(), true);
}

void TestMonthScheduleModel::weekdayHeaders()
{
    MonthScheduleModel model;
    model.setMonth(QDate(2027, 3, 1), countsFor(QDate(2027, 3, 1)));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Monday"));
    QCOMPARE(model.headerData(6, Qt::Horizontal).toString(), QStringLiteral("Sunday"));
}

QTEST_GUILESS_MAIN(TestMonthScheduleModel)
#include "tst_monthschedulemodel.moc"
