#include "core/SlotSearch.h"
#include "support/EngineFixture.h"

#include <QTest>

using namespace sams;
using test::EngineFixture;

// Alternatives for a displaced appointment and first-available search.
class TestSlotSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openRunsSkipTakenAndLocked();
    void alternativesNearestFirst();
    void alternativesOtherChairsThenOtherDays();
    void firstAvailableAcrossStores();
    void firstAvailableNeedsTheWholeRun();
    void firstAvailableForTheWebKeepsTheWebRules();
};

namespace {
QStringList describe(const QList<SlotOffer> &offers)
{
    QStringList out;
    for (const SlotOffer &o : offers)
        out.append(QStringLiteral("%1 %2").arg(o.chairId).arg(EngineFixture::localText(o.span.start)));
    return out;
}
} // namespace

void TestSlotSearch::openRunsSkipTakenAndLocked()
{
    const StoreSchedule schedule = EngineFixture().schedule();
    const QList<SlotOffer> runs = openRuns(schedule, *schedule.chair(1), QDate(2027, 1, 5), 2, EngineFixture::now());
    QCOMPARE(describe(runs).mid(0, 3),
             (QStringList{QStringLiteral("1 2027-01-05T11:00"), QStringLiteral("1 2027-01-05T13:00"),
                          QStringLiteral("1 2027-01-05T13:30")}));
    // The appointment being moved frees its own slots.
    const QList<SlotOffer> moving
        = openRuns(schedule, *schedule.chair(1), QDate(2027, 1, 5), 2, EngineFixture::now(), 101);
    QCOMPARE(describe(moving).first(), QStringLiteral("1 2027-01-05T09:00"));
    const QList<SlotOffer> locked = openRuns(schedule, *schedule.chair(1), QDate(2027, 1, 6), 1, EngineFixture::now());
    QCOMPARE(describe(locked).first(), QStringLiteral("1 2027-01-06T10:00"));
}

void TestSlotSearch::alternativesNearestFirst()
{
    EngineFixture fixture;
    // A lock now covers 101's first slot: it is displaced.
    fixture.rules.locks.append(
        {9, 1, ChairId{1},
         QDateTime::fromSecsSinceEpoch(EngineFixture::local(QStringLiteral("2027-01-05T09:00")), Qt::UTC),
         QDateTime::fromSecsSinceEpoch(EngineFixture::local(QStringLiteral("2027-01-05T09:30")), Qt::UTC),
         QStringLiteral("Leak"), QStringLiteral("test"), 1});
    const StoreSchedule schedule = fixture.schedule();
    QVERIFY(!schedule.fits(fixture.booked.at(0)));
    const QList<SlotOffer> offers = alternativesFor(schedule, fixture.booked.at(0), EngineFixture::now(), 3);
    QCOMPARE(describe(offers),
             (QStringList{QStringLiteral("1 2027-01-05T09:30"), QStringLiteral("1 2027-01-05T11:00"),
                          QStringLiteral("1 2027-01-05T13:00")}));
}

void TestSlotSearch::alternativesOtherChairsThenOtherDays()
{
    EngineFixture fixture;
    // Chair 1 is locked all day, Chair 2 is full in the morning.
    fixture.rules.locks.append(
        {9, 1, ChairId{1},
         QDateTime::fromSecsSinceEpoch(EngineFixture::local(QStringLiteral("2027-01-05T00:00")), Qt::UTC),
         QDateTime::fromSecsSinceEpoch(EngineFixture::local(QStringLiteral("2027-01-06T00:00")), Qt::UTC),
         QStringLiteral("Repair"), QStringLiteral("test"), 1});
    fixture.booked.append({EngineFixture::local(QStringLiteral("2027-01-05T09:00")),
                           EngineFixture::local(QStringLiteral("2027-01-05T12:00")),
                           200,
                           2,
                           {}});
    const StoreSchedule schedule = fixture.schedule();
    const QList<SlotOffer> offers = alternativesFor(schedule, fixture.booked.at(0), EngineFixture::now(), 2);
    QCOMPARE(describe(offers),
             (QStringList{QStringLiteral("2 2027-01-05T13:00"), QStringLiteral("2 2027-01-05T13:30")}));

    // Nothing that day at all: the next day, same chair first.
    fixture.rules.locks.append(
        {10, 1, std::nullopt,
         QDateTime::fromSecsSinceEpoch(EngineFixture::local(QStringLiteral("2027-01-05T00:00")), Qt::UTC),
         QDateTime::fromSecsSinceEpoch(EngineFixture::local(QStringLiteral("2027-01-06T00:00")), Qt::UTC),
         QStringLiteral("Closed"), QStringLiteral("test"), 1});
    const StoreSchedule closed = fixture.schedule();
    const QList<SlotOffer> later = alternativesFor(closed, fixture.booked.at(0), EngineFixture::now(), 2);
    QCOMPARE(describe(later).first(), QStringLiteral("1 2027-01-06T10:00")); // 09:00-10:00 is locked for training
}

void TestSlotSearch::firstAvailableAcrossStores()
{
    EngineFixture newYork;
    EngineFixture chicago;
    chicago.rules.store.id = 2;
    chicago.rules.store.code = QStringLiteral("CHI");
    chicago.rules.store.timeZoneId = "America/Chicago";
    for (Chair &c : chicago.rules.chairs)
        c.storeId = 2;
    for (HoursVersion &v : chicago.rules.hoursVersions)
        v.storeId = 2;
    chicago.booked.clear();
    const StoreSchedule ny = newYork.schedule();
    const StoreSchedule chi = chicago.schedule();
    // 12:00 in New York is 11:00 in Chicago: Chicago's 11:00 slot beats New York's 13:00.
    const std::optional<SlotOffer> best = firstAvailable({&ny, &chi}, 1, EngineFixture::now(), 18);
    QVERIFY(best.has_value());
    QCOMPARE(best->storeId, StoreId{2});
    QCOMPARE(best->span.start, EngineFixture::now());
    const std::optional<SlotOffer> nyOnly = firstAvailable({&ny}, 1, EngineFixture::now(), 18);
    QCOMPARE(EngineFixture::localText(nyOnly->span.start), QStringLiteral("2027-01-04T13:00"));
}

void TestSlotSearch::firstAvailableNeedsTheWholeRun()
{
    const StoreSchedule schedule = EngineFixture().schedule();
    // Ten slots in a row never fit in a 3-hour morning or a 4-hour afternoon.
    QVERIFY(!firstAvailable({&schedule}, 10, EngineFixture::now(), 18).has_value());
    const std::optional<SlotOffer> eight = firstAvailable({&schedule}, 8, EngineFixture::now(), 18);
    QCOMPARE(EngineFixture::localText(eight->span.start), QStringLiteral("2027-01-04T13:00"));
}

void TestSlotSearch::firstAvailableForTheWebKeepsTheWebRules()
{
    EngineFixture fixture;
    fixture.rules.store.minNoticeMinutes = 120;
    const StoreSchedule schedule = fixture.schedule();
    // Staff may take 13:00 today; a web customer needs two hours' notice, so 14:00.
    QCOMPARE(EngineFixture::localText(firstAvailable({&schedule}, 1, EngineFixture::now(), 18)->span.start),
             QStringLiteral("2027-01-04T13:00"));
    const auto web
        = firstAvailable({&schedule}, 1, EngineFixture::now(), 18, BookingChannel::Web, QStringLiteral("10001"));
    QCOMPARE(EngineFixture::localText(web->span.start), QStringLiteral("2027-01-04T14:00"));
    // A zip code that is not live yet finds nothing online.
    QVERIFY(!firstAvailable({&schedule}, 1, EngineFixture::now(), 18, BookingChannel::Web, QStringLiteral("10002")));
}

QTEST_GUILESS_MAIN(TestSlotSearch)
#include "tst_slotsearch.moc"
