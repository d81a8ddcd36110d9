#include "core/BookingRules.h"
#include "support/DstFixture.h"
#include "support/EngineFixture.h"

#include <QTest>

using namespace sams;
using test::EngineFixture;

// Every booking refusal with its reason, and the bookings that must pass.
class TestBookingRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void capacityTwo();
    void acrossMergedDstIntervals_data();
    void acrossMergedDstIntervals();
};

void TestBookingRules::check_data()
{
    QTest::addColumn<int>("chair");
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("slots");
    QTest::addColumn<int>("channel");
    QTest::addColumn<QString>("zip");
    QTest::addColumn<int>("override"); // 0 none, 1 asked without the right, 2 with the right
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("replacing");
    QTest::addColumn<int>("minNotice");
    QTest::addColumn<int>("expected"); // 0 booked, else Error::Kind
    QTest::addColumn<QString>("mentions");

    const int staff = int(BookingChannel::Staff);
    const int web = int(BookingChannel::Web);
    const int ok = 0;
    const int rule = int(Error::Kind::Rule);
    const int conflict = int(Error::Kind::Conflict);
    const int usage = int(Error::Kind::Usage);
    const int permission = int(Error::Kind::Permission);
    auto row
        = [&](const char *name, int chair, const char *start, int slots, int channel, const char *zip, int override,
              const char *reason, qint64 replacing, int minNotice, int expected, const char *mentions) {
              QTest::newRow(name) << chair << QString::fromLatin1(start) << slots << channel << QString::fromLatin1(zip)
                                  << override << QString::fromLatin1(reason) << replacing << minNotice << expected
                                  << QString::fromLatin1(mentions);
          };

    row("open slot", 1, "2027-01-05T10:00", 1, staff, "", 0, "", 0, 0, ok, "");
    row("two slots before lunch", 1, "2027-01-05T11:00", 2, staff, "", 0, "", 0, 0, ok, "");
    row("in the past", 1, "2027-01-04T09:00", 1, staff, "", 0, "", 0, 0, rule, "in the past");
    row("started a minute ago", 1, "2027-01-04T11:30", 1, staff, "", 0, "", 0, 0, rule, "in the past");
    row("lunch is closed", 1, "2027-01-05T12:00", 1, staff, "", 0, "", 0, 0, rule, "closed at 12:00");
    row("Sunday is closed", 1, "2027-01-10T10:00", 1, staff, "", 0, "", 0, 0, rule, "closed");
    row("not a slot start", 1, "2027-01-05T10:15", 1, staff, "", 0, "", 0, 0, rule, "closed at 10:15");
    row("run crosses lunch", 1, "2027-01-05T11:30", 2, staff, "", 0, "", 0, 0, rule, "only 1 consecutive");
    row("run crosses close", 1, "2027-01-05T16:30", 3, staff, "", 0, "", 0, 0, rule, "only 1 consecutive");
    row("taken", 1, "2027-01-05T09:30", 1, staff, "", 0, "", 0, 0, conflict, "already booked at 09:30");
    row("second slot taken", 1, "2027-01-05T10:00", 2, staff, "", 0, "", 0, 0, conflict, "already booked at 10:30");
    row("other chair is free", 2, "2027-01-05T09:30", 1, staff, "", 0, "", 0, 0, ok, "");
    row("move onto its own slots", 1, "2027-01-05T09:30", 1, staff, "", 0, "", 101, 0, ok, "");
    row("locked", 1, "2027-01-06T09:30", 1, staff, "", 0, "", 0, 0, rule, "locked at 09:30 on 2027-01-06: Training");
    row("before opening", 1, "2027-01-06T08:30", 1, staff, "", 0, "", 0, 0, rule, "closed at 08:30");
    row("lock covers the first of two", 1, "2027-01-06T09:30", 2, staff, "", 0, "", 0, 0, rule, "Training");
    row("store-wide lock", 3, "2027-02-04T16:00", 1, staff, "", 0, "", 0, 0, ok, "");
    row("store-wide lock on its day", 2, "2027-01-07T16:30", 1, staff, "", 0, "", 0, 0, rule, "Staff meeting");
    row("override without the right", 1, "2027-01-06T09:00", 1, staff, "", 1, "VIP", 0, 0, permission, "right");
    row("override without a reason", 1, "2027-01-06T09:00", 1, staff, "", 2, " ", 0, 0, usage, "reason");
    row("override with right and reason", 1, "2027-01-06T09:00", 2, staff, "", 2, "VIP", 0, 0, ok, "");
    row("chair not started", 3, "2027-01-11T10:00", 1, staff, "", 0, "", 0, 0, rule, "Chair 3 starts on 2027-02-01");
    row("chair's first day", 3, "2027-02-01T09:00", 1, staff, "", 0, "", 0, 0, ok, "");
    row("chair's last day", 2, "2027-03-31T16:30", 1, staff, "", 0, "", 0, 0, ok, "");
    row("chair ended", 2, "2027-04-01T09:00", 1, staff, "", 0, "", 0, 0, rule, "Chair 2 ended on 2027-03-31");
    row("store not open yet", 1, "2027-01-02T10:00", 1, staff, "", 0, "", 0, 0, rule, "opens on 2027-01-04");
    row("web within horizon", 1, "2027-01-22T10:00", 1, web, "10001", 0, "", 0, 0, ok, "");
    row("web beyond horizon", 1, "2027-01-25T10:00", 1, web, "10001", 0, "", 0, 0, rule, "18-day");
    row("staff beyond horizon", 1, "2027-01-25T10:00", 1, staff, "", 0, "", 0, 0, ok, "");
    row("web inactive zip", 1, "2027-01-05T10:00", 1, web, "10002", 0, "", 0, 0, rule, "10002");
    row("web unknown zip", 1, "2027-01-05T10:00", 1, web, "90210", 0, "", 0, 0, rule, "90210");
    row("web without zip", 1, "2027-01-05T10:00", 1, web, "", 0, "", 0, 0, rule, "zip code");
    row("web too short notice", 1, "2027-01-04T13:00", 1, web, "10001", 0, "", 0, 120, rule, "120 minutes");
    row("web with notice", 1, "2027-01-04T14:00", 1, web, "10001", 0, "", 0, 120, ok, "");
    row("staff ignores notice", 1, "2027-01-04T13:00", 1, staff, "", 0, "", 0, 120, ok, "");
    row("no slots", 1, "2027-01-05T10:00", 0, staff, "", 0, "", 0, 0, usage, "at least one slot");
    row("unknown chair", 9, "2027-01-05T10:00", 1, staff, "", 0, "", 0, 0, int(Error::Kind::Failed), "no such chair");
}

void TestBookingRules::check()
{
    QFETCH(int, chair);
    QFETCH(QString, start);
    QFETCH(int, slots);
    QFETCH(int, channel);
    QFETCH(QString, zip);
    QFETCH(int, override);
    QFETCH(QString, reason);
    QFETCH(qint64, replacing);
    QFETCH(int, minNotice);
    QFETCH(int, expected);
    QFETCH(QString, mentions);

    EngineFixture fixture;
    fixture.rules.store.minNoticeMinutes = minNotice;
    const StoreSchedule schedule = fixture.schedule();
    BookingRequest request;
    request.chairId = chair;
    request.start = EngineFixture::local(start);
    request.slotCount = slots;
    request.channel = static_cast<BookingChannel>(channel);
    request.customerZip = zip;
    request.overrideLock = override > 0;
    request.mayOverrideLocks = override == 2;
    request.overrideReason = reason;
    request.replacing = replacing;

    const Result<SlotSpan> result = checkBooking(schedule, request, EngineFixture::now());
    if (expected == 0) {
        QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->start, request.start);
        QCOMPARE(result->end - result->start, qint64(slots) * 30 * 60);
        return;
    }
    QVERIFY2(!result.has_value(), "booked, but should have been refused");
    QCOMPARE(int(result.error().kind), expected);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
}

void TestBookingRules::capacityTwo()
{
    EngineFixture fixture;
    fixture.rules.store.capacity = 2; // a group service: two customers per chair and slot
    BookingRequest request;
    request.chairId = 1;
    request.start = EngineFixture::local(QStringLiteral("2027-01-05T09:00"));
    QVERIFY(checkBooking(fixture.schedule(), request, EngineFixture::now()).has_value());
    fixture.booked.append({request.start, request.start + 1800, 103, 1, {}});
    const Result<SlotSpan> third = checkBooking(fixture.schedule(), request, EngineFixture::now());
    QVERIFY(!third.has_value());
    QCOMPARE(third.error().kind, Error::Kind::Conflict);
}

// Book and move across intervals that overlap once mapped (docs/dst.md).
void TestBookingRules::acrossMergedDstIntervals_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("source"); // test::HoursSource
    QTest::addColumn<QString>("intervals");
    QTest::addColumn<int>("slotMinutes");
    QTest::addColumn<QString>("existing"); // one-slot appointment 201 there, or none
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("slots");
    QTest::addColumn<qint64>("replacing");
    QTest::addColumn<int>("expected"); // 0 booked, else Error::Kind
    QTest::addColumn<QString>("mentions");

    using test::HoursSource;
    const int ok = 0;
    const int rule = int(Error::Kind::Rule);
    const int conflict = int(Error::Kind::Conflict);
    const QByteArray newYork("America/New_York");
    const QDate springForward(2027, 3, 14);
    const QString caseHours = QStringLiteral("00:00-02:30 03:00-05:00");
    auto row = [&](const char *name, const QByteArray &zone, QDate date, HoursSource source, const QString &intervals,
                   int slotMinutes, const char *existing, const char *start, int slots, qint64 replacing, int expected,
                   const char *mentions) {
        QTest::newRow(name) << zone << date << int(source) << intervals << slotMinutes << QString::fromLatin1(existing)
                            << QString::fromLatin1(start) << slots << replacing << expected
                            << QString::fromLatin1(mentions);
    };
    const auto exception = HoursSource::StoreException;
    // Shared case 01.
    row("case 01: 03:00 x2", newYork, springForward, exception, caseHours, 30, "", "03:00", 2, 0, ok, "");
    row("case 01: 01:30 x3", newYork, springForward, exception, caseHours, 30, "", "01:30", 3, 0, ok, "");
    row("the whole night", newYork, springForward, exception, caseHours, 30, "", "00:00", 8, 0, ok, "");
    row("one slot more than the night", newYork, springForward, exception, caseHours, 30, "", "00:00", 9, 0, rule,
        "only 8 consecutive");
    row("02:30 is 03:30", newYork, springForward, exception, caseHours, 30, "", "02:30", 3, 0, ok, "");
    row("across a booking at 03:00", newYork, springForward, exception, caseHours, 30, "03:00", "01:30", 3, 0, conflict,
        "already booked at 03:00");
    row("move 03:00 to 01:30 x3", newYork, springForward, exception, caseHours, 30, "03:00", "01:30", 3, 201, ok, "");
    row("chair's own hours, 45-minute slots", newYork, springForward, HoursSource::ChairVersion, caseHours, 45, "",
        "01:30", 2, 0, ok, "");
    row("45-minute slots: 03:00 is off the merged grid", newYork, springForward, HoursSource::ChairVersion, caseHours,
        45, "", "03:00", 1, 0, rule, "closed at 03:00");
    row("Lord Howe, 15-minute slots, 01:45 x3", "Australia/Lord_Howe", QDate(2027, 10, 3), HoursSource::StoreVersion,
        QStringLiteral("00:00-02:15 02:30-04:00"), 15, "", "01:45", 3, 0, ok, "");
    row("Lord Howe, move across the boundary over itself", "Australia/Lord_Howe", QDate(2027, 10, 3),
        HoursSource::StoreVersion, QStringLiteral("00:00-02:15 02:30-04:00"), 15, "01:45", "01:30", 4, 201, ok, "");
    row("Havana, gap at midnight, 01:00 x4", "America/Havana", QDate(2027, 3, 14), HoursSource::ChairException,
        QStringLiteral("00:00-00:30 01:00-03:00"), 30, "", "01:00", 4, 0, ok, "");
}

void TestBookingRules::acrossMergedDstIntervals()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(int, source);
    QFETCH(QString, intervals);
    QFETCH(int, slotMinutes);
    QFETCH(QString, existing);
    QFETCH(QString, start);
    QFETCH(int, slots);
    QFETCH(qint64, replacing);
    QFETCH(int, expected);
    QFETCH(QString, mentions);

    EngineFixture fixture = test::dstFixture(zone, date, test::HoursSource(source), intervals, slotMinutes);
    if (!existing.isEmpty()) {
        const qint64 at = test::wallInstant(zone, date, existing);
        fixture.booked.append({at, at + qint64(slotMinutes) * 60, 201, 1});
    }
    BookingRequest request;
    request.chairId = 1;
    request.start = test::wallInstant(zone, date, start);
    request.slotCount = slots;
    request.replacing = replacing;

    const Result<SlotSpan> result = checkBooking(fixture.schedule(), request, EngineFixture::now());
    if (expected == 0) {
        QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->end - result->start, qint64(slots) * slotMinutes * 60);
        return;
    }
    QVERIFY2(!result.has_value(), "booked, but should have been refused");
    QCOMPARE(int(result.error().kind), expected);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestBookingRules)
#include "tst_bookingrules.moc"
