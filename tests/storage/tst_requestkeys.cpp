#include "core/Clock.h"
#include "core/StoreScheduleLoader.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlScheduleRepository.h"
#include "support/TestDatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace sams;

// A lost commit acknowledgement: the outcome is unknown, the message says so, and
// a retry with the same request key finds the booking instead of making a second
// one (docs/concurrency.md).
class TestRequestKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void cleanup();
    void aRetryReturnsTheFirstBooking();
    void aKeyNamesOneRequest();
    void aLostAcknowledgementIsReportedAsUnknown();

private:
    BookingRequest freeRequest(const QString &key);
    int appointmentsWithKey(const QString &key);

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    Store m_store;
};

void TestRequestKeys::init()
{
    Clock::setFixed(test::fixtureNow());
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    m_database = m_file->open();
    m_store = test::insertDemoChain(*m_database).stores.at(0);
}

void TestRequestKeys::cleanup()
{
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

BookingRequest TestRequestKeys::freeRequest(const QString &key)
{
    SqlScheduleRepository repository(*m_database);
    const QDate day = Clock::todayIn(m_store.timeZone()).addDays(2);
    const Result<StoreSchedule> schedule = loadStoreSchedule(repository, m_store, day, day);
    BookingRequest request;
    request.requestKey = key;
    for (const Chair &chair : schedule->rules().chairs) {
        for (const SlotInfo &slot : schedule->slots(chair, day)) {
            if (slot.state == SlotState::Open && slot.appointments.isEmpty()) {
                request.chairId = chair.id;
                request.start = slot.span.start;
                return request;
            }
        }
    }
    return request;
}

int TestRequestKeys::appointmentsWithKey(const QString &key)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE request_key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void TestRequestKeys::aRetryReturnsTheFirstBooking()
{
    const BookingRequest request = freeRequest(QStringLiteral("web-order-4711"));
    QVERIFY(request.chairId);
    Appointment details;
    details.customerName = QStringLiteral("Retrying Rita");
    SqlBookingWriter writer(*m_database, QStringLiteral("test"));
    const Result<AppointmentId> first = writer.book(m_store, request, details);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    const Result<AppointmentId> again = writer.book(m_store, request, details);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QCOMPARE(*again, *first);
    QCOMPARE(appointmentsWithKey(request.requestKey), 1);
    // Without a key the same request is an ordinary second booking: the slot is taken.
    BookingRequest keyless = request;
    keyless.requestKey.clear();
    QCOMPARE(writer.book(m_store, keyless, details).error().kind, Error::Kind::Conflict);
}

void TestRequestKeys::aKeyNamesOneRequest()
{
    const BookingRequest request = freeRequest(QStringLiteral("k-1"));
    Appointment details;
    details.customerName = QStringLiteral("Kim");
    SqlBookingWriter writer(*m_database, QStringLiteral("test"));
    QVERIFY(writer.book(m_store, request, details));
    BookingRequest other = request;
    other.start += 3600;
    const Result<AppointmentId> reused = writer.book(m_store, other, details);
    QVERIFY(!reused);
    QCOMPARE(reused.error().kind, Error::Kind::Usage);
    QVERIFY2(reused.error().message.contains(QLatin1String("k-1")), qPrintable(reused.error().message));
}

void TestRequestKeys::aLostAcknowledgementIsReportedAsUnknown()
{
    if (m_file->backend() != test::Backend::PostgreSql)
        QSKIP("SQLite commits in-process: there is no acknowledgement to lose; the PostgreSQL row covers this");
    // A proxy that lets the booking's COMMIT through and drops the server's answer.
    const DatabaseUrl direct = m_file->url();
    QProcess proxy;
    proxy.start(QStringLiteral("python3"),
                {QStringLiteral(SAMS_TEST_TOOLS "/drop_commit_ack.py"), direct.host, QString::number(direct.port),
                 QStringLiteral("sams_book_appointment")});
    QVERIFY(proxy.waitForReadyRead(10000));
    const int port = proxy.readLine().trimmed().toInt();
    QVERIFY(port > 0);
    DatabaseUrl viaProxy = direct;
    viaProxy.port = port;
    {
        auto database = Database::open(viaProxy, Database::Creation::MustExist);
        QVERIFY2(database, database ? "" : qPrintable(database.error().message));
        const BookingRequest request = freeRequest(QStringLiteral("phone-call-17"));
        Appointment details;
        details.customerName = QStringLiteral("Lost Lou");
        const Result<AppointmentId> lost
            = SqlBookingWriter(**database, QStringLiteral("test")).book(m_store, request, details);
        QVERIFY(!lost);
        QVERIFY2(lost.error().message.contains(QLatin1String("may have saved it")), qPrintable(lost.error().message));
        QVERIFY2(!lost.error().message.contains(QLatin1Char('\n')), qPrintable(lost.error().message));
        // The server did commit; the retry finds it instead of booking twice.
        QCOMPARE(appointmentsWithKey(request.requestKey), 1);
        const Result<AppointmentId> retry
            = SqlBookingWriter(*m_database, QStringLiteral("test")).book(m_store, request, details);
        QVERIFY2(retry, retry ? "" : qPrintable(retry.error().message));
        QCOMPARE(appointmentsWithKey(request.requestKey), 1);
    }
    proxy.kill();
    proxy.waitForFinished();
}

QTEST_GUILESS_MAIN(TestRequestKeys)
#include "tst_requestkeys.moc"
