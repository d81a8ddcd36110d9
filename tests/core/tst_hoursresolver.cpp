#include "core/HoursResolver.h"

#include <QTest>

using namespace sams;

// Which hours apply to a chair on a date: the precedence of docs/rules.md.
class TestHoursResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void precedence_data();
    void precedence();

private:
    Store m_store;
    Chair m_chair;
    Chair m_otherChair;
    QList<HoursVersion> m_versions;
    QList<DateException> m_exceptions;
};

namespace {
HoursVersion version(qint64 id, std::optional<ChairId> chair, QDate from, TimeInterval daily, bool follows = false)
{
    HoursVersion v;
    v.id = id;
    v.storeId = 1;
    v.chairId = chair;
    v.effectiveFrom = from;
    v.followsStore = follows;
    v.setDays(1, 6, {daily}); // Sundays closed
    return v;
}
} // namespace

void TestHoursResolver::initTestCase()
{
    m_store.id = 1;
    m_store.timeZoneId = "America/Chicago";
    m_store.opensOn = QDate(2027, 1, 4);
    m_store.closesOn = QDate(2027, 12, 31);
    m_chair = {10, 1, QStringLiteral("Chair 1"), QDate(2027, 1, 4), QDate(2027, 6, 30), 1};
    m_otherChair = {11, 1, QStringLiteral("Chair 2"), QDate(2027, 2, 1), QDate(), 1};
    m_versions = {
        version(1, std::nullopt, QDate(2027, 1, 1), {9 * 60, 17 * 60}),
        version(2, std::nullopt, QDate(2027, 3, 1), {8 * 60, 18 * 60}), // the store extends hours
        version(3, ChairId{10}, QDate(2027, 2, 1), {12 * 60, 20 * 60}), // chair 1 works late...
        version(4, ChairId{10}, QDate(2027, 4, 1), {0, 0}, true), // ...then follows the store again
    };
    m_exceptions = {
        {1, 1, std::nullopt, QDate(2027, 2, 15), {}, QStringLiteral("Holiday"), 1},
        {2, 1, ChairId{10}, QDate(2027, 2, 16), {{10 * 60, 11 * 60}}, QStringLiteral("Short day"), 1},
        {3, 1, std::nullopt, QDate(2027, 2, 16), {}, QStringLiteral("Store closed"), 1},
    };
}

void TestHoursResolver::precedence_data()
{
    QTest::addColumn<bool>("otherChair");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DayIntervals>("expected");

    const DayIntervals closed;
    QTest::newRow("before the store opens") << false << QDate(2027, 1, 2) << closed;
    QTest::newRow("store's first day") << false << QDate(2027, 1, 4) << DayIntervals{{540, 1020}};
    QTest::newRow("Sunday has no interval") << false << QDate(2027, 1, 10) << closed;
    QTest::newRow("chair version on its first day") << false << QDate(2027, 2, 1) << DayIntervals{{720, 1200}};
    QTest::newRow("other chair follows the store") << true << QDate(2027, 2, 1) << DayIntervals{{540, 1020}};
    QTest::newRow("store exception closes every chair") << false << QDate(2027, 2, 15) << closed;
    QTest::newRow("chair exception beats store exception") << false << QDate(2027, 2, 16) << DayIntervals{{600, 660}};
    QTest::newRow("store exception for the other chair") << true << QDate(2027, 2, 16) << closed;
    QTest::newRow("chair override beats new store hours") << false << QDate(2027, 3, 1) << DayIntervals{{720, 1200}};
    QTest::newRow("other chair gets new store hours") << true << QDate(2027, 3, 1) << DayIntervals{{480, 1080}};
    QTest::newRow("follow the store again") << false << QDate(2027, 4, 1) << DayIntervals{{480, 1080}};
    QTest::newRow("chair's last day") << false << QDate(2027, 6, 30) << DayIntervals{{480, 1080}};
    QTest::newRow("chair ended") << false << QDate(2027, 7, 1) << closed;
    QTest::newRow("before the other chair starts") << true << QDate(2027, 1, 29) << closed;
    QTest::newRow("store's last day") << true << QDate(2027, 12, 31) << DayIntervals{{480, 1080}};
    QTest::newRow("store closed") << true << QDate(2028, 1, 3) << closed;
}

void TestHoursResolver::precedence()
{
    QFETCH(bool, otherChair);
    QFETCH(QDate, date);
    QFETCH(DayIntervals, expected);
    const HoursResolver resolver(m_store, m_versions, m_exceptions);
    QCOMPARE(resolver.openIntervals(otherChair ? m_otherChair : m_chair, date), expected);
}

QTEST_GUILESS_MAIN(TestHoursResolver)
#include "tst_hoursresolver.moc"
