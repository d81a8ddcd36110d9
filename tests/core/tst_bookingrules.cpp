#include "core/BookingRules.h"
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
    fixture.booked.append({request.start, request.start + 1800, 103, 1, false});
    const Result<SlotSpan> third = checkBooking(fixture.schedule(), request, EngineFixture::now());
    QVERIFY(!third.has_value());
    QCOMPARE(third.error().kind, Error::Kind::Conflict);
}

QTEST_GUILESS_MAIN(TestBookingRules)
#include "tst_bookingrules.moc"
