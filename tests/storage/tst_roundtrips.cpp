#include "core/Clock.h"
#include "core/StoreScheduleLoader.h"
#include "core/WeekSchedule.h"
#include "storage/RoundTripCounter.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlScheduleRepository.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace sams;

// The round-trip budgets of the main operations (docs/performance.md): a change
// that adds a statement to any of them fails here. Counted by the database
// client library itself (libpq's protocol trace, SQLite's statement trace), on a
// warm connection: each statement was prepared once before.
class TestRoundTrips : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void cleanup();
    void theCounterSeesWhatTheDriverSends();
    void readsTakeOneStatement();
    void writesStayWithinTheirBudgets();

private:
    int counted(const std::function<void()> &work);
    QList<BookingRequest> freeRequests(int wanted);

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    Store m_store;
};

void TestRoundTrips::init()
{
    Clock::setFixed(test::fixtureNow());
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    m_database = m_file->open();
    m_store = test::insertDemoChain(*m_database).stores.at(0);
}

void TestRoundTrips::cleanup()
{
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

int TestRoundTrips::counted(const std::function<void()> &work)
{
    sql::RoundTripCounter counter(m_database->connection());
    if (!counter.isValid())
        return -1;
    work();
    return counter.count();
}

QList<BookingRequest> TestRoundTrips::freeRequests(int wanted)
{
    SqlScheduleRepository repository(*m_database);
    const QDate day = Clock::todayIn(m_store.timeZone()).addDays(2);
    const Result<StoreSchedule> schedule = loadStoreSchedule(repository, m_store, day, day);
    QList<BookingRequest> requests;
    for (const Chair &chair : schedule->rules().chairs) {
        for (const SlotInfo &slot : schedule->slots(chair, day)) {
            if (slot.state == SlotState::Open && slot.appointments.isEmpty() && requests.size() < wanted) {
                BookingRequest request;
                request.chairId = chair.id;
                request.start = slot.span.start;
                requests.append(request);
            }
        }
    }
    return requests;
}

void TestRoundTrips::theCounterSeesWhatTheDriverSends()
{
    // One plain statement is one; a query prepared for one use is PREPARE,
    // EXECUTE and DEALLOCATE on PostgreSQL (what sql::Statement avoids), one
    // statement on SQLite.
    const bool postgres = m_file->backend() == test::Backend::PostgreSql;
    QCOMPARE(counted([&] { QSqlQuery(m_database->connection()).exec(QStringLiteral("SELECT 1")); }), 1);
    QCOMPARE(counted([&] {
                 QSqlQuery q(m_database->connection());
                 q.prepare(QStringLiteral("SELECT :x"));
                 q.bindValue(QStringLiteral(":x"), 1);
                 q.exec();
             }),
             postgres ? 3 : 1);
}

void TestRoundTrips::readsTakeOneStatement()
{
    SqlScheduleRepository repository(*m_database);
    const QDate day = Clock::todayIn(m_store.timeZone()).addDays(2);
    auto chairDay = [&] { QVERIFY(loadStoreSchedule(repository, m_store, day, day)); };
    auto chairMonth = [&] { QVERIFY(loadStoreSchedule(repository, m_store, day, day.addDays(30))); };
    auto storeWeek = [&] { QVERIFY(WeekSchedule::load(repository, m_store, day)); };
    for (const auto &read :
         {std::function<void()>(chairDay), std::function<void()>(chairMonth), std::function<void()>(storeWeek)}) {
        read(); // prepares
        QCOMPARE(counted(read), 1);
    }
}

void TestRoundTrips::writesStayWithinTheirBudgets()
{
    const bool postgres = m_file->backend() == test::Backend::PostgreSql;
    const QList<BookingRequest> requests = freeRequests(4);
    QCOMPARE(requests.size(), 4);
    SqlBookingWriter writer(*m_database, QStringLiteral("test"));
    Appointment details;
    details.customerName = QStringLiteral("Counted Carla");

    // Warm: every statement of book, move and cancel prepared once.
    const Result<AppointmentId> warm = writer.book(m_store, requests.at(0), details);
    QVERIFY2(warm, warm ? "" : qPrintable(warm.error().message));
    QVERIFY(writer.move(m_store, *warm, requests.at(1).chairId, requests.at(1).start, 1));
    QVERIFY(writer.cancel(*warm, QStringLiteral("warming up"), 2));

    // BEGIN, locks, one read, one write, COMMIT (SQLite: the history is a second
    // INSERT, in-process).
    Result<AppointmentId> id;
    QCOMPARE(counted([&] { id = writer.book(m_store, requests.at(2), details); }), 5);
    QVERIFY(id);
    QCOMPARE(counted([&] { QVERIFY(writer.move(m_store, *id, requests.at(3).chairId, requests.at(3).start, 1)); }), 5);
    // BEGIN, read the appointment, write, COMMIT.
    QCOMPARE(counted([&] { QVERIFY(writer.cancel(*id, QStringLiteral("counted"), 2)); }), postgres ? 4 : 5);
}

QTEST_GUILESS_MAIN(TestRoundTrips)
#include "tst_roundtrips.moc"
