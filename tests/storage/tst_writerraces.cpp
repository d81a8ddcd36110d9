#include "core/Clock.h"
#include "core/StoreScheduleLoader.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlCheck.h"
#include "storage/SqlLockWriter.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlSpreadsheetImporter.h"
#include "storage/SqlValues.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <functional>

using namespace sams;

// Every writer reads what its rules depend on inside its write transaction, after
// its locks (docs/concurrency.md). Each test holds a rule change open the way the
// import does (the store's exclusive rules lock on PostgreSQL, SQLite's write
// lock), starts a writer that read the store before the change, lets the change
// commit, and checks the writer judged by the new rules. On both databases.
class TestWriterRaces : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void cleanup();
    void bookingAfterTheStoreClosedIsRefused();
    void bookingOffTheNewSlotGridIsRefused();
    void moveOffTheNewSlotGridIsRefused();
    void aChangedTimeZoneIsAConflict();
    void aLockInAChangedTimeZoneIsAConflict();
    void lockReportsWhatTheLockItselfDisplaces();
    void importWaitsForAWriterInProgress();

private:
    struct FreeSlot {
        Chair chair;
        qint64 start = 0;
    };
    // An open slot of the first store on a day ahead whose start is on the half hour
    // (so it is off a 60-minute grid from the hour), with the next slot open too.
    FreeSlot halfHourSlot();
    // Runs `change` on a second connection inside a write transaction holding the
    // rules lock, starts `write` on its own connection in a thread, checks that the
    // writer waits, then commits the change and waits for the writer.
    void race(const std::function<void(QSqlDatabase &)> &change, const std::function<void(Database &)> &write);
    void exec(QSqlDatabase &db, const QString &statement);

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    Store m_store;
};

void TestWriterRaces::init()
{
    Clock::setFixed(test::fixtureNow());
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    m_database = m_file->open();
    const ChainData chain = test::insertDemoChain(*m_database);
    m_store = chain.stores.at(0);
    QCOMPARE(m_store.slotMinutes, 30);
}

void TestWriterRaces::cleanup()
{
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

void TestWriterRaces::exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    QVERIFY2(query.exec(statement), qPrintable(statement));
}

TestWriterRaces::FreeSlot TestWriterRaces::halfHourSlot()
{
    SqlScheduleRepository repository(*m_database);
    const QDate day = Clock::todayIn(m_store.timeZone()).addDays(3);
    const Result<StoreSchedule> schedule = loadStoreSchedule(repository, m_store, day, day);
    if (!schedule)
        return {};
    for (const Chair &chair : schedule->rules().chairs) {
        const QList<SlotInfo> slots = schedule->slots(chair, day);
        for (qsizetype i = 0; i + 1 < slots.size(); ++i) {
            const QDateTime wall = QDateTime::fromSecsSinceEpoch(slots.at(i).span.start, m_store.timeZone());
            if (slots.at(i).state == SlotState::Open && slots.at(i + 1).state == SlotState::Open
                && wall.time().minute() == 30 && slots.at(i + 1).span.start == slots.at(i).span.end)
                return {chair, slots.at(i).span.start};
        }
    }
    return {};
}

void TestWriterRaces::race(const std::function<void(QSqlDatabase &)> &change,
                           const std::function<void(Database &)> &write)
{
    std::unique_ptr<Database> other = m_file->open();
    QSqlDatabase &db = other->connection();
    sql::Transaction transaction(db);
    QVERIFY(transaction.begin());
    QVERIFY(sql::lockStores(db, {m_store.id}, sql::StoreLock::Exclusive));
    change(db);

    const DatabaseUrl url = m_file->url();
    std::unique_ptr<QThread> writer(QThread::create([url, write] {
        auto own = Database::open(url, Database::Creation::MustExist);
        if (own)
            write(**own);
    }));
    writer->start();
    // The writer must queue behind the open change, not check against the old rules.
    QVERIFY(!writer->wait(400));
    QVERIFY(transaction.commit());
    QVERIFY(writer->wait(20000));
}

void TestWriterRaces::bookingAfterTheStoreClosedIsRefused()
{
    const FreeSlot slot = halfHourSlot();
    QVERIFY(slot.start);
    const QDate lastDay = QDateTime::fromSecsSinceEpoch(slot.start, m_store.timeZone()).date().addDays(-1);
    const Store seen = m_store;
    std::optional<Result<AppointmentId>> result;
    race(
        [&](QSqlDatabase &db) {
            QSqlQuery close(db);
            QVERIFY(close.prepare(QStringLiteral("UPDATE stores SET closes_on = :day WHERE id = :id")));
            close.bindValue(QStringLiteral(":day"), sql::fromDate(lastDay));
            close.bindValue(QStringLiteral(":id"), m_store.id);
            QVERIFY(close.exec());
        },
        [&](Database &database) {
            BookingRequest request;
            request.chairId = slot.chair.id;
            request.start = slot.start;
            Appointment details;
            details.customerName = QStringLiteral("After close");
            result = SqlBookingWriter(database, QStringLiteral("test")).book(seen, request, details);
        });
    QVERIFY(result);
    QVERIFY2(!*result, "a booking after the store's new close date was accepted");
    QCOMPARE(result->error().kind, Error::Kind::Rule);
}

void TestWriterRaces::bookingOffTheNewSlotGridIsRefused()
{
    const FreeSlot slot = halfHourSlot();
    QVERIFY(slot.start);
    const Store seen = m_store;
    std::optional<Result<AppointmentId>> result;
    race([&](QSqlDatabase &db) { exec(db, QStringLiteral("UPDATE stores SET slot_minutes = 60")); },
         [&](Database &database) {
             BookingRequest request;
             request.chairId = slot.chair.id;
             request.start = slot.start;
             Appointment details;
             details.customerName = QStringLiteral("Mixed rules");
             result = SqlBookingWriter(database, QStringLiteral("test")).book(seen, request, details);
         });
    QVERIFY(result);
    QVERIFY2(!*result, "a 30-minute booking was accepted after the store moved to 60-minute slots");
    QCOMPARE(result->error().kind, Error::Kind::Rule);
}

void TestWriterRaces::moveOffTheNewSlotGridIsRefused()
{
    const FreeSlot slot = halfHourSlot();
    QVERIFY(slot.start);
    // Booked on the hour just before, then moved to the half hour while the grid changes.
    BookingRequest request;
    request.chairId = slot.chair.id;
    request.start = slot.start + 1800;
    Appointment details;
    details.customerName = QStringLiteral("To move");
    const Result<AppointmentId> id
        = SqlBookingWriter(*m_database, QStringLiteral("test")).book(m_store, request, details);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    const Store seen = m_store;
    std::optional<Result<int>> result;
    race([&](QSqlDatabase &db) { exec(db, QStringLiteral("UPDATE stores SET slot_minutes = 60")); },
         [&](Database &database) {
             result = SqlBookingWriter(database, QStringLiteral("test")).move(seen, *id, slot.chair.id, slot.start, 1);
         });
    QVERIFY(result);
    QVERIFY2(!*result, "a move onto the old 30-minute grid was accepted after the store moved to 60 minutes");
    QCOMPARE(result->error().kind, Error::Kind::Rule);
}

void TestWriterRaces::aChangedTimeZoneIsAConflict()
{
    const FreeSlot slot = halfHourSlot();
    QVERIFY(slot.start);
    const Store seen = m_store;
    std::optional<Result<AppointmentId>> result;
    race([&](QSqlDatabase &db) { exec(db, QStringLiteral("UPDATE stores SET timezone = 'America/Phoenix'")); },
         [&](Database &database) {
             BookingRequest request;
             request.chairId = slot.chair.id;
             request.start = slot.start;
             Appointment details;
             details.customerName = QStringLiteral("Zone");
             result = SqlBookingWriter(database, QStringLiteral("test")).book(seen, request, details);
         });
    QVERIFY(result);
    QVERIFY(!*result);
    QCOMPARE(result->error().kind, Error::Kind::Conflict);
    QVERIFY2(result->error().message.contains(QLatin1String("America/Phoenix")), qPrintable(result->error().message));
}

void TestWriterRaces::aLockInAChangedTimeZoneIsAConflict()
{
    const FreeSlot slot = halfHourSlot();
    QVERIFY(slot.start);
    Lock lock;
    lock.storeId = m_store.id;
    lock.startsAt = QDateTime::fromSecsSinceEpoch(slot.start, Qt::UTC);
    lock.endsAt = QDateTime::fromSecsSinceEpoch(slot.start + 3600, Qt::UTC);
    lock.reason = QStringLiteral("staff meeting");
    const Store seen = m_store;
    std::optional<Result<AddedLock>> result;
    race([&](QSqlDatabase &db) { exec(db, QStringLiteral("UPDATE stores SET timezone = 'America/Phoenix'")); },
         [&](Database &database) { result = SqlLockWriter(database, QStringLiteral("test")).add(seen, lock); });
    QVERIFY(result);
    QVERIFY2(!*result, "a lock computed in the old zone was saved");
    QCOMPARE(result->error().kind, Error::Kind::Conflict);
}

void TestWriterRaces::lockReportsWhatTheLockItselfDisplaces()
{
    // An appointment already displaced by an hours change that commits while the
    // lock waits is not reported as displaced by the lock.
    const FreeSlot slot = halfHourSlot();
    QVERIFY(slot.start);
    BookingRequest request;
    request.chairId = slot.chair.id;
    request.start = slot.start;
    Appointment details;
    details.customerName = QStringLiteral("Under the lock");
    const Result<AppointmentId> id
        = SqlBookingWriter(*m_database, QStringLiteral("test")).book(m_store, request, details);
    QVERIFY(id);
    Lock lock;
    lock.storeId = m_store.id;
    lock.chairId = slot.chair.id;
    lock.startsAt = QDateTime::fromSecsSinceEpoch(slot.start - 3600, Qt::UTC);
    lock.endsAt = QDateTime::fromSecsSinceEpoch(slot.start + 3600, Qt::UTC);
    lock.reason = QStringLiteral("training");
    std::optional<Result<AddedLock>> result;
    race([&](QSqlDatabase &db) { exec(db, QStringLiteral("UPDATE stores SET slot_minutes = 60")); },
         [&](Database &database) { result = SqlLockWriter(database, QStringLiteral("test")).add(m_store, lock); });
    QVERIFY(result);
    QVERIFY2(*result, qPrintable(result->error().message));
    for (const DayImpact &day : (*result)->displaced) {
        for (const BookedSpan &span : day.appointments)
            QVERIFY2(span.id != *id, "reported as displaced by the lock, though the new slot length displaced it");
    }
}

void TestWriterRaces::importWaitsForAWriterInProgress()
{
    // The other way round: a writer holds the store's rules (shared on PostgreSQL,
    // SQLite's write lock); the real import must wait for it, not change the rules
    // under it.
    std::unique_ptr<Database> other = m_file->open();
    QSqlDatabase &db = other->connection();
    sql::Transaction transaction(db);
    QVERIFY(transaction.begin());
    QVERIFY(sql::lockStores(db, {m_store.id}, sql::StoreLock::Shared));

    Spreadsheet sheet;
    Store changed = m_store;
    changed.slotMinutes = 60;
    sheet.stores.append(changed);
    const DatabaseUrl url = m_file->url();
    std::optional<Result<ImportSummary>> result;
    std::unique_ptr<QThread> importer(QThread::create([url, sheet, &result] {
        auto own = Database::open(url, Database::Creation::MustExist);
        if (own)
            result = SqlSpreadsheetImporter(**own, QStringLiteral("test")).apply(sheet, false);
    }));
    importer->start();
    QVERIFY2(!importer->wait(400), "the import changed a store's rules while a writer held them");
    QVERIFY(transaction.commit());
    QVERIFY(importer->wait(20000));
    QVERIFY(result);
    QVERIFY2(*result, qPrintable(result->error().message));
    SqlScheduleRepository repository(*m_database);
    QCOMPARE(repository.store(m_store.id)->slotMinutes, 60);
}

QTEST_GUILESS_MAIN(TestWriterRaces)
#include "tst_writerraces.moc"
