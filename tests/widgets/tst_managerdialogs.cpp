#include "core/Clock.h"
#include "core/SlotCalculator.h"
#include "editing/ScheduleEditor.h"
#include "editing/ScheduleWorker.h"
#include "models/WorklistModel.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleSession.h"
#include "storage/SqlScheduleWriter.h"
#include "support/Desk.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"
#include "widgets/HoursEditorDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/WorklistDock.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace sams;

// Every manager's dialog opens from its menu entry, shows what it is for, and
// fits a 1366x768 laptop screen (docs/manager-guide.md). With SAMS_GUIDE_IMAGES
// set to a folder, each is also saved there as the guide's picture.
class TestManagerDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void eachDialogFitsASmallScreen_data();
    void eachDialogFitsASmallScreen();
    void theWorklistUnderTheGrid();

private:
    void book(QDate date, const QString &time, ChairId chair, const QString &name);
    static void save(QWidget *widget, const QString &name);

    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlScheduleRepository> m_repository;
    std::unique_ptr<test::Desk> m_desk;
    MainWindow *m_window = nullptr;
    ScheduleEditor *m_editor = nullptr;
    ScheduleWorker *m_worker = nullptr;
    Store m_store;
};

namespace {
const QDate monday(2027, 1, 18);
const QSize smallScreen(1366, 768);
} // namespace

void TestManagerDialogs::init()
{
    Clock::setFixed(QDateTime(QDate(2027, 1, 13), QTime(15, 0), Qt::UTC));
    m_file = std::make_unique<test::TestDatabase>();
    m_database = m_file->open();
    ChainData chain = test::stationChain({TimeInterval{9 * 60, 12 * 60}, TimeInterval{13 * 60, 18 * 60}});
    m_store = chain.stores.first();
    m_repository = std::make_unique<SqlScheduleRepository>(*m_database);
    QVERIFY(m_repository->insertChain(chain));
    const QStringList names{QStringLiteral("Ana Lima"),  QStringLiteral("Ben Okafor"), QStringLiteral("Cleo Park"),
                            QStringLiteral("Dev Patel"), QStringLiteral("Eva Rossi"),  QStringLiteral("Finn Berg")};
    for (int day = 0; day < 6; ++day) {
        book(monday.addDays(day), QStringLiteral("10:00"), 1, names.at(day));
        book(monday.addDays(day), QStringLiteral("16:30"), 1 + day % 2, names.at((day + 3) % 6));
        book(monday.addDays(day), QStringLiteral("17:00"), 2 - day % 2, names.at((day + 1) % 6));
    }
    m_desk = std::make_unique<test::Desk>(m_file->url(), *m_repository,
                                          SqlScheduleWriter(*m_database, QStringLiteral("t")).rights(), monday,
                                          smallScreen);
    m_window = m_desk->window();
    m_editor = m_desk->editor();
    m_worker = m_desk->worker();
}

void TestManagerDialogs::cleanup()
{
    m_desk.reset();
    m_repository.reset();
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

void TestManagerDialogs::book(QDate date, const QString &time, ChairId chair, const QString &name)
{
    BookingRequest request;
    request.chairId = chair;
    const QTime wall = QTime::fromString(time, QStringLiteral("HH:mm"));
    request.start = SlotCalculator::instantSecs(date, wall.hour() * 60 + wall.minute(), m_store.timeZone());
    Appointment details;
    details.customerName = name;
    details.customerPhone = QStringLiteral("(312) 555-01%1").arg(date.day() + int(chair), 2, 10, QLatin1Char('0'));
    QVERIFY(SqlScheduleWriter(*m_database, QStringLiteral("other")).book(m_store, request, details));
}

void TestManagerDialogs::save(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SAMS_GUIDE_IMAGES");
    if (!folder.isEmpty())
        QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

void TestManagerDialogs::eachDialogFitsASmallScreen_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("image");
    QTest::newRow("hours") << QStringLiteral("hoursAction") << QStringLiteral("manager-hours");
    QTest::newRow("preview") << QStringLiteral("hoursAction") << QStringLiteral("manager-preview");
    QTest::newRow("exceptions") << QStringLiteral("exceptionsAction") << QStringLiteral("manager-exceptions");
    QTest::newRow("chairs") << QStringLiteral("chairsAction") << QStringLiteral("manager-chairs");
    QTest::newRow("store") << QStringLiteral("storeAction") << QStringLiteral("manager-store");
    QTest::newRow("import") << QStringLiteral("importAction") << QStringLiteral("manager-import");
}

void TestManagerDialogs::eachDialogFitsASmallScreen()
{
    QFETCH(QString, action);
    QFETCH(QString, image);
    bool shown = false;
    bool asked = false;
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [&, poll] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        if (image == QLatin1String("manager-preview")) {
            if (auto *hours = qobject_cast<HoursEditorDialog *>(modal)) {
                if (asked)
                    return; // the preview is being read
                asked = true;
                // A new version closing at 17:00: the preview lists who is displaced.
                hours->startNewVersion(monday, {});
                HoursVersion shorter;
                shorter.setDays(1, 6, {{9 * 60, 12 * 60}, {13 * 60, 17 * 60}});
                hours->setWeek(shorter.week);
                hours->saveButton()->click();
                return; // the preview comes next
            }
        } else if (auto *hours = qobject_cast<HoursEditorDialog *>(modal)) {
            // The picture shows a week being edited, lunch as a gap, one cell marked.
            hours->startNewVersion(monday, {});
            HoursVersion week;
            week.setDays(1, 5, {{9 * 60, 12 * 60}, {13 * 60, 18 * 60}});
            week.setDays(6, 6, {{10 * 60, 14 * 60}, {13 * 60, 15 * 60}});
            hours->setWeek(week.week);
        }
        poll->stop();
        poll->deleteLater();
        QTest::qWait(50);
        const QSize size = modal->frameGeometry().size();
        QVERIFY2(size.width() <= smallScreen.width() && size.height() <= smallScreen.height(),
                 qPrintable(QStringLiteral("%1 is %2x%3").arg(image).arg(size.width()).arg(size.height())));
        QVERIFY(!modal->windowTitle().isEmpty());
        save(modal, image);
        shown = true;
        // Close it and any dialog below it.
        while (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    poll->start(20);
    m_window->findChild<QAction *>(action)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(shown, 15000);
}

void TestManagerDialogs::theWorklistUnderTheGrid()
{
    // Closing at 17:00 instead of 18:00: the 17:00 bookings are displaced.
    HoursVersion shorter;
    shorter.storeId = 1;
    shorter.effectiveFrom = monday;
    shorter.setDays(1, 6, {{9 * 60, 12 * 60}, {13 * 60, 17 * 60}});
    QVERIFY(SqlScheduleSession::open(m_file->url()).value()->rulesWriter().saveHours(shorter, 0));
    m_window->reloadWorklist();
    WorklistDock *dock = m_window->worklistDock();
    QTRY_VERIFY_WITH_TIMEOUT(dock->model()->rowCount() == 6, 10000);
    QVERIFY(QTest::qWaitFor([&] { return !m_window->isLoading() && m_worker->pending() == 0; }, 20000));
    m_window->showWeekOf(monday);
    QVERIFY(QTest::qWaitFor([&] { return !m_window->isLoading() && m_worker->pending() == 0; }, 20000));
    dock->selectAppointment(dock->model()->itemAt(0).appointment.id);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Worklist (6)"));
    // The grid keeps most of the window.
    QVERIFY(dock->height() < m_window->height() / 2);
    save(m_window, QStringLiteral("manager-worklist"));
}

QTEST_MAIN(TestManagerDialogs)
#include "tst_managerdialogs.moc"
