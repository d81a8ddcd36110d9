#include "core/SlotCalculator.h"

#include <QTest>

using namespace sams;

// Slots from wall-time intervals across DST days, month and year ends (domain.md).
class TestSlotCalculator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slotStarts_data();
    void slotStarts();
    void instantOf_data();
    void instantOf();
};

namespace {
QString localTimes(const QList<SlotSpan> &slots, const QTimeZone &zone)
{
    QStringList times;
    for (const SlotSpan &slot : slots)
        times.append(slot.startUtc().toTimeZone(zone).toString(QStringLiteral("HH:mm")));
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

    // The 00:00-04:00 examples of domain.md.
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

QTEST_GUILESS_MAIN(TestSlotCalculator)
#include "tst_slotcalculator.moc"
