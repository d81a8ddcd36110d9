#include "core/Clock.h"
#include "core/SlotCalculator.h"
#include "models/WeekScheduleModel.h"
#include "storage/SqlChangeFeed.h"
#include "storage/SqlScheduleRepository.h"
#include "support/TestDatabase.h"
#include "widgets/EnvironmentBadge.h"
#include "widgets/MainWindow.h"
#include "widgets/WeekGridGeometry.h"
#include "widgets/WeekGridView.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace sams;

// The main window driven as a user would: real widgets, real mouse clicks, offscreen.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clickingAStoreShowsItsWeek();
    void weekButtonsMoveByAWeek();
    void productionIsUnmistakable();
    void changesByOthersAppearByThemselves();

private:
    QString titleOf(MainWindow &window) const;

    test::TestDatabase m_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlScheduleRepository> m_repository;
};

void TestMainWindow::initTestCase()
{
    Clock::setFixed(test::fixtureNow());
    m_database = m_file.open();
    test::insertDemoChain(*m_database);
    m_repository = std::make_unique<SqlScheduleRepository>(*m_database);
}

void TestMainWindow::cleanupTestCase()
{
    Clock::reset();
}

QString TestMainWindow::titleOf(MainWindow &window) const
{
    return window.findChild<QLabel *>(QStringLiteral("titleLabel"))->text();
}

void TestMainWindow::clickingAStoreShowsItsWeek()
{
    MainWindow window(*m_repository, m_file.urlText(), Environment::Local);
    QVERIFY(window.reload().has_value());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTreeView *tree = window.storeTree();
    const QAbstractItemModel *model = tree->model();
    // Find Phoenix in the tree and click it as a user would.
    QModelIndex phoenix;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString().contains(QLatin1String("Phoenix")))
            phoenix = model->index(row, 0);
    }
    QVERIFY(phoenix.isValid());
    const QRect cell = tree->visualRect(phoenix);
    QVERIFY(!cell.isEmpty());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, cell.center());

    QVERIFY(window.currentStore());
    QCOMPARE(window.currentStore()->code, QStringLiteral("PHX-CAM"));
    QVERIFY2(titleOf(window).contains(QLatin1String("Phoenix Camelback")), qPrintable(titleOf(window)));
    const WeekSchedule &week = window.weekView()->model()->week();
    QCOMPARE(week.store.code, QStringLiteral("PHX-CAM"));
    QCOMPARE(week.firstDay, QDate(2026, 11, 30));
    QCOMPARE(week.chairs.size(), 4);
    QVERIFY(window.weekView()->model()->rowCount() > 0);

    // Clicking a chair shows its store's week too.
    const QModelIndex chair = model->index(1, 0, phoenix);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(chair).center());
    QCOMPARE(window.currentStore()->code, QStringLiteral("PHX-CAM"));

    // Hit-testing finds an appointment block where the grid drew it, and nothing in the time gutter.
    WeekGridView *view = window.weekView();
    const WeekSchedule &shown = view->model()->week();
    const auto active = std::find_if(shown.appointments.cbegin(), shown.appointments.cend(),
                                     [](const AppointmentBlock &b) { return b.appointment.isActive(); });
    QVERIFY(active != shown.appointments.cend());
    const QRectF box = WeekGridGeometry(shown, view->size()).blockRect(active->place);
    QCOMPARE(view->appointmentRowAt(box.center().toPoint()), int(active - shown.appointments.cbegin()));
    QCOMPARE(view->appointmentRowAt(QPoint(5, int(box.center().y()))), -1);
}

void TestMainWindow::weekButtonsMoveByAWeek()
{
    MainWindow window(*m_repository, m_file.urlText(), Environment::Local);
    QVERIFY(window.reload().has_value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // It starts on the first store open today, not on Brooklyn, which opens in two weeks.
    QCOMPARE(window.currentStore()->code, QStringLiteral("CHI-LOOP"));
    QVERIFY(window.selectStore(QStringLiteral("NYC-MID")));
    const QDate first = window.weekView()->model()->week().firstDay;

    auto *next = window.findChild<QToolButton *>(QStringLiteral("nextWeekButton"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(window.weekView()->model()->week().firstDay, first.addDays(7));
    auto *today = window.findChild<QPushButton *>(QStringLiteral("todayButton"));
    QTest::mouseClick(today, Qt::LeftButton);
    QCOMPARE(window.weekView()->model()->week().firstDay, first);
    auto *previous = window.findChild<QToolButton *>(QStringLiteral("previousWeekButton"));
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(window.weekView()->model()->week().firstDay, first.addDays(-7));
}

void TestMainWindow::productionIsUnmistakable()
{
    MainWindow local(*m_repository, m_file.urlText(), Environment::Local);
    QVERIFY(!local.findChild<QLabel *>(QStringLiteral("productionBanner")));

    MainWindow production(*m_repository, m_file.urlText(), Environment::Production);
    QVERIFY(production.reload().has_value());
    QVERIFY(production.findChild<QLabel *>(QStringLiteral("productionBanner")));
    QVERIFY(production.windowTitle().contains(QLatin1String("PRODUCTION")));
    const auto *badge = production.findChild<EnvironmentBadge *>();
    QVERIFY(badge);
    QCOMPARE(badge->environment(), Environment::Production);
    QCOMPARE(badge->text(), QStringLiteral("PRODUCTION"));
}

void TestMainWindow::changesByOthersAppearByThemselves()
{
    MainWindow window(*m_repository, m_file.urlText(), Environment::Local);
    QVERIFY(window.reload().has_value());
    auto feed = SqlChangeFeed::open(m_file.url());
    QVERIFY(feed.has_value());
    window.setChangeFeed(feed->get());
    window.show();
    QVERIFY(window.selectStore(QStringLiteral("NYC-MID")));
    const WeekSchedule &week = window.weekView()->model()->week();
    const Chair &chair = week.chairs.first();
    const int before = window.weekView()->model()->rowCount();

    // Someone else books late on Sunday evening of the shown week, with plain SQL.
    const qint64 start = SlotCalculator::instantSecs(week.firstDay.addDays(6), 23 * 60, week.store.timeZone());
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-desktop"));
        other.setDatabaseName(m_file.path());
        QVERIFY(other.open());
        QSqlQuery insert(other);
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO appointments (chair_id, starts_at, ends_at, slot_count, "
                                           "customer_name, status, channel) VALUES (%1, %2, %3, 1, 'Late Guest', "
                                           "'confirmed', 'phone')")
                                .arg(chair.id)
                                .arg(start)
                                .arg(start + 1800)));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-desktop"));
    QTRY_COMPARE_WITH_TIMEOUT(window.weekView()->model()->rowCount(), before + 1, 3000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
