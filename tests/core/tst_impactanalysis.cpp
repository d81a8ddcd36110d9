#include "core/ImpactAnalysis.h"
#include "support/EngineFixture.h"

#include <QTest>

using namespace sams;
using test::EngineFixture;

// What a proposed change would displace, per day; nothing is ever moved.
class TestImpactAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void impact_data();
    void impact();
    void displacedInCurrentData();
    void newLockOverAnOverride_data();
    void newLockOverAnOverride();
    void changeLeavesTheScheduleAlone();
};

namespace {
HoursVersion storeHours(QDate from, const DayIntervals &weekdays, std::optional<ChairId> chair = std::nullopt)
{
    HoursVersion v;
    v.id = 50;
    v.storeId = 1;
    v.chairId = chair;
    v.effectiveFrom = from;
    v.setDays(1, 5, weekdays);
    v.setDays(6, 6, {{600, 840}});
    return v;
}

Lock lockOn(std::optional<ChairId> chair, const char *from, const char *to)
{
    return {60,
            1,
            chair,
            QDateTime::fromSecsSinceEpoch(EngineFixture::local(QString::fromLatin1(from)), Qt::UTC),
            QDateTime::fromSecsSinceEpoch(EngineFixture::local(QString::fromLatin1(to)), Qt::UTC),
            QStringLiteral("Proposed"),
            QStringLiteral("test"),
            1};
}

QString describe(const QList<DayImpact> &days)
{
    QStringList parts;
    for (const DayImpact &day : days) {
        QStringList ids;
        for (const BookedSpan &span : day.appointments)
            ids.append(QString::number(span.id));
        parts.append(day.date.toString(Qt::ISODate) + QLatin1Char(':') + ids.join(QLatin1Char(',')));
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

void TestImpactAnalysis::impact_data()
{
    QTest::addColumn<ProposedChange>("change");
    QTest::addColumn<QString>("expected");

    const DayIntervals usual{{540, 720}, {780, 1020}};
    QTest::newRow("extend hours displaces nothing")
        << ProposedChange(storeHours(QDate(2027, 1, 5), {{480, 720}, {780, 1200}})) << QString();
    QTest::newRow("reduce hours") << ProposedChange(storeHours(QDate(2027, 1, 5), {{540, 600}, {780, 1020}}))
                                  << QStringLiteral("2027-01-05:102");
    QTest::newRow("reduce hours from the day after")
        << ProposedChange(storeHours(QDate(2027, 1, 6), {{540, 600}})) << QString();
    QTest::newRow("shift the slot grid") << ProposedChange(storeHours(QDate(2027, 1, 5), {{555, 1020}}))
                                         << QStringLiteral("2027-01-05:101,102");
    QTest::newRow("chair override opens later")
        << ProposedChange(storeHours(QDate(2027, 1, 5), {{600, 1020}}, ChairId{1})) << QStringLiteral("2027-01-05:101");
    QTest::newRow("other chair's override")
        << ProposedChange(storeHours(QDate(2027, 1, 5), {{600, 1020}}, ChairId{2})) << QString();
    QTest::newRow("same hours again on the day itself")
        << ProposedChange(storeHours(QDate(2027, 1, 5), usual)) << QString();
    QTest::newRow("store holiday") << ProposedChange(
        DateException{70, 1, std::nullopt, QDate(2027, 1, 5), {}, QStringLiteral("Holiday"), 1})
                                   << QStringLiteral("2027-01-05:101,102");
    QTest::newRow("short day for the chair")
        << ProposedChange(DateException{70, 1, ChairId{1}, QDate(2027, 1, 5), {{540, 600}}, QStringLiteral("Short"), 1})
        << QStringLiteral("2027-01-05:102");
    QTest::newRow("holiday for another chair")
        << ProposedChange(DateException{70, 1, ChairId{2}, QDate(2027, 1, 5), {}, QStringLiteral("Off"), 1})
        << QString();
    QTest::newRow("lock over part of an appointment")
        << ProposedChange(lockOn(ChairId{1}, "2027-01-05T09:45", "2027-01-05T10:00"))
        << QStringLiteral("2027-01-05:101");
    QTest::newRow("store-wide lock") << ProposedChange(lockOn(std::nullopt, "2027-01-05T10:00", "2027-01-05T12:00"))
                                     << QStringLiteral("2027-01-05:102");
    QTest::newRow("lock on a free chair")
        << ProposedChange(lockOn(ChairId{2}, "2027-01-05T09:00", "2027-01-05T17:00")) << QString();
    QTest::newRow("chair ends before") << ProposedChange(ChairEndChange{1, QDate(2027, 1, 4)})
                                       << QStringLiteral("2027-01-05:101,102");
    QTest::newRow("chair ends on the day") << ProposedChange(ChairEndChange{1, QDate(2027, 1, 5)}) << QString();
    QTest::newRow("store closes") << ProposedChange(StoreCloseChange{QDate(2027, 1, 4)})
                                  << QStringLiteral("2027-01-05:101,102");
}

void TestImpactAnalysis::impact()
{
    QFETCH(ProposedChange, change);
    QFETCH(QString, expected);
    const StoreSchedule schedule = EngineFixture().schedule();
    QCOMPARE(describe(impactOf(schedule, change, QDate(2027, 1, 4), QDate(2027, 2, 28))), expected);
}

void TestImpactAnalysis::displacedInCurrentData()
{
    EngineFixture fixture;
    QCOMPARE(describe(displacedIn(fixture.schedule(), QDate(2027, 1, 1), QDate(2027, 12, 31))), QString());
    // The data as it is after someone saved a lock over 102 and ended nothing.
    fixture.rules = applyChange(fixture.rules, lockOn(ChairId{1}, "2027-01-05T10:30", "2027-01-05T11:00"));
    QCOMPARE(describe(displacedIn(fixture.schedule(), QDate(2027, 1, 1), QDate(2027, 12, 31))),
             QStringLiteral("2027-01-05:102"));
    // Still booked: displacement never cancels.
    QCOMPARE(fixture.schedule().bookedCount(1, fixture.booked.at(1).start, fixture.booked.at(1).end), 1);
}

void TestImpactAnalysis::newLockOverAnOverride_data()
{
    QTest::addColumn<ProposedChange>("change");
    QTest::addColumn<QString>("expected");

    QTest::newRow("chair lock over it") << ProposedChange(lockOn(ChairId{1}, "2027-01-06T08:00", "2027-01-06T12:00"))
                                        << QStringLiteral("2027-01-06:105");
    QTest::newRow("store-wide lock over its last half hour")
        << ProposedChange(lockOn(std::nullopt, "2027-01-06T09:30", "2027-01-06T10:00"))
        << QStringLiteral("2027-01-06:105");
    // Proposed with the id of the lock it overrode: still a new lock.
    Lock sameId = lockOn(ChairId{1}, "2027-01-06T09:00", "2027-01-06T10:00");
    sameId.id = 1;
    QTest::newRow("new lock carrying the overridden lock's id")
        << ProposedChange(sameId) << QStringLiteral("2027-01-06:105");
    QTest::newRow("lock on another chair")
        << ProposedChange(lockOn(ChairId{2}, "2027-01-06T08:00", "2027-01-06T12:00")) << QString();
    QTest::newRow("hours unchanged that day")
        << ProposedChange(storeHours(QDate(2027, 1, 6), {{540, 720}, {780, 1020}})) << QString();
    QTest::newRow("closed that day") << ProposedChange(
        DateException{70, 1, std::nullopt, QDate(2027, 1, 6), {}, QStringLiteral("Holiday"), 1})
                                     << QStringLiteral("2027-01-06:105");
}

// An appointment booked into the training lock (id 1) with an override: a new lock
// displaces it like any other appointment.
void TestImpactAnalysis::newLockOverAnOverride()
{
    QFETCH(ProposedChange, change);
    QFETCH(QString, expected);
    EngineFixture fixture;
    fixture.booked.append({EngineFixture::local(QStringLiteral("2027-01-06T09:00")),
                           EngineFixture::local(QStringLiteral("2027-01-06T10:00")),
                           105,
                           1,
                           {1}});
    const StoreSchedule schedule = fixture.schedule();
    QCOMPARE(describe(displacedIn(schedule, QDate(2027, 1, 4), QDate(2027, 2, 28))), QString());
    QCOMPARE(describe(impactOf(schedule, change, QDate(2027, 1, 4), QDate(2027, 2, 28))), expected);
    // Once saved, the data says the same.
    fixture.rules = applyChange(fixture.rules, change);
    QCOMPARE(describe(displacedIn(fixture.schedule(), QDate(2027, 1, 4), QDate(2027, 2, 28))), expected);
}

void TestImpactAnalysis::changeLeavesTheScheduleAlone()
{
    const EngineFixture fixture;
    const StoreSchedule schedule = fixture.schedule();
    impactOf(schedule, StoreCloseChange{QDate(2027, 1, 4)}, QDate(2027, 1, 4), QDate(2027, 1, 31));
    QVERIFY(!schedule.store().closesOn.isValid());
    QCOMPARE(schedule.booked(1).size(), 2);
}

QTEST_GUILESS_MAIN(TestImpactAnalysis)
#include "tst_impactanalysis.moc"
