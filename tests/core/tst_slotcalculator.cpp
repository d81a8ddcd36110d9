#include "core/SlotCalculator.h"
#include "support/DstFixture.h"

#include <QTest>

#include <limits>

using namespace sams;
using test::intervalsOf;

// Slots from wall-time intervals across DST days, month and year ends (docs/rules.md).
class TestSlotCalculator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slotStarts_data();
    void slotStarts();
    void instantOf_data();
    void instantOf();
    void mappedIntervalsMerge_data();
    void mappedIntervalsMerge();
    void noInstantOfferedTwice_data();
    void noInstantOfferedTwice();
};

namespace {
QString localTimes(const QList<SlotSpan> &slots, const QTimeZone &zone)
{
    QStringList times;
    for (const SlotSpan &slot : slots)
        times.append(slot.startUtc().toTimeZone(zone).toString(QStringLiteral("HH:mm")));
    return times.join(QLatin1Char(' '));
}

// "00:00-05" / "02:30+11": wall time and UTC offset, so the two 01:00s of a fold
// and the two sides of a gap are told apart.
QString stamps(const QList<SlotSpan> &slots, const QTimeZone &zone)
{
    QStringList times;
    for (const SlotSpan &slot : slots) {
        const QDateTime local = slot.startUtc().toTimeZone(zone);
        const int offset = local.offsetFromUtc();
        QString text = local.toString(QStringLiteral("HH:mm")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
            + QString::number(std::abs(offset) / 3600);
        if (offset % 3600 != 0)
            text += QLatin1Char(':') + QString::number(std::abs(offset) % 3600 / 60);
        times.append(text);
    }
    return times.join(QLatin1Char(' '));
}

} // namespace

void TestSlotCalculator::slotStarts_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("open");
    QTest::addColumn<int>("close");
    QTest::addColumn<int>("slotMinutes");
    QTest::addColumn<QString>("expected");

    // The 00:00-04:00 examples of docs/rules.md.
    QTest::newRow("New York spring forward") << QByteArray("America/New_York") << QDate(2027, 3, 14) << 0 << 240 << 30
                                             << QStringLiteral("00:00 00:30 01:00 01:30 03:00 03:30");
    QTest::newRow("New York fall back") << QByteArray("America/New_York") << QDate(2026, 11, 1) << 0 << 240 << 30
                                        << QStringLiteral(
                                               "00:00 00:30 01:00 01:30 01:00 01:30 02:00 02:30 03:00 03:30");
    QTest::newRow("Chicago spring forward")
        << QByteArray("America/Chicago") << QDate(2027, 3, 14) << 60 << 240 << 60 << QStringLiteral("01:00 03:00");
    QTest::newRow("Chicago fall back") << QByteArray("America/Chicago") << QDate(2026, 11, 1) << 60 << 180 << 60
                                       << QStringLiteral("01:00 01:00 02:00");
    QTest::newRow("Phoenix has no DST") << QByteArray("America/Phoenix") << QDate(2027, 3, 14) << 0 << 240 << 60
                                        << QStringLiteral("00:00 01:00 02:00 03:00");
    // Southern hemisphere: Sydney springs forward on the first Sunday of October.
    QTest::newRow("Sydney spring forward")
        << QByteArray("Australia/Sydney") << QDate(2026, 10, 4) << 60 << 240 << 60 << QStringLiteral("01:00 03:00");
    QTest::newRow("Sydney fall back") << QByteArray("Australia/Sydney") << QDate(2027, 4, 4) << 60 << 240 << 60
                                      << QStringLiteral("01:00 02:00 02:00 03:00");
    QTest::newRow("close at 24:00") << QByteArray("America/New_York") << QDate(2026, 12, 31) << 22 * 60 << 24 * 60 << 30
                                    << QStringLiteral("22:00 22:30 23:00 23:30");
    QTest::newRow("slot crossing close is not made") << QByteArray("America/Denver") << QDate(2027, 2, 28) << 9 * 60
                                                     << 10 * 60 + 45 << 30 << QStringLiteral("09:00 09:30 10:00");
    QTest::newRow("ordinary day") << QByteArray("America/Los_Angeles") << QDate(2027, 1, 1) << 9 * 60 << 11 * 60 << 60
                                  << QStringLiteral("09:00 10:00");
}

void TestSlotCalculator::slotStarts()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(int, open);
    QFETCH(int, close);
    QFETCH(int, slotMinutes);
    QFETCH(QString, expected);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    const QList<SlotSpan> slots = SlotCalculator::slotsOn(date, {{open, close}}, tz, slotMinutes);
    QCOMPARE(localTimes(slots, tz), expected);
    for (const SlotSpan &slot : slots)
        QCOMPARE(slot.end - slot.start, qint64(slotMinutes) * 60); // elapsed time, not wall time
}

void TestSlotCalculator::instantOf_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("minute");
    QTest::addColumn<QDateTime>("expectedUtc");

    QTest::newRow("gap maps after the gap") << QByteArray("America/New_York") << QDate(2027, 3, 14) << 150
                                            << QDateTime(QDate(2027, 3, 14), QTime(7, 30), Qt::UTC);
    QTest::newRow("fold maps to the first occurrence") << QByteArray("America/New_York") << QDate(2026, 11, 1) << 90
                                                       << QDateTime(QDate(2026, 11, 1), QTime(5, 30), Qt::UTC);
    QTest::newRow("24:00 is next midnight, year end") << QByteArray("America/Chicago") << QDate(2026, 12, 31) << 24 * 60
                                                      << QDateTime(QDate(2027, 1, 1), QTime(6, 0), Qt::UTC);
    QTest::newRow("month end") << QByteArray("America/Phoenix") << QDate(2027, 2, 28) << 23 * 60 + 30
                               << QDateTime(QDate(2027, 3, 1), QTime(6, 30), Qt::UTC);
    QTest::newRow("leap day") << QByteArray("Australia/Sydney") << QDate(2028, 2, 29) << 9 * 60
                              << QDateTime(QDate(2028, 2, 28), QTime(22, 0), Qt::UTC);
}

void TestSlotCalculator::instantOf()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(int, minute);
    QFETCH(QDateTime, expectedUtc);
    QCOMPARE(SlotCalculator::instantOf(date, minute, QTimeZone(zone)), expectedUtc);
}

void TestSlotCalculator::mappedIntervalsMerge_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("intervals");
    QTest::addColumn<int>("slotMinutes");
    QTest::addColumn<QString>("expected");

    // Shared case 01: the break 02:30-03:00 lies in the gap, so 02:30 becomes 03:30
    // and the first interval closes after the second opens.
    QTest::newRow("New York: break inside the gap")
        << QByteArray("America/New_York") << QDate(2027, 3, 14) << QStringLiteral("00:00-02:30 03:00-05:00") << 30
        << QStringLiteral("00:00-5 00:30-5 01:00-5 01:30-5 03:00-4 03:30-4 04:00-4 04:30-4");
    QTest::newRow("New York: grids differ, the earliest open's grid runs on")
        << QByteArray("America/New_York") << QDate(2027, 3, 14) << QStringLiteral("00:00-02:30 03:00-05:00") << 45
        << QStringLiteral("00:00-5 00:45-5 01:30-5 03:15-4 04:00-4");
    QTest::newRow("Lord Howe: 30-minute gap, 15-minute slots")
        << QByteArray("Australia/Lord_Howe") << QDate(2027, 10, 3) << QStringLiteral("00:00-02:15 02:30-04:00") << 15
        << QStringLiteral("00:00+10:30 00:15+10:30 00:30+10:30 00:45+10:30 01:00+10:30 01:15+10:30 01:30+10:30 "
                          "01:45+10:30 02:30+11 02:45+11 03:00+11 03:15+11 03:30+11 03:45+11");
    QTest::newRow("Havana: gap at midnight, break inside it")
        << QByteArray("America/Havana") << QDate(2027, 3, 14) << QStringLiteral("00:00-00:30 01:00-03:00") << 30
        << QStringLiteral("01:00-4 01:30-4 02:00-4 02:30-4");
    QTest::newRow("Santiago: gap at midnight, 15-minute slots")
        << QByteArray("America/Santiago") << QDate(2027, 9, 5) << QStringLiteral("00:00-00:45 01:00-02:00") << 15
        << QStringLiteral("01:00-3 01:15-3 01:30-3 01:45-3");
    QTest::newRow("Nuuk: a close in a gap crossing midnight stays on its date")
        << QByteArray("America/Nuuk") << QDate(2027, 3, 27) << QStringLiteral("22:00-23:30") << 30
        << QStringLiteral("22:00-2 22:30-2");
    QTest::newRow("Nuuk: the next date keeps its midnight")
        << QByteArray("America/Nuuk") << QDate(2027, 3, 28) << QStringLiteral("00:00-01:00") << 30
        << QStringLiteral("00:00-1 00:30-1");
    QTest::newRow("interval wholly in the gap moves past it")
        << QByteArray("America/New_York") << QDate(2027, 3, 14) << QStringLiteral("02:00-02:30") << 30
        << QStringLiteral("03:00-4");
    QTest::newRow("interval whose open moves past its close is empty")
        << QByteArray("America/New_York") << QDate(2027, 3, 14) << QStringLiteral("01:00-02:00 02:30-03:00 03:00-04:00")
        << 30 << QStringLiteral("01:00-5 01:30-5 03:00-4 03:30-4");
    QTest::newRow("fold: touching intervals keep both hours")
        << QByteArray("America/New_York") << QDate(2027, 11, 7) << QStringLiteral("00:00-01:30 01:30-03:00") << 30
        << QStringLiteral("00:00-4 00:30-4 01:00-4 01:30-4 01:00-5 01:30-5 02:00-5 02:30-5");
    QTest::newRow("intervals listed out of order come out in order")
        << QByteArray("America/Los_Angeles") << QDate(2027, 1, 5) << QStringLiteral("13:00-14:00 09:00-10:00") << 30
        << QStringLiteral("09:00-8 09:30-8 13:00-8 13:30-8");
    QTest::newRow("overlapping wall intervals (unchecked rows) merge")
        << QByteArray("America/Los_Angeles") << QDate(2027, 1, 5) << QStringLiteral("09:00-10:30 10:00-11:00") << 30
        << QStringLiteral("09:00-8 09:30-8 10:00-8 10:30-8");
    QTest::newRow("touching intervals keep their own grids")
        << QByteArray("America/Los_Angeles") << QDate(2027, 1, 5) << QStringLiteral("09:00-10:10 10:10-11:00") << 30
        << QStringLiteral("09:00-8 09:30-8 10:10-8");
}

void TestSlotCalculator::mappedIntervalsMerge()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(QString, intervals);
    QFETCH(int, slotMinutes);
    QFETCH(QString, expected);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    QCOMPARE(stamps(SlotCalculator::slotsOn(date, intervalsOf(intervals), tz, slotMinutes), tz), expected);
}

void TestSlotCalculator::noInstantOfferedTwice_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date"); // a 2027 transition date: it is checked with its neighbours

    // Every 2027 transition at or near midnight and every one not a whole hour
    // (found with QTimeZone::transitions), and New York's.
    const QList<std::pair<const char *, QDate>> transitions = {
        {"America/New_York", QDate(2027, 3, 14)},   {"America/New_York", QDate(2027, 11, 7)},
        {"Australia/Lord_Howe", QDate(2027, 4, 4)}, {"Australia/Lord_Howe", QDate(2027, 10, 3)},
        {"America/Havana", QDate(2027, 3, 14)},     {"America/Havana", QDate(2027, 11, 7)},
        {"America/Santiago", QDate(2027, 4, 3)},    {"America/Santiago", QDate(2027, 9, 5)},
        {"America/Nuuk", QDate(2027, 3, 27)},       {"America/Nuuk", QDate(2027, 10, 30)},
        {"Asia/Beirut", QDate(2027, 3, 28)},        {"Asia/Beirut", QDate(2027, 10, 30)},
        {"Africa/Cairo", QDate(2027, 4, 30)},       {"Africa/Cairo", QDate(2027, 10, 28)},
        {"Atlantic/Azores", QDate(2027, 3, 28)},    {"Atlantic/Azores", QDate(2027, 10, 31)},
    };
    for (const auto &[zone, date] : transitions)
        QTest::addRow("%s %s", zone, qPrintable(date.toString(Qt::ISODate))) << QByteArray(zone) << date;
}

void TestSlotCalculator::noInstantOfferedTwice()
{
    // Breaks of 15 and 45 minutes (shorter than a 30-minute and a 60-minute gap,
    // so a break can end after its gap while its start moves past that end) at
    // every quarter hour near the transitions (all of them lie between 23:00 and
    // 02:30 wall time), for several slot lengths, on the transition date and the
    // dates around it: slots are in time order, never share an instant (also
    // across midnight) and belong to their date.
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    for (const int breakMinutes : {15, 45}) {
        QList<int> breaks;
        for (int minute = 15; minute <= 4 * 60; minute += 15)
            breaks << minute << 24 * 60 - breakMinutes - minute;
        for (const int slotMinutes : {15, 30, 45, 60}) {
            for (const int breakAt : std::as_const(breaks)) {
                const DayIntervals intervals{{0, breakAt}, {breakAt + breakMinutes, 24 * 60}};
                qint64 previousEnd = std::numeric_limits<qint64>::min();
                for (QDate day = date.addDays(-1); day <= date.addDays(1); day = day.addDays(1)) {
                    for (const SlotSpan &slot : SlotCalculator::slotsOn(day, intervals, tz, slotMinutes)) {
                        QVERIFY2(
                            slot.start >= previousEnd,
                            qPrintable(QStringLiteral("%1 slot %2 twice (break %3-%4, %5-minute slots)")
                                           .arg(day.toString(Qt::ISODate), stamps({slot}, tz),
                                                formatMinuteOfDay(breakAt), formatMinuteOfDay(breakAt + breakMinutes))
                                           .arg(slotMinutes)));
                        QCOMPARE(slot.startUtc().toTimeZone(tz).date(), day);
                        previousEnd = slot.end;
                    }
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestSlotCalculator)
#include "tst_slotcalculator.moc"
