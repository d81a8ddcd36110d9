#include "core/Clock.h"
#include "core/SlotCalculator.h"
#include "editing/AppointmentCommands.h"
#include "editing/ScheduleEditor.h"
#include "editing/ScheduleWorker.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleSession.h"
#include "storage/SqlScheduleWriter.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace sams;

// The editing layer on a real database (both): each verb applied, undone and
// redone through the worker thread; an undo refused because another client took
// the slot leaves the stack consistent; a busy database never blocks the thread
// that asked (docs/editing.md).
class TestScheduleEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void cleanup();
    void bookUndoRedo();
    void moveResizeUndoRedo();
    void refusedUndoLeavesTheStackConsistent();
    void refusedEditChangesNothing();
    void undoNeverWritesOverAnotherClientsChange();
    void statusAndCancelUndo();
    void lockAndUnlockUndo();
    void aBusyDatabaseDoesNotBlockTheCaller();

private:
    static qint64 at(const QString &time);
    // Applies, undoes or redoes and waits for the answer; true when it went through.
    bool wait(const std::function<void()> &action);
    Appointment current(AppointmentId id);
    AppointmentId bookDirectly(const QString &time, ChairId chair = 1);

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database; // "another client"
    std::unique_ptr<ScheduleWorker> m_worker;
    std::unique_ptr<ScheduleEditor> m_editor;
    Store m_store;
    Error m_lastError;
};

void TestScheduleEditor::init()
{
    Clock::setFixed(QDateTime(QDate(2027, 1, 10), QTime(15, 0), Qt::UTC));
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    m_database = m_file->open();
    ChainData chain = test::stationChain({TimeInterval{9 * 60, 17 * 60}});
    const Store store = chain.stores.first();
    QVERIFY(SqlScheduleRepository(*m_database).insertChain(chain));
    m_store = store;
    const DatabaseUrl url = m_file->url();
    m_worker = std::make_unique<ScheduleWorker>([url] { return SqlScheduleSession::open(url); });
    m_editor = std::make_unique<ScheduleEditor>(*m_worker);
    connect(m_editor.get(), &ScheduleEditor::refused, this, [this](const Error &e) { m_lastError = e; });
}

void TestScheduleEditor::cleanup()
{
    m_editor.reset();
    m_worker.reset();
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

qint64 TestScheduleEditor::at(const QString &time)
{
    const QTime wall = QTime::fromString(time, QStringLiteral("HH:mm"));
    return SlotCalculator::instantSecs(QDate(2027, 2, 1), wall.hour() * 60 + wall.minute(),
                                       QTimeZone("America/Chicago"));
}

bool TestScheduleEditor::wait(const std::function<void()> &action)
{
    QSignalSpy applied(m_editor.get(), &ScheduleEditor::applied);
    QSignalSpy refused(m_editor.get(), &ScheduleEditor::refused);
    action();
    if (!QTest::qWaitFor([&] { return applied.size() + refused.size() > 0; }, 20000))
        qFatal("no answer from the worker");
    return applied.size() == 1;
}

Appointment TestScheduleEditor::current(AppointmentId id)
{
    const Result<Appointment> a = SqlScheduleRepository(*m_database).appointment(id);
    return a ? *a : Appointment{};
}

AppointmentId TestScheduleEditor::bookDirectly(const QString &time, ChairId chair)
{
    BookingRequest request;
    request.chairId = chair;
    request.start = at(time);
    Appointment details;
    details.customerName = QStringLiteral("Walk-in");
    const Result<AppointmentId> id
        = SqlScheduleWriter(*m_database, QStringLiteral("other")).book(m_store, request, details);
    return id ? *id : 0;
}

void TestScheduleEditor::bookUndoRedo()
{
    BookingRequest request;
    request.chairId = 1;
    request.start = at(QStringLiteral("10:00"));
    request.slotCount = 2;
    Appointment details;
    details.customerName = QStringLiteral("Mia Rossi");
    details.status = AppointmentStatus::Confirmed;
    QSignalSpy applied(m_editor.get(), &ScheduleEditor::applied);
    QVERIFY(wait([&] { m_editor->apply(new BookCommand(m_store, request, details)); }));
    const AppointmentId id = applied.first().at(1).value<AppointmentId>();
    QVERIFY(id > 0);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY(m_editor->undoStack()->undoText().startsWith(QLatin1String("Book Mia Rossi")));
    QCOMPARE(current(id).status, AppointmentStatus::Confirmed);

    QVERIFY(wait([&] { m_editor->undo(); }));
    QCOMPARE(current(id).status, AppointmentStatus::Cancelled);
    QVERIFY(m_editor->canRedo());
    QVERIFY(wait([&] { m_editor->redo(); }));
    QCOMPARE(current(id).status, AppointmentStatus::Confirmed);
    QCOMPARE(current(id).version, 3);
    QCOMPARE(m_editor->undoStack()->index(), 1);
}

void TestScheduleEditor::moveResizeUndoRedo()
{
    const AppointmentId id = bookDirectly(QStringLiteral("10:00"));
    QVERIFY(id);
    QVERIFY(wait([&] {
        m_editor->apply(new RescheduleCommand(m_store, current(id), Placement{2, at(QStringLiteral("11:00")), 1},
                                              QStringLiteral("Station 2")));
    }));
    QCOMPARE(current(id).chairId, ChairId(2));
    QVERIFY(wait([&] {
        m_editor->apply(new RescheduleCommand(m_store, current(id), Placement{2, at(QStringLiteral("11:00")), 3},
                                              QStringLiteral("Station 2")));
    }));
    QCOMPARE(current(id).slotCount, 3);
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Resize Walk-in to 3 slots"));
    QVERIFY(wait([&] { m_editor->undo(); }));
    QCOMPARE(current(id).slotCount, 1);
    QVERIFY(wait([&] { m_editor->undo(); }));
    QCOMPARE(current(id).chairId, ChairId(1));
    QCOMPARE(current(id).startsAt.toSecsSinceEpoch(), at(QStringLiteral("10:00")));
    QVERIFY(wait([&] { m_editor->redo(); }));
    QCOMPARE(current(id).chairId, ChairId(2));
    QCOMPARE(current(id).version, 6);
}

void TestScheduleEditor::refusedUndoLeavesTheStackConsistent()
{
    const AppointmentId id = bookDirectly(QStringLiteral("10:00"));
    QVERIFY(wait([&] {
        m_editor->apply(new RescheduleCommand(m_store, current(id), Placement{1, at(QStringLiteral("12:00")), 1},
                                              QStringLiteral("Station 1")));
    }));
    // Another client takes the slot the undo would go back to.
    QVERIFY(bookDirectly(QStringLiteral("10:00")));
    QVERIFY(!wait([&] { m_editor->undo(); }));
    QCOMPARE(m_lastError.reason, Error::Reason::Taken);
    // The refused edit left the stack: nothing to undo or redo, and the database
    // still has the appointment where the move put it.
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QVERIFY(!m_editor->canUndo());
    QVERIFY(!m_editor->canRedo());
    QCOMPARE(current(id).startsAt.toSecsSinceEpoch(), at(QStringLiteral("12:00")));

    // A refused redo too (another client cancelled it: stale version).
    QVERIFY(wait([&] {
        m_editor->apply(new RescheduleCommand(m_store, current(id), Placement{1, at(QStringLiteral("13:00")), 1},
                                              QStringLiteral("Station 1")));
    }));
    QVERIFY(wait([&] { m_editor->undo(); }));
    QVERIFY(SqlScheduleWriter(*m_database, QStringLiteral("other"))
                .cancel(id, QStringLiteral("phoned"), current(id).version));
    QVERIFY(!wait([&] { m_editor->redo(); }));
    QCOMPARE(m_lastError.reason, Error::Reason::StaleVersion);
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void TestScheduleEditor::undoNeverWritesOverAnotherClientsChange()
{
    const AppointmentId id = bookDirectly(QStringLiteral("10:00"));
    Appointment mine = current(id);
    mine.customerPhone = QStringLiteral("555-0101");
    QVERIFY(wait([&] { m_editor->apply(new DetailsCommand(m_store.id, current(id), mine)); })); // v2
    // Another desktop adds a note (v3); this desktop then moves it (v4).
    Appointment theirs = current(id);
    theirs.notes = QStringLiteral("Prefers mornings");
    QVERIFY(SqlScheduleWriter(*m_database, QStringLiteral("other")).updateDetails(id, theirs, theirs.version));
    QVERIFY(wait([&] {
        m_editor->apply(new RescheduleCommand(m_store, current(id), Placement{2, at(QStringLiteral("11:00")), 1},
                                              QStringLiteral("Station 2")));
    }));
    QVERIFY(wait([&] { m_editor->undo(); })); // the move: this desktop's own run since v3
    QCOMPARE(current(id).chairId, ChairId(1));
    // Undoing the details edit would put back the details of v1 over their note:
    // it was made before their change, so it is refused as stale.
    QVERIFY(!wait([&] { m_editor->undo(); }));
    QCOMPARE(current(id).notes, QStringLiteral("Prefers mornings"));
    QCOMPARE(current(id).customerPhone, QStringLiteral("555-0101"));
    QCOMPARE(m_editor->undoStack()->count(), 1); // only the move is left, to redo
}

void TestScheduleEditor::refusedEditChangesNothing()
{
    const AppointmentId taken = bookDirectly(QStringLiteral("10:00"));
    const AppointmentId id = bookDirectly(QStringLiteral("11:00"));
    QVERIFY(taken && id);
    QVERIFY(!wait([&] {
        m_editor->apply(new RescheduleCommand(m_store, current(id), Placement{1, at(QStringLiteral("10:00")), 1},
                                              QStringLiteral("Station 1")));
    }));
    QCOMPARE(m_lastError.reason, Error::Reason::Taken);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QCOMPARE(current(id).version, 1);
}

void TestScheduleEditor::statusAndCancelUndo()
{
    const AppointmentId id = bookDirectly(QStringLiteral("10:00"));
    QVERIFY(wait([&] { m_editor->apply(new StatusCommand(m_store, current(id), AppointmentStatus::CheckedIn)); }));
    QCOMPARE(current(id).status, AppointmentStatus::CheckedIn);
    QVERIFY(wait([&] { m_editor->undo(); }));
    QCOMPARE(current(id).status, AppointmentStatus::Pending);
    QVERIFY(wait([&] {
        m_editor->apply(
            new StatusCommand(m_store, current(id), AppointmentStatus::Cancelled, QStringLiteral("Customer ill")));
    }));
    QCOMPARE(current(id).status, AppointmentStatus::Cancelled);
    // The redo of the check-in was dropped by the new edit, as in any editor.
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY(wait([&] { m_editor->undo(); }));
    QCOMPARE(current(id).status, AppointmentStatus::Pending);
}

void TestScheduleEditor::lockAndUnlockUndo()
{
    Lock lock;
    lock.storeId = 1;
    lock.chairId = 2;
    lock.startsAt = QDateTime::fromSecsSinceEpoch(at(QStringLiteral("09:00")), Qt::UTC);
    lock.endsAt = QDateTime::fromSecsSinceEpoch(at(QStringLiteral("10:00")), Qt::UTC);
    lock.reason = QStringLiteral("Training");
    auto lockCount = [&] {
        QSqlQuery q(m_database->connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM locks")) && q.next() ? q.value(0).toInt() : -1;
    };
    QVERIFY(wait([&] { m_editor->apply(new LockCommand(m_store, lock, LockCommand::Verb::Add)); }));
    QCOMPARE(lockCount(), 1);
    QVERIFY(wait([&] { m_editor->undo(); }));
    QCOMPARE(lockCount(), 0);
    QVERIFY(wait([&] { m_editor->redo(); }));
    QCOMPARE(lockCount(), 1);
    // And removing it the other way round, by its new id.
    QSqlQuery id(m_database->connection());
    QVERIFY(id.exec(QStringLiteral("SELECT id FROM locks")) && id.next());
    lock.id = id.value(0).toLongLong();
    id.finish(); // an open SQLite statement would keep reading the old snapshot
    QVERIFY(wait([&] {
        m_editor->apply(new LockCommand(m_store, lock, LockCommand::Verb::Remove, QStringLiteral("Cancelled")));
    }));
    QCOMPARE(lockCount(), 0);
    QVERIFY(wait([&] { m_editor->undo(); }));
    QCOMPARE(lockCount(), 1);
}

void TestScheduleEditor::aBusyDatabaseDoesNotBlockTheCaller()
{
    // Another client holds the write lock for a while (SQLite: the whole file;
    // PostgreSQL: the store's rules lock). The edit waits on the worker; this
    // thread keeps running its event loop meanwhile.
    QSqlDatabase other = m_file->rawConnection(QStringLiteral("holder"));
    QVERIFY(other.open());
    {
        QSqlQuery hold(other);
        if (test::TestDatabase::currentBackend() == test::Backend::Sqlite)
            QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        else
            QVERIFY2(hold.exec(QStringLiteral("BEGIN"))
                         && hold.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727002, 1)")),
                     qPrintable(hold.lastError().text()));
    }
    BookingRequest request;
    request.chairId = 1;
    request.start = at(QStringLiteral("15:00"));
    Appointment details;
    details.customerName = QStringLiteral("Patient");
    QSignalSpy applied(m_editor.get(), &ScheduleEditor::applied);
    m_editor->apply(new BookCommand(m_store, request, details));
    QVERIFY(!m_editor->canEdit());
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(10);
    QTest::qWait(300);
    QVERIFY2(ticks >= 10, "the event loop stalled while the database was busy");
    QCOMPARE(applied.size(), 0); // still waiting for the lock
    QSqlQuery(other).exec(QStringLiteral("COMMIT"));
    QVERIFY(QTest::qWaitFor([&] { return applied.size() == 1; }, 15000));
    QVERIFY(m_editor->canEdit());
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

QTEST_MAIN(TestScheduleEditor)
#include "tst_scheduleeditor.moc"
