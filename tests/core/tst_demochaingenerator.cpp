#include "core/DemoChainGenerator.h"
#include "core/HoursResolver.h"
#include "core/SlotCalculator.h"
#include "core/StoreSchedule.h"

#include <QSet>
#include <QTest>

using namespace sams;

// The demo chain must look like the real one and obey the domain rules itself.
class TestDemoChainGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void looksLikeTheChain();
    void appointmentsNeverOverlap();
    void activeAppointmentsFitOpenUnlockedHours();
    void sameSeedSameChain();

private:
    QDateTime m_now = QDateTime(QDate(2026, 12, 2), QTime(15, 0), Qt::UTC);
    ChainData m_chain;
};

void TestDemoChainGenerator::initTestCase()
{
    m_chain = DemoChainGenerator(m_now).generate();
}

void TestDemoChainGenerator::looksLikeTheChain()
{
    QVERIFY(m_chain.stores.size() >= 5);
    QSet<QByteArray> zones;
    for (const Store &store : std::as_const(m_chain.stores)) {
        zones.insert(store.timeZoneId);
        QVERIFY(store.timeZone().isValid());
        const auto chairs = std::count_if(m_chain.chairs.cbegin(), m_chain.chairs.cend(),
                                          [&](const Chair &c) { return c.storeId == store.id; });
        QVERIFY2(chairs >= 3 && chairs <= 6, qPrintable(store.code));
    }
    QVERIFY(zones.size() >= 4);

    const QDate today = m_now.date();
    const QDate nextMonth = QDate(today.year(), today.month(), 1).addMonths(1);
    QVERIFY(std::any_of(m_chain.chairs.cbegin(), m_chain.chairs.cend(), [&](const Chair &c) {
        return c.startsOn >= nextMonth && c.startsOn < nextMonth.addMonths(1);
    }));
    QVERIFY(std::any_of(m_chain.chairs.cbegin(), m_chain.chairs.cend(), [&](const Chair &c) {
        return c.endsOn.isValid() && c.endsOn > today && c.endsOn <= today.addDays(14);
    }));
    QVERIFY(std::any_of(m_chain.stores.cbegin(), m_chain.stores.cend(),
                        [&](const Store &s) { return s.opensOn == today.addDays(14) && s.visibleFrom <= today; }));
    // Lunch: some weekday has two intervals.
    QVERIFY(std::any_of(m_chain.hoursVersions.cbegin(), m_chain.hoursVersions.cend(),
                        [](const HoursVersion &v) { return v.week.at(0).size() >= 2; }));
    QVERIFY(m_chain.locks.size() >= 3);
    QVERIFY2(m_chain.appointments.size() >= 200 && m_chain.appointments.size() <= 2000,
             qPrintable(QString::number(m_chain.appointments.size())));
    QVERIFY(m_chain.workOrders.size() >= 10);
    // A new store tries one zip code live first.
    QVERIFY(std::any_of(m_chain.zipCodes.cbegin(), m_chain.zipCodes.cend(),
                        [](const ZipCode &z) { return !z.activeFrom.isValid(); }));
}

void TestDemoChainGenerator::appointmentsNeverOverlap()
{
    QHash<ChairId, QList<Appointment>> byChair;
    for (const Appointment &a : std::as_const(m_chain.appointments)) {
        if (a.isActive())
            byChair[a.chairId].append(a);
    }
    for (QList<Appointment> &list : byChair) {
        std::sort(list.begin(), list.end(),
                  [](const Appointment &x, const Appointment &y) { return x.startsAt < y.startsAt; });
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY2(list.at(i - 1).endsAt <= list.at(i).startsAt, qPrintable(QString::number(list.at(i).id)));
    }
}

void TestDemoChainGenerator::activeAppointmentsFitOpenUnlockedHours()
{
    // Every active appointment sits on open, unlocked slots, except the bookings
    // made on the retiring chair for days after its end: those are displaced.
    int displaced = 0;
    for (const Store &store : std::as_const(m_chain.stores)) {
        StoreRules rules{store, {}, m_chain.hoursVersions, m_chain.exceptions, m_chain.locks, m_chain.zipCodes};
        for (const Chair &c : std::as_const(m_chain.chairs)) {
            if (c.storeId == store.id)
                rules.chairs.append(c);
        }
        QList<BookedSpan> booked;
        for (const Appointment &a : std::as_const(m_chain.appointments)) {
            if (a.isActive() && std::any_of(rules.chairs.cbegin(), rules.chairs.cend(), [&](const Chair &c) {
                    return c.id == a.chairId;
                }))
                booked.append(bookedSpanOf(a));
        }
        const StoreSchedule schedule(rules, booked);
        for (const BookedSpan &span : booked) {
            if (schedule.fits(span))
                continue;
            const Chair *chair = schedule.chair(span.chairId);
            QVERIFY2(chair->endsOn.isValid() && schedule.localDate(span.start) > chair->endsOn,
                     qPrintable(QString::number(span.id)));
            ++displaced;
        }
    }
    QVERIFY(displaced > 0);
}

void TestDemoChainGenerator::sameSeedSameChain()
{
    const ChainData again = DemoChainGenerator(m_now).generate();
    QCOMPARE(again.appointments.size(), m_chain.appointments.size());
    QCOMPARE(again.appointments.last().customerName, m_chain.appointments.last().customerName);
}

QTEST_GUILESS_MAIN(TestDemoChainGenerator)
#include "tst_demochaingenerator.moc"
