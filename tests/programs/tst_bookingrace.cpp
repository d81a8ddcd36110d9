#include "core/Clock.h"
#include "core/SlotCalculator.h"
#include "core/StoreScheduleLoader.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlScheduleRepository.h"
#include "support/TestDatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace sams;

// No double booking under a real race: 16 processes book the same 50 slots at
// once, each in its own order. Exactly 50 bookings survive, everyone else hears
// "that slot was just taken", and samsctl check finds nothing wrong. With capacity
// two, 16 processes race for bookings that only fit by re-seating what is there.
class TestBookingRace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void sixteenWritersFiftySlots();
    void sixteenWritersReseatingAtCapacityTwo();

private:
    static QProcessEnvironment environment(const test::TestDatabase &file);
    // samsctl init and import of the test spreadsheet.
    static void setUp(const test::TestDatabase &file);
    // 16 race_workers book `starts` at once; adds up what they report.
    static void race(const test::TestDatabase &file, const QString &store, const QString &chair,
                     const QStringList &starts, int &booked, int &conflicts);
    static void expectCheckClean(const test::TestDatabase &file);
};

QProcessEnvironment TestBookingRace::environment(const test::TestDatabase &file)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMS_FAKE_NOW"), QStringLiteral("2027-03-01T12:00:00Z"));
    env.insert(QStringLiteral("SAMS_DB"), file.urlText());
    return env;
}

void TestBookingRace::setUp(const test::TestDatabase &file)
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("init")},
          QStringList{QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/spreadsheet")}}) {
        QProcess p;
        p.setProcessEnvironment(environment(file));
        p.start(QStringLiteral(SAMSCTL_PATH), args);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
}

void TestBookingRace::race(const test::TestDatabase &file, const QString &store, const QString &chair,
                           const QStringList &starts, int &booked, int &conflicts)
{
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int i = 0; i < 16; ++i) {
        auto worker = std::make_unique<QProcess>();
        worker->setProcessEnvironment(environment(file));
        worker->start(QStringLiteral(RACE_WORKER_PATH),
                      QStringList{file.urlText(), store, chair, QString::number(i + 1)} + starts);
        workers.push_back(std::move(worker));
    }
    booked = 0;
    conflicts = 0;
    static const QRegularExpression report(QStringLiteral("booked (\\d+) conflicts (\\d+) errors (\\d+)"));
    for (auto &worker : workers) {
        QVERIFY(worker->waitForFinished(240000));
        const QString output = QString::fromUtf8(worker->readAllStandardOutput());
        QVERIFY2(worker->exitCode() == 0, qPrintable(output)); // no crash, no other error
        const QRegularExpressionMatch m = report.match(output);
        QVERIFY2(m.hasMatch(), qPrintable(output));
        booked += m.captured(1).toInt();
        conflicts += m.captured(2).toInt();
    }
}

void TestBookingRace::expectCheckClean(const test::TestDatabase &file)
{
    QProcess check;
    check.setProcessEnvironment(environment(file));
    check.start(QStringLiteral(SAMSCTL_PATH), {QStringLiteral("check")});
    QVERIFY(check.waitForFinished(60000));
    QVERIFY2(check.exitCode() == 0,
             QByteArray(check.readAllStandardOutput() + check.readAllStandardError()).constData());
}

void TestBookingRace::sixteenWritersFiftySlots()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    setUp(file);
    if (QTest::currentTestFailed())
        return;

    // 50 half-hour slots of Chair 1 at NYC-1: Monday to Thursday, 14 a day.
    QStringList starts;
    for (int day = 8; day <= 11 && starts.size() < 50; ++day) {
        for (int minute : {540, 570, 600, 630, 660, 690, 780, 810, 840, 870, 900, 930, 960, 990}) {
            if (starts.size() < 50)
                starts.append(QStringLiteral("2027-03-%1T%2:%3")
                                  .arg(day, 2, 10, QLatin1Char('0'))
                                  .arg(minute / 60, 2, 10, QLatin1Char('0'))
                                  .arg(minute % 60, 2, 10, QLatin1Char('0')));
        }
    }
    QCOMPARE(starts.size(), 50);

    int booked = 0, conflicts = 0;
    race(file, QStringLiteral("NYC-1"), QStringLiteral("Chair 1"), starts, booked, conflicts);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(booked, 50);
    QCOMPARE(conflicts, 16 * 50 - 50);

    auto database = file.open();
    SqlScheduleRepository repository(*database);
    const Store nyc = repository.stores()->at(1);
    QCOMPARE(nyc.code, QStringLiteral("NYC-1"));
    const auto appointments = repository.appointments(nyc.id, QDateTime(QDate(2027, 3, 8), QTime(0, 0), Qt::UTC),
                                                      QDateTime(QDate(2027, 3, 13), QTime(0, 0), Qt::UTC));
    QCOMPARE(appointments->size(), 50);
    expectCheckClean(file);
}

void TestBookingRace::sixteenWritersReseatingAtCapacityTwo()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    setUp(file);
    if (QTest::currentTestFailed())
        return;

    // PHX-1 (Phoenix, 60-minute slots, capacity 2), Chair A, open 08:00-24:00 on
    // Monday 8 and Wednesday 10 March. Five times a day, at hour T: one appointment
    // at T on seat 0 and one at T+2h on seat 1 (a cancelled booking pushed it
    // there). Each slot of T..T+3h has a free place, but no seat is free for all
    // three: the three-slot booking at T fits only by re-seating.
    Clock::setFixed(QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC));
    const QTimeZone phoenix("America/Phoenix");
    QStringList starts;
    {
        auto database = file.open();
        SqlScheduleRepository repository(*database);
        const Result<Store> store = findStore(repository, QStringLiteral("PHX-1"));
        QVERIFY(store);
        QCOMPARE(store->capacity, 2);
        const ChairId chair = repository.chairs(store->id)->at(0).id;
        SqlBookingWriter writer(*database, QStringLiteral("setup"));
        const auto book = [&](QDate day, int hour, const QString &name) {
            BookingRequest request;
            request.chairId = chair;
            request.start = SlotCalculator::instantSecs(day, hour * 60, phoenix);
            Appointment details;
            details.customerName = name;
            return writer.book(*store, request, details);
        };
        for (const QDate day : {QDate(2027, 3, 8), QDate(2027, 3, 10)}) {
            for (int hour : {8, 11, 14, 17, 20}) {
                const Result<AppointmentId> a = book(day, hour, QStringLiteral("Early"));
                const Result<AppointmentId> q = book(day, hour + 2, QStringLiteral("Called off"));
                const Result<AppointmentId> b = book(day, hour + 2, QStringLiteral("Late"));
                QVERIFY(a && q && b);
                QVERIFY(writer.cancel(*q, QStringLiteral("called off"), 1));
                starts.append(
                    QStringLiteral("%1T%2:00+3").arg(day.toString(Qt::ISODate)).arg(hour, 2, 10, QLatin1Char('0')));
            }
            // And 23:00, open twice: two of the sixteen get it.
            starts.append(QStringLiteral("%1T23:00").arg(day.toString(Qt::ISODate)));
        }
    }
    Clock::reset();

    int booked = 0, conflicts = 0;
    race(file, QStringLiteral("PHX-1"), QStringLiteral("Chair A"), starts, booked, conflicts);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(starts.size(), 12);
    QCOMPARE(booked, 10 + 2 * 2); // every three-slot booking once, 23:00 twice a day
    QCOMPARE(conflicts, 16 * 12 - booked);

    // At no instant more than two, and no seat twice.
    auto database = file.open();
    QSqlQuery most(database->connection());
    QVERIFY(most.exec(QStringLiteral(
        "SELECT MAX(n) FROM (SELECT (SELECT COUNT(*) FROM appointments b WHERE b.chair_id = a.chair_id AND "
        "b.status <> 'cancelled' AND b.starts_at <= a.starts_at AND b.ends_at > a.starts_at) AS n FROM "
        "appointments a WHERE a.status <> 'cancelled') AS counts")));
    QVERIFY(most.next());
    QCOMPARE(most.value(0).toInt(), 2);
    expectCheckClean(file);
}

QTEST_GUILESS_MAIN(TestBookingRace)
#include "tst_bookingrace.moc"
