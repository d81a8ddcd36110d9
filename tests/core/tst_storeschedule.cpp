#include "core/StoreSchedule.h"
#include "support/DstFixture.h"
#include "support/EngineFixture.h"

#include <QTest>

using namespace sams;
using test::EngineFixture;

// Slot states in docs/rules.md's order, with capacity and partial locks.
class TestStoreSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void states_data();
    void states();
    void partialLockLocksEveryTouchedSlot();
    void capacityTwo();
    void bookedBeatsLocked();
    void fits_data();
    void fits();
    void newLockDisplacesAnOverride();
    void acrossMergedDstIntervals_data();
    void acrossMergedDstIntervals();
};

namespace {
QString describe(const QList<SlotInfo> &slots)
{
    QStringList parts;
    for (const SlotInfo &s : slots) {
        QString text = EngineFixture::localText(s.span.start).mid(11) + QLatin1Char(' ') + slotStateName(s.state);
        if (!s.appointments.isEmpty())
            text += QLatin1Char('#') + QString::number(s.appointments.first());
        parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

void TestStoreSchedule::states_data()
{
    QTest::addColumn<int>("chair");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    QTest::newRow("booked and open around lunch")
        << 1 << QDate(2027, 1, 5)
        << QStringLiteral("09:00 BOOKED#101, 09:30 BOOKED#101, 10:00 OPEN, 10:30 BOOKED#102, 11:00 OPEN, 11:30 OPEN, "
                          "13:00 OPEN, 13:30 OPEN, 14:00 OPEN, 14:30 OPEN, 15:00 OPEN, 15:30 OPEN, 16:00 OPEN, "
                          "16:30 OPEN");
    QTest::newRow("chair lock") << 1 << QDate(2027, 1, 6)
                                << QStringLiteral("09:00 LOCKED, 09:30 LOCKED, 10:00 OPEN, 10:30 OPEN, 11:00 OPEN, "
                                                  "11:30 OPEN, 13:00 OPEN, 13:30 OPEN, 14:00 OPEN, 14:30 OPEN, "
                                                  "15:00 OPEN, 15:30 OPEN, 16:00 OPEN, 16:30 OPEN");
    QTest::newRow("Saturday") << 2 << QDate(2027, 1, 9)
                              << QStringLiteral("10:00 OPEN, 10:30 OPEN, 11:00 OPEN, 11:30 OPEN, 12:00 OPEN, "
                                                "12:30 OPEN, 13:00 OPEN, 13:30 OPEN");
    QTest::newRow("Sunday: no slots") << 1 << QDate(2027, 1, 10) << QString();
    QTest::newRow("before the chair starts") << 3 << QDate(2027, 1, 29) << QString();
    QTest::newRow("after the chair ends") << 2 << QDate(2027, 4, 1) << QString();
}

void TestStoreSchedule::states()
{
    QFETCH(int, chair);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    const StoreSchedule schedule = EngineFixture().schedule();
    QCOMPARE(describe(schedule.slots(*schedule.chair(chair), date)), expected);
}

void TestStoreSchedule::partialLockLocksEveryTouchedSlot()
{
    EngineFixture fixture;
    fixture.rules.locks.append(
        {9, 1, ChairId{2},
         QDateTime::fromSecsSinceEpoch(EngineFixture::local(QStringLiteral("2027-01-05T09:45")), Qt::UTC),
         QDateTime::fromSecsSinceEpoch(EngineFixture::local(QStringLiteral("2027-01-05T10:15")), Qt::UTC),
         QStringLiteral("Plumber"), QStringLiteral("test"), 1});
    const StoreSchedule schedule = fixture.schedule();
    const QList<SlotInfo> slots = schedule.slots(*schedule.chair(2), QDate(2027, 1, 5));
    QCOMPARE(slots.at(0).state, SlotState::Open); // 09:00
    QCOMPARE(slots.at(1).state, SlotState::Locked); // 09:30, partly
    QCOMPARE(slots.at(1).lockReason, QStringLiteral("Plumber"));
    QCOMPARE(slots.at(2).state, SlotState::Locked); // 10:00, partly
    QCOMPARE(slots.at(3).state, SlotState::Open); // 10:30
}

void TestStoreSchedule::capacityTwo()
{
    EngineFixture fixture;
    fixture.rules.store.capacity = 2;
    const StoreSchedule one = fixture.schedule();
    QCOMPARE(one.slots(*one.chair(1), QDate(2027, 1, 5)).first().state, SlotState::Open);
    fixture.booked.append({EngineFixture::local(QStringLiteral("2027-01-05T09:00")),
                           EngineFixture::local(QStringLiteral("2027-01-05T09:30")),
                           103,
                           1,
                           {}});
    const StoreSchedule two = fixture.schedule();
    const SlotInfo first = two.slots(*two.chair(1), QDate(2027, 1, 5)).first();
    QCOMPARE(first.state, SlotState::Booked);
    QCOMPARE(first.appointments, (QList<AppointmentId>{101, 103}));
}

void TestStoreSchedule::bookedBeatsLocked()
{
    EngineFixture fixture;
    fixture.booked.append({EngineFixture::local(QStringLiteral("2027-01-06T09:00")),
                           EngineFixture::local(QStringLiteral("2027-01-06T09:30")),
                           104,
                           1,
                           {1}});
    const StoreSchedule schedule = fixture.schedule();
    const QList<SlotInfo> slots = schedule.slots(*schedule.chair(1), QDate(2027, 1, 6));
    QCOMPARE(slots.at(0).state, SlotState::Booked);
    QCOMPARE(slots.at(1).state, SlotState::Locked);
}

void TestStoreSchedule::fits_data()
{
    QTest::addColumn<int>("chair");
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QList<qint64>>("overridden"); // ids of the locks its override covered
    QTest::addColumn<bool>("expected");

    const QList<qint64> none;
    QTest::newRow("on open slots") << 1 << QStringLiteral("2027-01-05T09:00") << 60 << none << true;
    QTest::newRow("off the slot grid") << 1 << QStringLiteral("2027-01-05T09:10") << 30 << none << false;
    QTest::newRow("into lunch") << 1 << QStringLiteral("2027-01-05T11:30") << 60 << none << false;
    QTest::newRow("under a lock") << 1 << QStringLiteral("2027-01-06T09:30") << 30 << none << false;
    QTest::newRow("under a lock it overrode")
        << 1 << QStringLiteral("2027-01-06T09:30") << 30 << QList<qint64>{1} << true;
    // The override named another lock (the staff meeting), not this one.
    QTest::newRow("under a lock, another overridden")
        << 1 << QStringLiteral("2027-01-06T09:30") << 30 << QList<qint64>{2} << false;
    QTest::newRow("store-wide lock it overrode, chair 2")
        << 2 << QStringLiteral("2027-01-07T16:00") << 60 << QList<qint64>{2} << true;
    QTest::newRow("store-wide lock, chair lock overridden")
        << 1 << QStringLiteral("2027-01-07T16:00") << 30 << QList<qint64>{1} << false;
    QTest::newRow("chair ended") << 2 << QStringLiteral("2027-04-01T09:00") << 30 << none << false;
    QTest::newRow("chair not started") << 3 << QStringLiteral("2027-01-29T09:00") << 30 << none << false;
    QTest::newRow("half a slot") << 1 << QStringLiteral("2027-01-05T13:00") << 15 << none << false;
}

void TestStoreSchedule::fits()
{
    QFETCH(int, chair);
    QFETCH(QString, start);
    QFETCH(int, minutes);
    QFETCH(QList<qint64>, overridden);
    QFETCH(bool, expected);
    const StoreSchedule schedule = EngineFixture().schedule();
    const qint64 s = EngineFixture::local(start);
    QCOMPARE(schedule.fits({s, s + qint64(minutes) * 60, 900, chair, overridden}), expected);
}

// Case 07: booked into the training lock with an override; the chair then breaks
// and a second lock covers the morning. The override covered the training only.
void TestStoreSchedule::newLockDisplacesAnOverride()
{
    EngineFixture fixture;
    const qint64 start = EngineFixture::local(QStringLiteral("2027-01-06T09:00"));
    fixture.booked.append({start, start + 3600, 105, 1, {1}});
    QVERIFY(fixture.schedule().fits(fixture.booked.last()));

    auto lock = [](qint64 id, std::optional<ChairId> chair, const char *from, const char *to) {
        return Lock{id,
                    1,
                    chair,
                    QDateTime::fromSecsSinceEpoch(EngineFixture::local(QString::fromLatin1(from)), Qt::UTC),
                    QDateTime::fromSecsSinceEpoch(EngineFixture::local(QString::fromLatin1(to)), Qt::UTC),
                    QStringLiteral("Chair hydraulics broken"),
                    QStringLiteral("test"),
                    1};
    };
    // Another chair's lock at the same time changes nothing for it.
    fixture.rules.locks.append(lock(3, ChairId{2}, "2027-01-06T08:00", "2027-01-06T12:00"));
    QVERIFY(fixture.schedule().fits(fixture.booked.last()));
    // A lock over only its second half, and one over the whole store, displace it.
    for (const Lock &later : {lock(4, ChairId{1}, "2027-01-06T09:45", "2027-01-06T10:15"),
                              lock(4, std::nullopt, "2027-01-06T08:00", "2027-01-06T12:00")}) {
        EngineFixture withLock = fixture;
        withLock.rules.locks.append(later);
        const StoreSchedule schedule = withLock.schedule();
        QVERIFY(!schedule.fits(withLock.booked.last()));
        // Still booked: the slots stay BOOKED, nothing is cancelled.
        QCOMPARE(schedule.slots(*schedule.chair(1), QDate(2027, 1, 6)).at(1).state, SlotState::Booked);
        // Had the override covered both locks, it would still fit.
        withLock.booked.last().overriddenLocks = {1, 4};
        QVERIFY(withLock.schedule().fits(withLock.booked.last()));
    }
}

void TestStoreSchedule::acrossMergedDstIntervals_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("source"); // test::HoursSource
    QTest::addColumn<QString>("intervals");
    QTest::addColumn<int>("slotMinutes");
    QTest::addColumn<int>("slotCount");
    QTest::addColumn<QString>("start"); // an appointment across the merged boundary
    QTest::addColumn<int>("slots");

    using test::HoursSource;
    const QByteArray newYork("America/New_York");
    const QDate springForward(2027, 3, 14);
    const QString caseHours = QStringLiteral("00:00-02:30 03:00-05:00");
    // Shared case 01 (the break lies in the gap), from every source of intervals.
    QTest::newRow("case 01, store exception, 01:30 x3") << newYork << springForward << int(HoursSource::StoreException)
                                                        << caseHours << 30 << 8 << QStringLiteral("01:30") << 3;
    QTest::newRow("case 01, store hours, 03:00 x2") << newYork << springForward << int(HoursSource::StoreVersion)
                                                    << caseHours << 30 << 8 << QStringLiteral("03:00") << 2;
    QTest::newRow("chair's own hours, 01:30 x3") << newYork << springForward << int(HoursSource::ChairVersion)
                                                 << caseHours << 30 << 8 << QStringLiteral("01:30") << 3;
    QTest::newRow("chair exception, 45-minute slots") << newYork << springForward << int(HoursSource::ChairException)
                                                      << caseHours << 45 << 5 << QStringLiteral("01:30") << 2;
    QTest::newRow("Lord Howe, 30-minute gap, 15-minute slots")
        << QByteArray("Australia/Lord_Howe") << QDate(2027, 10, 3) << int(HoursSource::StoreVersion)
        << QStringLiteral("00:00-02:15 02:30-04:00") << 15 << 14 << QStringLiteral("01:45") << 3;
    QTest::newRow("Havana, gap at midnight")
        << QByteArray("America/Havana") << QDate(2027, 3, 14) << int(HoursSource::StoreException)
        << QStringLiteral("00:00-00:30 01:00-03:00") << 30 << 4 << QStringLiteral("01:00") << 4;
    QTest::newRow("Santiago, gap at midnight, chair exception")
        << QByteArray("America/Santiago") << QDate(2027, 9, 5) << int(HoursSource::ChairException)
        << QStringLiteral("00:00-00:45 01:00-02:00") << 15 << 4 << QStringLiteral("01:00") << 4;
}

void TestStoreSchedule::acrossMergedDstIntervals()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(int, source);
    QFETCH(QString, intervals);
    QFETCH(int, slotMinutes);
    QFETCH(int, slotCount);
    QFETCH(QString, start);
    QFETCH(int, slots);

    EngineFixture fixture = test::dstFixture(zone, date, test::HoursSource(source), intervals, slotMinutes);
    const StoreSchedule schedule = fixture.schedule();
    const QList<SlotInfo> offered = schedule.slots(*schedule.chair(1), date);
    QCOMPARE(offered.size(), slotCount);
    for (qsizetype i = 1; i < offered.size(); ++i)
        QVERIFY2(offered.at(i).span.start >= offered.at(i - 1).span.end, "an instant is offered twice");

    // An appointment across the merged boundary sits on open slots, and fills
    // exactly as many slots as it is long.
    const qint64 s = test::wallInstant(zone, date, start);
    const BookedSpan span{s, s + qint64(slots) * slotMinutes * 60, 900, 1};
    QVERIFY(schedule.fits(span));
    fixture.booked.append(span);
    const StoreSchedule booked = fixture.schedule();
    const QList<SlotInfo> after = booked.slots(*booked.chair(1), date);
    QCOMPARE(
        std::count_if(after.cbegin(), after.cend(), [](const SlotInfo &i) { return i.state == SlotState::Booked; }),
        slots);
}

QTEST_GUILESS_MAIN(TestStoreSchedule)
#include "tst_storeschedule.moc"
