#include "core/Clock.h"
#include "core/SlotCalculator.h"
#include "storage/IntegrityCheck.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlCheck.h"
#include "storage/SqlScheduleRepository.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace sams;

// Capacity n: any n consecutive slots that each have a free place are bookable;
// which seat an appointment sits on is SAMS's bookkeeping, so booking and moving
// re-seat overlapping appointments when that makes room (docs/decisions.md, Seats).
// The database still refuses more than n at once from any writer. On both databases.
class TestSeating : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void cleanup();
    void fragmentedSeatsStillTakeABooking();
    void aMoveReseatsWhatItOverlaps();
    void aMoveFromAnotherChairReseats();
    void capacityThreeReseatsOnlyWhatMust();
    void aSwapOfSeatsIsCheckedAsAWhole();
    void aFullSlotIsStillRefused();
    void theDatabaseRefusesOneMoreThanCapacity();
    void aSeatOnlyUpdateIsCheckedWhenReseatingEnds();

private:
    // Store GRP (America/Chicago, 30-minute slots, `capacity`), chairs "Station 1" and
    // "Station 2", open Monday to Saturday 09:00-17:00. "Now" is 2027-01-10.
    void setUp(int capacity);
    // `time` is store-local on Monday 2027-02-01, "10:00".
    static qint64 at(const QString &time);
    Result<AppointmentId> book(const QString &time, int slots, const QString &name, ChairId chair = 1);
    void cancel(AppointmentId id);
    int seatOf(AppointmentId id);
    int versionOf(AppointmentId id);
    int scalar(const QString &statement);
    // Asserts what samsctl check asserts about seats: no overlap on one seat, none beyond capacity.
    void expectSoundSeats();

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    Store m_store;
};

void TestSeating::setUp(int capacity)
{
    Clock::setFixed(QDateTime(QDate(2027, 1, 10), QTime(15, 0), Qt::UTC));
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    m_database = m_file->open();
    ChainData chain = test::stationChain({TimeInterval{9 * 60, 17 * 60}}, capacity);
    const Store store = chain.stores.first();
    SqlScheduleRepository repository(*m_database);
    QVERIFY(repository.insertChain(chain));
    m_store = store;
}

void TestSeating::cleanup()
{
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

qint64 TestSeating::at(const QString &time)
{
    const QTime wall = QTime::fromString(time, QStringLiteral("HH:mm"));
    return SlotCalculator::instantSecs(QDate(2027, 2, 1), wall.hour() * 60 + wall.minute(),
                                       QTimeZone("America/Chicago"));
}

Result<AppointmentId> TestSeating::book(const QString &time, int slots, const QString &name, ChairId chair)
{
    BookingRequest request;
    request.chairId = chair;
    request.start = at(time);
    request.slotCount = slots;
    Appointment details;
    details.customerName = name;
    return SqlBookingWriter(*m_database, QStringLiteral("test")).book(m_store, request, details);
}

void TestSeating::cancel(AppointmentId id)
{
    QVERIFY(SqlBookingWriter(*m_database, QStringLiteral("test")).cancel(id, QStringLiteral("called off"), 1));
}

int TestSeating::scalar(const QString &statement)
{
    QSqlQuery query(m_database->connection());
    return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
}

int TestSeating::seatOf(AppointmentId id)
{
    return scalar(QStringLiteral("SELECT seat FROM appointments WHERE id = %1").arg(id));
}

int TestSeating::versionOf(AppointmentId id)
{
    return scalar(QStringLiteral("SELECT version FROM appointments WHERE id = %1").arg(id));
}

void TestSeating::expectSoundSeats()
{
    const Result<QStringList> problems = checkOverlaps(*m_database);
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    if (m_file->backend() == test::Backend::Sqlite)
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM reseating")), 0); // nothing left open
}

// The case of issue 8: A 10:00 and B 11:00 sit on different seats (a cancelled
// booking made B take the second), so no seat is free 10:00-11:30 though each slot
// has a free place.
void TestSeating::fragmentedSeatsStillTakeABooking()
{
    setUp(2);
    const Result<AppointmentId> a = book(QStringLiteral("10:00"), 1, QStringLiteral("Ann"));
    const Result<AppointmentId> q = book(QStringLiteral("11:00"), 1, QStringLiteral("Quinn"));
    const Result<AppointmentId> b = book(QStringLiteral("11:00"), 1, QStringLiteral("Ben"));
    QVERIFY(a && q && b);
    cancel(*q);
    QCOMPARE(seatOf(*a), 0);
    QCOMPARE(seatOf(*b), 1);
    const int historyRows = scalar(QStringLiteral("SELECT COUNT(*) FROM history"));

    const Result<AppointmentId> c = book(QStringLiteral("10:00"), 3, QStringLiteral("Cara"));
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    expectSoundSeats();
    QCOMPARE(seatOf(*a), 0);
    QCOMPARE(seatOf(*c), 1);
    QCOMPARE(seatOf(*b), 0); // moved over to make room
    // A seat is bookkeeping: Ben's appointment is as it was, for him and for anyone editing it.
    QCOMPARE(versionOf(*b), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM history")), historyRows + 1); // Cara's booking only
    // 10:00 and 11:00 are full now; 10:30 (Cara alone) and 11:30 still take one.
    for (const QString &time : {QStringLiteral("10:00"), QStringLiteral("11:00")}) {
        const Result<AppointmentId> more = book(time, 1, QStringLiteral("One more"));
        QVERIFY2(!more, qPrintable(time));
        QCOMPARE(more.error().kind, Error::Kind::Conflict);
    }
    QVERIFY(book(QStringLiteral("10:30"), 1, QStringLiteral("Between")));
    QVERIFY(book(QStringLiteral("11:30"), 1, QStringLiteral("After")));
    expectSoundSeats();
}

void TestSeating::aMoveReseatsWhatItOverlaps()
{
    setUp(2);
    const Result<AppointmentId> a = book(QStringLiteral("10:00"), 1, QStringLiteral("Ann"));
    const Result<AppointmentId> q = book(QStringLiteral("11:00"), 1, QStringLiteral("Quinn"));
    const Result<AppointmentId> b = book(QStringLiteral("11:00"), 1, QStringLiteral("Ben"));
    const Result<AppointmentId> d = book(QStringLiteral("14:00"), 3, QStringLiteral("Dana"));
    QVERIFY(a && q && b && d);
    cancel(*q);
    const Result<int> moved
        = SqlBookingWriter(*m_database, QStringLiteral("test")).move(m_store, *d, 1, at(QStringLiteral("10:00")), 1);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(*moved, 2);
    expectSoundSeats();
    QCOMPARE(seatOf(*d), 1);
    QCOMPARE(seatOf(*b), 0);
    QCOMPARE(versionOf(*b), 1);
    // Moving it back later again: the seats it leaves are simply free.
    const Result<int> back
        = SqlBookingWriter(*m_database, QStringLiteral("test")).move(m_store, *d, 1, at(QStringLiteral("10:30")), 2);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    expectSoundSeats();
}

void TestSeating::aMoveFromAnotherChairReseats()
{
    setUp(2);
    const Result<AppointmentId> a = book(QStringLiteral("09:00"), 2, QStringLiteral("Ann"));
    const Result<AppointmentId> q = book(QStringLiteral("10:00"), 2, QStringLiteral("Quinn"));
    const Result<AppointmentId> b = book(QStringLiteral("10:00"), 2, QStringLiteral("Ben"));
    const Result<AppointmentId> e = book(QStringLiteral("09:30"), 2, QStringLiteral("Eve"), 2);
    QVERIFY(a && q && b && e);
    cancel(*q);
    QCOMPARE(seatOf(*b), 1);
    // Eve comes over to Station 1 at 09:30 for an hour: 09:30 has Ann (seat 0), 10:00 Ben (seat 1).
    const Result<int> moved
        = SqlBookingWriter(*m_database, QStringLiteral("test")).move(m_store, *e, 1, at(QStringLiteral("09:30")), 1);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    expectSoundSeats();
    QCOMPARE(scalar(QStringLiteral("SELECT chair_id FROM appointments WHERE id = %1").arg(*e)), 1);
    QCOMPARE(seatOf(*e), 1);
    QCOMPARE(seatOf(*b), 0);
}

void TestSeating::capacityThreeReseatsOnlyWhatMust()
{
    setUp(3);
    // Seat 0 taken at 10:00 (Ann), seat 1 at 10:00 and 10:30 (Dan, Cid), seat 2 at 11:00 (Bo).
    const Result<AppointmentId> a = book(QStringLiteral("10:00"), 1, QStringLiteral("Ann"));
    const Result<AppointmentId> d = book(QStringLiteral("10:00"), 1, QStringLiteral("Dan"));
    const Result<AppointmentId> q1 = book(QStringLiteral("10:30"), 1, QStringLiteral("Quinn"));
    const Result<AppointmentId> c = book(QStringLiteral("10:30"), 1, QStringLiteral("Cid"));
    const Result<AppointmentId> q2 = book(QStringLiteral("11:00"), 1, QStringLiteral("Quill"));
    const Result<AppointmentId> q3 = book(QStringLiteral("11:00"), 1, QStringLiteral("Quest"));
    const Result<AppointmentId> b = book(QStringLiteral("11:00"), 1, QStringLiteral("Bo"));
    const Result<AppointmentId> e = book(QStringLiteral("11:30"), 1, QStringLiteral("Eli"));
    QVERIFY(a && d && q1 && c && q2 && q3 && b && e);
    for (AppointmentId q : {*q1, *q2, *q3})
        cancel(q);
    QCOMPARE(seatOf(*c), 1);
    QCOMPARE(seatOf(*b), 2);

    const Result<AppointmentId> f = book(QStringLiteral("10:00"), 4, QStringLiteral("Fay"));
    QVERIFY2(f, f ? "" : qPrintable(f.error().message));
    expectSoundSeats();
    // Only Bo changes seat; everyone else keeps theirs.
    QCOMPARE(seatOf(*f), 2);
    QCOMPARE(seatOf(*b), 0);
    QCOMPARE(seatOf(*a), 0);
    QCOMPARE(seatOf(*d), 1);
    QCOMPARE(seatOf(*c), 1);
    QCOMPARE(seatOf(*e), 0);
    // 10:00 now holds three: full. 11:00-12:00 holds two: one more fits.
    QCOMPARE(book(QStringLiteral("10:00"), 1, QStringLiteral("Full")).error().kind, Error::Kind::Conflict);
    QVERIFY(book(QStringLiteral("11:00"), 2, QStringLiteral("Gus")));
    QCOMPARE(book(QStringLiteral("11:30"), 1, QStringLiteral("Full")).error().kind, Error::Kind::Conflict);
    expectSoundSeats();
}

// Two appointments that trade seats overlap each other: moved one at a time, the
// first meets the second on its old seat. The database checks the swap as a whole.
void TestSeating::aSwapOfSeatsIsCheckedAsAWhole()
{
    setUp(2);
    const Result<AppointmentId> p = book(QStringLiteral("10:00"), 1, QStringLiteral("Pat"));
    const Result<AppointmentId> q = book(QStringLiteral("10:30"), 1, QStringLiteral("Quinn"));
    const Result<AppointmentId> r1 = book(QStringLiteral("10:30"), 4, QStringLiteral("Rae"));
    const Result<AppointmentId> r2 = book(QStringLiteral("12:00"), 2, QStringLiteral("Rob"));
    QVERIFY(p && q && r1 && r2);
    cancel(*q);
    QCOMPARE(seatOf(*r1), 1);
    QCOMPARE(seatOf(*r2), 0);

    const Result<AppointmentId> n = book(QStringLiteral("10:00"), 4, QStringLiteral("Nia"));
    QVERIFY2(n, n ? "" : qPrintable(n.error().message));
    expectSoundSeats();
    QCOMPARE(seatOf(*n), 1);
    QCOMPARE(seatOf(*r1), 0);
    QCOMPARE(seatOf(*r2), 1);
    QCOMPARE(seatOf(*p), 0);
}

void TestSeating::aFullSlotIsStillRefused()
{
    setUp(2);
    const Result<AppointmentId> a = book(QStringLiteral("10:00"), 2, QStringLiteral("Ann"));
    const Result<AppointmentId> b = book(QStringLiteral("10:30"), 2, QStringLiteral("Ben"));
    const Result<AppointmentId> d = book(QStringLiteral("14:00"), 1, QStringLiteral("Dana"));
    QVERIFY(a && b && d);
    const int appointments = scalar(QStringLiteral("SELECT COUNT(*) FROM appointments"));
    // 10:30 holds two: nothing that needs it fits, booked or moved, however seats are dealt.
    const Result<AppointmentId> c = book(QStringLiteral("09:30"), 3, QStringLiteral("Cara"));
    QVERIFY(!c);
    QCOMPARE(c.error().kind, Error::Kind::Conflict);
    const Result<int> moved
        = SqlBookingWriter(*m_database, QStringLiteral("test")).move(m_store, *d, 1, at(QStringLiteral("10:30")), 1);
    QVERIFY(!moved);
    QCOMPARE(moved.error().kind, Error::Kind::Conflict);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM appointments")), appointments);
    QCOMPARE(versionOf(*d), 1);
    QCOMPARE(seatOf(*a), 0);
    QCOMPARE(seatOf(*b), 1);
    expectSoundSeats();
}

void TestSeating::theDatabaseRefusesOneMoreThanCapacity()
{
    setUp(2);
    QVERIFY(book(QStringLiteral("10:00"), 2, QStringLiteral("Ann")));
    QVERIFY(book(QStringLiteral("10:30"), 1, QStringLiteral("Ben")));
    QSqlDatabase &db = m_database->connection();
    // Plain SQL as the web shop writes it: a third at 10:30 on any seat is refused.
    const QString insert
        = QStringLiteral("INSERT INTO appointments (chair_id, starts_at, ends_at, slot_count, customer_name, status, "
                         "channel, seat) VALUES (1, %1, %2, 1, 'Web', 'confirmed', 'web', %3)");
    for (int seat : {0, 1, 2}) {
        const Status refused
            = sql::exec(db, insert.arg(at(QStringLiteral("10:30"))).arg(at(QStringLiteral("11:00"))).arg(seat),
                        QStringLiteral("x"));
        QVERIFY2(!refused, qPrintable(QStringLiteral("seat %1").arg(seat)));
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    }
    // Deferring the check does not let it through at COMMIT either.
    if (m_file->backend() == test::Backend::PostgreSql) {
        QVERIFY(db.transaction());
        QVERIFY(sql::exec(db, QStringLiteral("SET CONSTRAINTS ALL DEFERRED"), QStringLiteral("x")));
        QVERIFY(sql::exec(db, insert.arg(at(QStringLiteral("10:30"))).arg(at(QStringLiteral("11:00"))).arg(0),
                          QStringLiteral("x")));
        QVERIFY(!db.commit()); // and the server rolled it back
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM appointments")), 2);
    // Beside them, at 11:00, the web shop's row is welcome.
    QVERIFY(sql::exec(db, insert.arg(at(QStringLiteral("11:00"))).arg(at(QStringLiteral("11:30"))).arg(0),
                      QStringLiteral("x")));
    expectSoundSeats();
}

// SQLite's way of deferring (migration 010): while a writer has a chair's span
// registered, updates of seats alone skip the row-by-row check; ending the
// registration checks the span, and nothing else is ever skipped.
void TestSeating::aSeatOnlyUpdateIsCheckedWhenReseatingEnds()
{
    setUp(2);
    const Result<AppointmentId> a = book(QStringLiteral("10:00"), 2, QStringLiteral("Ann"));
    const Result<AppointmentId> b = book(QStringLiteral("10:30"), 2, QStringLiteral("Ben"));
    const Result<AppointmentId> e = book(QStringLiteral("13:00"), 1, QStringLiteral("Eve"));
    QVERIFY(a && b && e);
    QSqlDatabase &db = m_database->connection();
    const auto run = [&](const QString &statement) { return sql::exec(db, statement, QStringLiteral("x")); };
    if (m_file->backend() == test::Backend::PostgreSql) {
        // Immediate unless a writer defers it: a swap row by row meets itself midway.
        const Status midway = run(QStringLiteral("UPDATE appointments SET seat = 0 WHERE id = %1").arg(*b));
        QVERIFY(!midway);
        QCOMPARE(midway.error().kind, Error::Kind::Conflict);
        QVERIFY(db.transaction());
        QVERIFY(run(QStringLiteral("SET CONSTRAINTS appointments_no_overlap DEFERRED")));
        QVERIFY(run(QStringLiteral("UPDATE appointments SET seat = 0 WHERE id = %1").arg(*b)));
        QVERIFY(run(QStringLiteral("UPDATE appointments SET seat = 1 WHERE id = %1").arg(*a)));
        QVERIFY(db.commit()); // swapped: sound again at COMMIT
        QCOMPARE(seatOf(*a), 1);
        expectSoundSeats();
        return;
    }
    sql::Transaction transaction(db);
    QVERIFY(transaction.begin());
    QVERIFY(run(QStringLiteral("INSERT INTO reseating (chair_id, from_at, to_at) VALUES (1, %1, %2)")
                    .arg(at(QStringLiteral("10:00")))
                    .arg(at(QStringLiteral("12:00")))));
    // A time change is checked as always, registration or not.
    const Status timeChange = run(QStringLiteral("UPDATE appointments SET starts_at = %1, ends_at = %2, seat = 0 "
                                                 "WHERE id = %3")
                                      .arg(at(QStringLiteral("10:30")))
                                      .arg(at(QStringLiteral("11:00")))
                                      .arg(*e));
    QVERIFY(!timeChange);
    // So is a seat change outside the registered span (Eve at 13:00).
    QVERIFY(run(QStringLiteral("INSERT INTO appointments (chair_id, starts_at, ends_at, slot_count, customer_name, "
                               "status, channel, seat) VALUES (1, %1, %2, 1, 'Web', 'confirmed', 'web', 1)")
                    .arg(at(QStringLiteral("13:00")))
                    .arg(at(QStringLiteral("13:30")))));
    QVERIFY(!run(QStringLiteral("UPDATE appointments SET seat = 1 WHERE id = %1").arg(*e)));
    // A seat change inside it waits for the end: left overlapping, the end refuses.
    QVERIFY(run(QStringLiteral("UPDATE appointments SET seat = 0 WHERE id = %1").arg(*b)));
    const Status overlapping = run(QStringLiteral("DELETE FROM reseating"));
    QVERIFY(!overlapping);
    QCOMPARE(overlapping.error().kind, Error::Kind::Conflict);
    // Completed into a swap, it ends cleanly.
    QVERIFY(run(QStringLiteral("UPDATE appointments SET seat = 1 WHERE id = %1").arg(*a)));
    QVERIFY(run(QStringLiteral("DELETE FROM reseating")));
    QVERIFY(transaction.commit());
    QCOMPARE(seatOf(*a), 1);
    QCOMPARE(seatOf(*b), 0);
    expectSoundSeats();
}

QTEST_GUILESS_MAIN(TestSeating)
#include "tst_seating.moc"
