#include "core/StoreSchedule.h"
#include "support/EngineFixture.h"

#include <QTest>

using namespace sams;
using test::EngineFixture;

// Slot states in domain.md's order, with capacity and partial locks.
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
                           EngineFixture::local(QStringLiteral("2027-01-05T09:30")), 103, 1, false});
    const StoreSchedule two = fixture.schedule();
    const SlotInfo first = two.slots(*two.chair(1), QDate(2027, 1, 5)).first();
    QCOMPARE(first.state, SlotState::Booked);
    QCOMPARE(first.appointments, (QList<AppointmentId>{101, 103}));
}

void TestStoreSchedule::bookedBeatsLocked()
{
    EngineFixture fixture;
    fixture.booked.append({EngineFixture::local(QStringLiteral("2027-01-06T09:00")),
                           EngineFixture::local(QStringLiteral("2027-01-06T09:30")), 104, 1, true});
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
    QTest::addColumn<bool>("override");
    QTest::addColumn<bool>("expected");

    QTest::newRow("on open slots") << 1 << QStringLiteral("2027-01-05T09:00") << 60 << false << true;
    QTest::newRow("off the slot grid") << 1 << QStringLiteral("2027-01-05T09:10") << 30 << false << false;
    QTest::newRow("into lunch") << 1 << QStringLiteral("2027-01-05T11:30") << 60 << false << false;
    QTest::newRow("under a lock") << 1 << QStringLiteral("2027-01-06T09:30") << 30 << false << false;
    QTest::newRow("under a lock it overrode") << 1 << QStringLiteral("2027-01-06T09:30") << 30 << true << true;
    QTest::newRow("chair ended") << 2 << QStringLiteral("2027-04-01T09:00") << 30 << false << false;
    QTest::newRow("chair not started") << 3 << QStringLiteral("2027-01-29T09:00") << 30 << false << false;
    QTest::newRow("half a slot") << 1 << QStringLiteral("2027-01-05T13:00") << 15 << false << false;
}

void TestStoreSchedule::fits()
{
    QFETCH(int, chair);
    QFETCH(QString, start);
    QFETCH(int, minutes);
    QFETCH(bool, override);
    QFETCH(bool, expected);
    const StoreSchedule schedule = EngineFixture().schedule();
    const qint64 s = EngineFixture::local(start);
    QCOMPARE(schedule.fits({s, s + qint64(minutes) * 60, 900, chair, override}), expected);
}

QTEST_GUILESS_MAIN(TestStoreSchedule)
#include "tst_storeschedule.moc"
