#include "core/Clock.h"
#include "core/SlotCalculator.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace sams;

// The core write interface (core/ScheduleWriter.h) on both databases: every verb
// the desktop's editing layer uses, its refusals with the reason the GUI shows,
// the lifecycle of docs/editing.md, and history for each change.
class TestScheduleWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void cleanup();
    void rescheduleMovesAndResizes();
    void refusalsCarryTheirReason_data();
    void refusalsCarryTheirReason();
    void aStaleVersionIsRefused();
    void statusFollowsTheLifecycle();
    void reinstatingTakesTheSlotsAgain();
    void detailsAreEditedWithHistoryAndSearchFollows();
    void statusChangesLeaveTheSeatAlone();
    void locksAreAddedAndRemovedWithHistory();
    void theEmbeddedOwnerHoldsEveryRight();

private:
    // `time` is store-local on Monday 2027-02-01 ("10:00"); "now" is 2027-01-10.
    static qint64 at(const QString &time, int dayOffset = 0);
    Result<AppointmentId> book(const QString &time, int slots, ChairId chair = 1);
    QStringList historyActions(const QString &entity, qint64 id);

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlScheduleWriter> m_writer;
    Store m_store;
};

void TestScheduleWriter::init()
{
    Clock::setFixed(QDateTime(QDate(2027, 1, 10), QTime(15, 0), Qt::UTC));
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    m_database = m_file->open();
    ChainData chain = test::stationChain({TimeInterval{9 * 60, 12 * 60}, TimeInterval{13 * 60, 17 * 60}});
    const Store store = chain.stores.first();
    Lock lock;
    lock.id = 1;
    lock.storeId = 1;
    lock.chairId = 2;
    lock.startsAt = QDateTime::fromSecsSinceEpoch(at(QStringLiteral("15:00")), Qt::UTC);
    lock.endsAt = QDateTime::fromSecsSinceEpoch(at(QStringLiteral("16:00")), Qt::UTC);
    lock.reason = QStringLiteral("Training");
    lock.createdBy = QStringLiteral("test");
    chain.locks.append(lock);
    QVERIFY(SqlScheduleRepository(*m_database).insertChain(chain));
    m_store = store;
    m_writer = std::make_unique<SqlScheduleWriter>(*m_database, QStringLiteral("test"));
}

void TestScheduleWriter::cleanup()
{
    m_writer.reset();
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

qint64 TestScheduleWriter::at(const QString &time, int dayOffset)
{
    const QTime wall = QTime::fromString(time, QStringLiteral("HH:mm"));
    return SlotCalculator::instantSecs(QDate(2027, 2, 1).addDays(dayOffset), wall.hour() * 60 + wall.minute(),
                                       QTimeZone("America/Chicago"));
}

Result<AppointmentId> TestScheduleWriter::book(const QString &time, int slots, ChairId chair)
{
    BookingRequest request;
    request.chairId = chair;
    request.start = at(time);
    request.slotCount = slots;
    Appointment details;
    details.customerName = QStringLiteral("Dana Lee");
    details.status = AppointmentStatus::Confirmed;
    return m_writer->book(m_store, request, details);
}

QStringList TestScheduleWriter::historyActions(const QString &entity, qint64 id)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT action FROM history WHERE entity = :e AND entity_id = :id ORDER BY id"));
    query.bindValue(QStringLiteral(":e"), entity);
    query.bindValue(QStringLiteral(":id"), id);
    QStringList actions;
    if (query.exec()) {
        while (query.next())
            actions.append(query.value(0).toString());
    }
    return actions;
}

void TestScheduleWriter::rescheduleMovesAndResizes()
{
    const Result<AppointmentId> id = book(QStringLiteral("10:00"), 1);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    // To the other chair, an hour later, two slots (30 minutes each) long.
    const Result<int> moved = m_writer->reschedule(m_store, *id, 2, at(QStringLiteral("11:00")), 2, 1);
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
    QCOMPARE(*moved, 2);
    const Result<Appointment> after = SqlScheduleRepository(*m_database).appointment(*id);
    QVERIFY(after);
    QCOMPARE(after->chairId, ChairId(2));
    QCOMPARE(after->startsAt.toSecsSinceEpoch(), at(QStringLiteral("11:00")));
    QCOMPARE(after->endsAt.toSecsSinceEpoch(), at(QStringLiteral("12:00")));
    QCOMPARE(after->slotCount, 2);
    QCOMPARE(after->version, 2);
    // 0 slots keeps the length.
    const Result<int> again = m_writer->reschedule(m_store, *id, 2, at(QStringLiteral("13:00")), 0, 2);
    QVERIFY(again);
    QCOMPARE(SqlScheduleRepository(*m_database).appointment(*id)->slotCount, 2);
    QCOMPARE(historyActions(QStringLiteral("appointment"), *id),
             (QStringList{QStringLiteral("book"), QStringLiteral("move"), QStringLiteral("move")}));
}

void TestScheduleWriter::refusalsCarryTheirReason_data()
{
    QTest::addColumn<int>("chair");
    QTest::addColumn<QString>("time");
    QTest::addColumn<int>("dayOffset");
    QTest::addColumn<int>("slots");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("reason");
    const auto rule = int(Error::Kind::Rule);
    QTest::newRow("taken") << 1 << "10:00" << 0 << 1 << int(Error::Kind::Conflict) << int(Error::Reason::Taken);
    QTest::newRow("lunch gap") << 1 << "12:00" << 0 << 1 << rule << int(Error::Reason::Closed);
    QTest::newRow("resized into lunch") << 1 << "11:30" << 0 << 2 << rule << int(Error::Reason::Closed);
    QTest::newRow("sunday") << 1 << "10:00" << 6 << 1 << rule << int(Error::Reason::Closed);
    QTest::newRow("locked") << 2 << "15:00" << 0 << 1 << rule << int(Error::Reason::Locked);
    QTest::newRow("past") << 1 << "10:00" << -28 << 1 << rule << int(Error::Reason::Past);
    QTest::newRow("before the store opens") << 1 << "10:00" << -35 << 1 << rule << int(Error::Reason::ChairEnded);
}

void TestScheduleWriter::refusalsCarryTheirReason()
{
    QFETCH(int, chair);
    QFETCH(QString, time);
    QFETCH(int, dayOffset);
    QFETCH(int, slots);
    QFETCH(int, kind);
    QFETCH(int, reason);
    QVERIFY(book(QStringLiteral("10:00"), 1));
    const Result<AppointmentId> moving = book(QStringLiteral("14:00"), 1);
    QVERIFY(moving);
    const Result<int> moved = m_writer->reschedule(m_store, *moving, chair, at(time, dayOffset), slots, 1);
    QVERIFY(!moved);
    QCOMPARE(int(moved.error().kind), kind);
    QCOMPARE(int(moved.error().reason), reason);
    QVERIFY(!moved.error().message.isEmpty());
    // Nothing changed.
    const Result<Appointment> still = SqlScheduleRepository(*m_database).appointment(*moving);
    QCOMPARE(still->version, 1);
    QCOMPARE(still->startsAt.toSecsSinceEpoch(), at(QStringLiteral("14:00")));
}

void TestScheduleWriter::aStaleVersionIsRefused()
{
    const Result<AppointmentId> id = book(QStringLiteral("10:00"), 1);
    QVERIFY(id);
    QVERIFY(m_writer->reschedule(m_store, *id, 1, at(QStringLiteral("10:30")), 1, 1));
    for (const Result<int> &stale : {m_writer->reschedule(m_store, *id, 1, at(QStringLiteral("11:00")), 1, 1),
                                     m_writer->cancel(*id, QStringLiteral("called off"), 1),
                                     m_writer->setStatus(m_store, *id, AppointmentStatus::CheckedIn, 1, QString())}) {
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QCOMPARE(stale.error().reason, Error::Reason::StaleVersion);
        QVERIFY2(stale.error().message.contains(QLatin1String(" moved it at ")), qPrintable(stale.error().message));
    }
}

void TestScheduleWriter::statusFollowsTheLifecycle()
{
    const Result<AppointmentId> id = book(QStringLiteral("10:00"), 1);
    QVERIFY(id);
    const Result<int> checkedIn = m_writer->setStatus(m_store, *id, AppointmentStatus::CheckedIn, 1, QString());
    QVERIFY2(checkedIn, qPrintable(checkedIn ? QString() : checkedIn.error().message));
    const Result<int> completed = m_writer->setStatus(m_store, *id, AppointmentStatus::Completed, 2, QString());
    QVERIFY(completed);
    QCOMPARE(*completed, 3);
    // A completed visit is not a no-show; undo goes back one step only.
    const Result<int> noShow = m_writer->setStatus(m_store, *id, AppointmentStatus::NoShow, 3, QString());
    QVERIFY(!noShow);
    QCOMPARE(noShow.error().reason, Error::Reason::NotEditable);
    // A visit that happened is not cancelled: its status is corrected instead.
    const Result<int> cancelCompleted = m_writer->cancel(*id, QStringLiteral("too late"), 3);
    QVERIFY(!cancelCompleted);
    QCOMPARE(cancelCompleted.error().reason, Error::Reason::NotEditable);
    QVERIFY(m_writer->setStatus(m_store, *id, AppointmentStatus::CheckedIn, 3, QStringLiteral("undo")));
    QCOMPARE(SqlScheduleRepository(*m_database).appointment(*id)->status, AppointmentStatus::CheckedIn);
    QCOMPARE(historyActions(QStringLiteral("appointment"), *id),
             (QStringList{QStringLiteral("book"), QStringLiteral("status"), QStringLiteral("status"),
                          QStringLiteral("status")}));
    // The table itself (docs/editing.md).
    QVERIFY(statusChangeAllowed(AppointmentStatus::Pending, AppointmentStatus::Confirmed));
    QVERIFY(!statusChangeAllowed(AppointmentStatus::Pending, AppointmentStatus::Completed));
    QVERIFY(!statusChangeAllowed(AppointmentStatus::Completed, AppointmentStatus::Cancelled));
    QVERIFY(statusChangeAllowed(AppointmentStatus::Cancelled, AppointmentStatus::Confirmed));
}

void TestScheduleWriter::detailsAreEditedWithHistoryAndSearchFollows()
{
    const Result<AppointmentId> id = book(QStringLiteral("10:00"), 1);
    QVERIFY(id);
    Appointment details = *SqlScheduleRepository(*m_database).appointment(*id);
    details.customerName = QStringLiteral("  Zoe Quartermaine ");
    details.customerPhone = QStringLiteral("(555) 777-0142");
    details.service = QStringLiteral("Color");
    details.notes = QStringLiteral("Allergic to ammonia");
    details.startsAt = details.startsAt.addDays(3); // not a details field: ignored
    const Result<int> v = m_writer->updateDetails(*id, details, 1);
    QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
    QCOMPARE(*v, 2);
    const Appointment now = *SqlScheduleRepository(*m_database).appointment(*id);
    QCOMPARE(now.customerName, QStringLiteral("Zoe Quartermaine"));
    QCOMPARE(now.customerPhone, QStringLiteral("(555) 777-0142"));
    QCOMPARE(now.notes, QStringLiteral("Allergic to ammonia"));
    QCOMPARE(now.startsAt, details.startsAt.addDays(-3));
    QCOMPARE(historyActions(QStringLiteral("appointment"), *id),
             (QStringList{QStringLiteral("book"), QStringLiteral("details")}));
    // The customer search finds the new name and number, not the old name.
    QCOMPARE(SqlScheduleRepository(*m_database).searchAppointments(QStringLiteral("quarterm"), 10)->size(), 1);
    QCOMPARE(SqlScheduleRepository(*m_database).searchAppointments(QStringLiteral("7770142"), 10)->size(), 1);

    // Stale, blank and cancelled are refused, each with its reason, and change nothing.
    const Result<int> stale = m_writer->updateDetails(*id, details, 1);
    QVERIFY(!stale);
    QCOMPARE(stale.error().reason, Error::Reason::StaleVersion);
    details.customerName = QStringLiteral("   ");
    const Result<int> blank = m_writer->updateDetails(*id, details, 2);
    QVERIFY(!blank);
    QCOMPARE(blank.error().kind, Error::Kind::Usage);
    QVERIFY(m_writer->cancel(*id, QStringLiteral("flu"), 2));
    details.customerName = QStringLiteral("Zoe Q");
    const Result<int> cancelled = m_writer->updateDetails(*id, details, 3);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().reason, Error::Reason::NotEditable);
    QCOMPARE(SqlScheduleRepository(*m_database).appointment(*id)->customerName, QStringLiteral("Zoe Quartermaine"));
}

void TestScheduleWriter::statusChangesLeaveTheSeatAlone()
{
    // Two seats, then the capacity is cut to one by plain SQL (an import does it
    // the same way): the second appointment sits above the capacity.
    QSqlQuery sql(m_database->connection());
    QVERIFY(sql.exec(QStringLiteral("UPDATE stores SET capacity = 2")));
    const Result<AppointmentId> first = book(QStringLiteral("10:00"), 1);
    const Result<AppointmentId> second = book(QStringLiteral("10:00"), 1);
    QVERIFY(first && second);
    QCOMPARE(SqlScheduleRepository(*m_database).appointment(*second)->seat, 1);
    QVERIFY(sql.exec(QStringLiteral("UPDATE stores SET capacity = 1")));
    sql.finish();
    // Checking it in and cancelling it still work: neither takes a seat.
    const Result<int> checkedIn = m_writer->setStatus(m_store, *second, AppointmentStatus::CheckedIn, 1, QString());
    QVERIFY2(checkedIn, qPrintable(checkedIn ? QString() : checkedIn.error().message));
    QVERIFY(m_writer->setStatus(m_store, *second, AppointmentStatus::Confirmed, 2, QString()));
    const Result<int> cancelled = m_writer->cancel(*second, QStringLiteral("Over capacity"), 3);
    QVERIFY2(cancelled, qPrintable(cancelled ? QString() : cancelled.error().message));
    // Reinstating takes a seat again, and there is none left.
    const Result<int> back = m_writer->setStatus(m_store, *second, AppointmentStatus::Confirmed, 4, QString());
    QVERIFY(!back);
    QCOMPARE(back.error().reason, Error::Reason::Taken);
}

void TestScheduleWriter::reinstatingTakesTheSlotsAgain()
{
    const Result<AppointmentId> id = book(QStringLiteral("10:00"), 1);
    QVERIFY(id);
    QVERIFY(m_writer->cancel(*id, QStringLiteral("called off"), 1));
    // Undo of the cancel: it holds its slot again.
    const Result<int> back = m_writer->setStatus(m_store, *id, AppointmentStatus::Confirmed, 2, QStringLiteral("undo"));
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QVERIFY(!book(QStringLiteral("10:00"), 1));
    // Cancelled again and the slot taken meanwhile: the undo is refused, nothing doubled.
    QVERIFY(m_writer->cancel(*id, QStringLiteral("called off"), 3));
    QVERIFY(book(QStringLiteral("10:00"), 1));
    const Result<int> refused = m_writer->setStatus(m_store, *id, AppointmentStatus::Confirmed, 4, QString());
    QVERIFY(!refused);
    QCOMPARE(refused.error().reason, Error::Reason::Taken);
    QCOMPARE(SqlScheduleRepository(*m_database).appointment(*id)->status, AppointmentStatus::Cancelled);
    QCOMPARE(historyActions(QStringLiteral("appointment"), *id),
             (QStringList{QStringLiteral("book"), QStringLiteral("cancel"), QStringLiteral("reinstate"),
                          QStringLiteral("cancel")}));
}

void TestScheduleWriter::locksAreAddedAndRemovedWithHistory()
{
    const Result<AppointmentId> id = book(QStringLiteral("10:00"), 1);
    QVERIFY(id);
    Lock lock;
    lock.storeId = 1;
    lock.chairId = 1;
    lock.startsAt = QDateTime::fromSecsSinceEpoch(at(QStringLiteral("09:00")), Qt::UTC);
    lock.endsAt = QDateTime::fromSecsSinceEpoch(at(QStringLiteral("11:00")), Qt::UTC);
    lock.reason = QStringLiteral("Deep clean");
    const Result<AddedLock> added = m_writer->addLock(m_store, lock);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QCOMPARE(added->displaced.size(), 1); // the 10:00 appointment, still booked
    const Result<Lock> removed = m_writer->removeLock(added->id, QStringLiteral("Cleaners rescheduled"));
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
    QCOMPARE(removed->reason, QStringLiteral("Deep clean"));
    QCOMPARE(removed->chairId, std::optional<ChairId>(1));
    QCOMPARE(removed->startsAt, lock.startsAt);
    QCOMPARE(historyActions(QStringLiteral("lock"), added->id),
             (QStringList{QStringLiteral("add"), QStringLiteral("remove")}));
    const Result<Lock> again = m_writer->removeLock(added->id, QStringLiteral("twice"));
    QVERIFY(!again);
    QCOMPARE(again.error().reason, Error::Reason::NotFound);
    // A blank reason is refused before anything is written.
    const QStringList before = historyActions(QStringLiteral("lock"), 1);
    const Result<Lock> blank = m_writer->removeLock(1, QStringLiteral("  "));
    QVERIFY(!blank);
    QCOMPARE(blank.error().kind, Error::Kind::Usage);
    QCOMPARE(historyActions(QStringLiteral("lock"), 1), before);
}

void TestScheduleWriter::theEmbeddedOwnerHoldsEveryRight()
{
    const Rights rights = m_writer->rights();
    // The test server's login is its superuser, a member of every role: admin.
    QCOMPARE(rights.role,
             test::TestDatabase::currentBackend() == test::Backend::Sqlite ? QStringLiteral("owner")
                                                                           : QStringLiteral("admin"));
    QVERIFY(rights.book && rights.lock && rights.overrideLocks);
}

QTEST_GUILESS_MAIN(TestScheduleWriter)
#include "tst_schedulewriter.moc"
