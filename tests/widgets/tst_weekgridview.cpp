#include "core/Clock.h"
#include "core/SlotCalculator.h"
#include "models/WeekScheduleModel.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"
#include "widgets/WeekGridView.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace sams;

// The grid alone, with real mouse and key events: it reports what the user wants
// and shows on the target whether the booking rule allows it (docs/editing.md, Grid).
class TestWeekGridView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void dragToAFreeSlotAsksToMove();
    void dragOverRefusedTargetsShowsWhy_data();
    void dragOverRefusedTargetsShowsWhy();
    void dragTheLowerEdgeAsksToResize();
    void keyboardMovesTheCursorAndActs();
    void doubleClickOnFreeTimeAsksToBook();
    void selectionSurvivesAnUpdateInPlace();

private:
    static qint64 at(int day, const QString &time);
    AppointmentId book(int day, const QString &time, ChairId chair, int slots = 1);
    void load(int days = 7);
    void drag(const QPoint &from, const QPoint &to, bool release = true);

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    Store m_store;
    WeekScheduleModel *m_model = nullptr;
    WeekGridView *m_view = nullptr;
    QScrollArea *m_scroll = nullptr;
};

void TestWeekGridView::init()
{
    Clock::setFixed(QDateTime(QDate(2027, 1, 10), QTime(15, 0), Qt::UTC));
    m_file = std::make_unique<test::TestDatabase>();
    m_database = m_file->open();
    ChainData chain = test::stationChain({TimeInterval{9 * 60, 12 * 60}, TimeInterval{13 * 60, 17 * 60}});
    const Store store = chain.stores.first();
    Lock lock;
    lock.id = 1;
    lock.storeId = 1;
    lock.chairId = 2;
    lock.startsAt = QDateTime::fromSecsSinceEpoch(at(0, QStringLiteral("15:00")), Qt::UTC);
    lock.endsAt = QDateTime::fromSecsSinceEpoch(at(0, QStringLiteral("16:00")), Qt::UTC);
    lock.reason = QStringLiteral("Training");
    lock.createdBy = QStringLiteral("test");
    chain.locks.append(lock);
    QVERIFY(SqlScheduleRepository(*m_database).insertChain(chain));
    m_store = store;
    m_model = new WeekScheduleModel;
    m_view = new WeekGridView;
    m_view->setModel(m_model);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_view);
    m_scroll->resize(1000, 380); // smaller than the grid: it scrolls
    m_model->setParent(m_scroll);
}

void TestWeekGridView::cleanup()
{
    delete m_scroll;
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

qint64 TestWeekGridView::at(int day, const QString &time)
{
    const QTime wall = QTime::fromString(time, QStringLiteral("HH:mm"));
    return SlotCalculator::instantSecs(QDate(2027, 2, 1).addDays(day), wall.hour() * 60 + wall.minute(),
                                       QTimeZone("America/Chicago"));
}

AppointmentId TestWeekGridView::book(int day, const QString &time, ChairId chair, int slots)
{
    BookingRequest request;
    request.chairId = chair;
    request.start = at(day, time);
    request.slotCount = slots;
    Appointment details;
    details.customerName = QStringLiteral("Mia Rossi");
    details.service = QStringLiteral("Cut");
    const Result<AppointmentId> id
        = SqlScheduleWriter(*m_database, QStringLiteral("t")).book(m_store, request, details);
    return id ? *id : 0;
}

void TestWeekGridView::load(int days)
{
    SqlScheduleRepository repository(*m_database);
    const Result<WeekSchedule> week = WeekSchedule::load(repository, m_store, QDate(2027, 2, 1), days);
    QVERIFY(week);
    m_model->setWeek(*week);
    m_scroll->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_scroll));
}

void TestWeekGridView::drag(const QPoint &from, const QPoint &to, bool release)
{
    QTest::mousePress(m_view, Qt::LeftButton, {}, from);
    // Real moves in steps, as a hand makes them (the first beyond the drag distance).
    const int steps = 6;
    for (int i = 1; i <= steps; ++i) {
        const QPoint p = from + (to - from) * i / steps;
        QMouseEvent move(QEvent::MouseMove, p, m_view->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view, &move);
    }
    if (release)
        QTest::mouseRelease(m_view, Qt::LeftButton, {}, to);
}

void TestWeekGridView::dragToAFreeSlotAsksToMove()
{
    const AppointmentId id = book(0, QStringLiteral("10:00"), 1);
    QVERIFY(id);
    load();
    QSignalSpy moves(m_view, &WeekGridView::moveRequested);
    const QPoint from = m_view->appointmentCenter(id);
    QVERIFY(!from.isNull());
    // Grabbed in its middle (10:15), dropped with its middle at 11:15 on Station 2, Tuesday.
    drag(from, m_view->pointAt(1, 1, 11 * 60 + 13));
    QCOMPARE(moves.size(), 1);
    QCOMPARE(moves.first().at(0).value<AppointmentId>(), id);
    QCOMPARE(moves.first().at(1).value<ChairId>(), ChairId(2));
    QCOMPARE(moves.first().at(2).value<qint64>(), at(1, QStringLiteral("11:00")));
    QCOMPARE(m_view->selectedAppointment(), id);
}

void TestWeekGridView::dragOverRefusedTargetsShowsWhy_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("lane");
    QTest::addColumn<int>("minute");
    QTest::addColumn<QString>("why");
    QTest::newRow("taken") << 0 << 0 << 14 * 60 << "already booked";
    QTest::newRow("lunch") << 0 << 0 << 12 * 60 + 10 << "closed";
    QTest::newRow("sunday") << 6 << 0 << 10 * 60 << "closed";
    QTest::newRow("locked") << 0 << 1 << 15 * 60 + 10 << "locked";
}

void TestWeekGridView::dragOverRefusedTargetsShowsWhy()
{
    QFETCH(int, day);
    QFETCH(int, lane);
    QFETCH(int, minute);
    QFETCH(QString, why);
    const AppointmentId id = book(0, QStringLiteral("10:00"), 1);
    QVERIFY(book(0, QStringLiteral("14:00"), 1));
    load();
    const QPoint from = m_view->appointmentCenter(id);
    const QPoint to = m_view->pointAt(day, lane, minute);
    // The grab point is the block's middle: aim the block's top at the target.
    const QPoint offset(0, from.y() - m_view->pointAt(0, 0, 10 * 60).y());
    drag(from, to + offset, false);
    QVERIFY2(m_view->toolTip().contains(why, Qt::CaseInsensitive), qPrintable(m_view->toolTip()));
    QSignalSpy moves(m_view, &WeekGridView::moveRequested);
    QTest::mouseRelease(m_view, Qt::LeftButton, {}, to + offset);
    // Still reported: the writer gives the final word and the reason.
    QCOMPARE(moves.size(), 1);
    QVERIFY(m_view->toolTip().isEmpty());
}

void TestWeekGridView::dragTheLowerEdgeAsksToResize()
{
    const AppointmentId id = book(0, QStringLiteral("10:00"), 1);
    load();
    QSignalSpy resizes(m_view, &WeekGridView::resizeRequested);
    const QPoint edge(m_view->appointmentCenter(id).x(), m_view->pointAt(0, 0, 10 * 60 + 30).y() - 4);
    drag(edge, QPoint(edge.x(), m_view->pointAt(0, 0, 11 * 60 + 30).y()));
    QCOMPARE(resizes.size(), 1);
    QCOMPARE(resizes.first().at(1).toInt(), 3);
}

void TestWeekGridView::keyboardMovesTheCursorAndActs()
{
    const AppointmentId id = book(0, QStringLiteral("09:30"), 1);
    load();
    m_view->setFocus();
    QSignalSpy selected(m_view, &WeekGridView::selectionChanged);
    QSignalSpy books(m_view, &WeekGridView::bookRequested);
    QSignalSpy opens(m_view, &WeekGridView::openRequested);
    QSignalSpy cancels(m_view, &WeekGridView::cancelRequested);
    QSignalSpy moves(m_view, &WeekGridView::moveRequested);
    QSignalSpy resizes(m_view, &WeekGridView::resizeRequested);
    // The cursor starts at the first slot of the first chair and day: 09:00, free.
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(books.size(), 1);
    QCOMPARE(books.first().at(1).value<qint64>(), at(0, QStringLiteral("09:00")));
    QVERIFY(m_view->accessibleName().contains(QLatin1String("09:00")));
    QTest::keyClick(m_view, Qt::Key_Down); // 09:30: the appointment
    QCOMPARE(m_view->selectedAppointment(), id);
    QVERIFY2(m_view->accessibleName().contains(QLatin1String("Mia Rossi")), qPrintable(m_view->accessibleName()));
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(opens.size(), 1);
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(cancels.size(), 1);
    QTest::keyClick(m_view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(moves.size(), 1);
    QCOMPARE(moves.first().at(2).value<qint64>(), at(0, QStringLiteral("10:00")));
    QTest::keyClick(m_view, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(moves.at(1).at(1).value<ChairId>(), ChairId(2));
    QTest::keyClick(m_view, Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(resizes.size(), 1);
    QCOMPARE(resizes.first().at(1).toInt(), 2);
    // Right runs on to the next chair, then the next day.
    QTest::keyClick(m_view, Qt::Key_Right);
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->cursor()->day, 1);
    QCOMPARE(m_view->cursor()->lane, 0);
    QVERIFY(selected.size() >= 2);
}

void TestWeekGridView::doubleClickOnFreeTimeAsksToBook()
{
    load(1); // the day view: one wide column per chair
    QSignalSpy books(m_view, &WeekGridView::bookRequested);
    QTest::mouseDClick(m_view, Qt::LeftButton, {}, m_view->pointAt(0, 1, 13 * 60 + 40));
    QCOMPARE(books.size(), 1);
    QCOMPARE(books.first().at(0).value<ChairId>(), ChairId(2));
    QCOMPARE(books.first().at(1).value<qint64>(), at(0, QStringLiteral("13:30")));
}

void TestWeekGridView::selectionSurvivesAnUpdateInPlace()
{
    const AppointmentId id = book(0, QStringLiteral("10:00"), 1);
    load();
    QTest::mouseClick(m_view, Qt::LeftButton, {}, m_view->appointmentCenter(id));
    QCOMPARE(m_view->selectedAppointment(), id);
    m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum() / 2);
    const int scrolled = m_scroll->verticalScrollBar()->value();
    // Another client books meanwhile; the view is reloaded.
    QVERIFY(book(2, QStringLiteral("11:00"), 2));
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    load();
    QCOMPARE(resets.size(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_view->selectedAppointment(), id);
    QCOMPARE(m_scroll->verticalScrollBar()->value(), scrolled);
}

QTEST_MAIN(TestWeekGridView)
#include "tst_weekgridview.moc"
