// Calendar sync in the desktop (docs/calendar-sync.md, "In the desktop"), on a
// real SQLite database, the real CalDAV server (Radicale, which
// tests/run-all-tests.sh starts) and the system keychain (a private GNOME
// keyring, tests/with-keyring.sh): a user connects a calendar through the
// Calendars menu with real keys and clicks, and bookings appear in it and follow
// moves and cancels; a refused password shows a badge and is fixed from the
// sync view (the keychain answering a thread made after the first one that
// used it: each test makes its own delivery thread); the view's model passes
// QAbstractItemModelTester. With
// SAMS_GUIDE_IMAGES set, it saves the guide's pictures.
#include "calendarsync/CalendarSecrets.h"
#include "core/Clock.h"
#include "editing/ScheduleWorker.h"
#include "models/SyncModel.h"
#include "storage/SqlCalendarSync.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleSession.h"
#include "storage/SqlScheduleWriter.h"
#include "support/CalendarServers.h"
#include "support/Desk.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"
#include "widgets/CalendarSyncDialog.h"
#include "widgets/ConnectCalendarDialog.h"
#include "widgets/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace sams;

class TestCalendarDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void connectFromTheMenuAndFollowBookings();
    void refusedPasswordShowsAndIsFixedFromTheView();
    void syncViewOpensOnTenThousandRows();
    void googleSignedInThroughTheBrowser();

private:
    void connectCalendar();
    int eventFiles() const;
    AppointmentId book(int hour);
    static void save(QWidget *widget, const QString &name);

    test::CalendarServers m_servers;
    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlScheduleRepository> m_repository;
    std::unique_ptr<ScheduleWorker> m_delivery;
    std::unique_ptr<test::Desk> m_desk;
    QString m_calendar;
};

namespace {
const QTimeZone chicago("America/Chicago");
const QDate march(2027, 3, 12);
} // namespace

// The system browser, as QDesktopServices opens it: approves at the fake
// service, which redirects to the desktop's loopback listener.
class Browser : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void open(const QUrl &url)
    {
        opened = url;
        m_network.get(QNetworkRequest(url));
    }

public:
    QUrl opened;

private:
    QNetworkAccessManager m_network;
};

void TestCalendarDesk::initTestCase()
{
    initCurl();
    QVERIFY2(m_servers.running(), test::CalendarServers::missingText);
}

void TestCalendarDesk::init()
{
    Clock::setFixed(QDateTime(QDate(2027, 3, 10), QTime(9, 0), chicago).toUTC());
    m_file = std::make_unique<test::TestDatabase>();
    m_database = m_file->open();
    m_repository = std::make_unique<SqlScheduleRepository>(*m_database);
    QVERIFY(m_repository->insertChain(test::stationChainFrom(QDate(2027, 3, 1), {TimeInterval{9 * 60, 17 * 60}})));
    m_desk = std::make_unique<test::Desk>(m_file->url(), *m_repository,
                                          SqlScheduleWriter(*m_database, QStringLiteral("t")).rights(), march);
    QVERIFY(!QTest::currentTestFailed());
    const DatabaseUrl url = m_file->url();
    m_delivery = std::make_unique<ScheduleWorker>([url] { return SqlScheduleSession::open(url); });
    m_desk->window()->setDelivery(m_delivery.get());
}

void TestCalendarDesk::cleanup()
{
    if (m_desk)
        m_desk->window()->stopDelivery();
    m_desk.reset();
    m_delivery.reset();
    m_repository.reset();
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

void TestCalendarDesk::save(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SAMS_GUIDE_IMAGES");
    if (!folder.isEmpty())
        QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

int TestCalendarDesk::eventFiles() const
{
    return int(QDir(m_servers.folderOf(m_calendar)).entryList({QStringLiteral("*.ics")}, QDir::Files).size());
}

AppointmentId TestCalendarDesk::book(int hour)
{
    const Result<Store> store = m_repository->store(1);
    BookingRequest request;
    request.chairId = 1;
    request.start = QDateTime(march, QTime(hour, 0), chicago).toSecsSinceEpoch();
    Appointment details;
    details.customerName = QStringLiteral("Ana Lima");
    details.service = QStringLiteral("Color");
    const Result<AppointmentId> id
        = SqlScheduleWriter(*m_database, QStringLiteral("desk")).book(*store, request, details);
    return id.value_or(0);
}

void TestCalendarDesk::connectCalendar()
{
    MainWindow *window = m_desk->window();
    auto *action = window->findChild<QAction *>(QStringLiteral("connectCalendarAction"));
    QVERIFY(action);
    action->trigger();
    QTRY_VERIFY(window->findChild<ConnectCalendarDialog *>()
                && window->findChild<ConnectCalendarDialog *>()->isVisible());
    ConnectCalendarDialog *dialog = window->findChild<ConnectCalendarDialog *>();
    // Nothing to connect yet.
    QVERIFY(!dialog->connectButton()->isEnabled());
    QTest::keyClicks(dialog->urlEdit(), m_servers.caldavUrl);
    QTest::keyClicks(dialog->loginEdit(), m_servers.user);
    QVERIFY(!dialog->connectButton()->isEnabled());
    QTest::keyClicks(dialog->passwordEdit(), m_servers.password);
    // The chain's one store is chosen already.
    QCOMPARE(dialog->storeList()->item(0)->checkState(), Qt::Checked);
    QVERIFY(dialog->connectButton()->isEnabled());
    save(dialog, QStringLiteral("calendar-connect"));
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<ConnectCalendarDialog *>(), 20000); // accepted and deleted
    const Result<QList<CalendarAccount>> accounts = SqlCalendarSync(*m_database).accounts();
    QVERIFY(accounts && accounts->size() == 1);
    m_calendar = accounts->first().calendarRef;
    QVERIFY(m_calendar.contains(QStringLiteral("/sams-")));
}

void TestCalendarDesk::connectFromTheMenuAndFollowBookings()
{
    const AppointmentId before = book(10); // booked before connecting: pushed too
    connectCalendar();
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(eventFiles(), 1, 20000);
    const AppointmentId id = book(12);
    m_desk->window()->runDeliveryPass();
    QTRY_COMPARE_WITH_TIMEOUT(eventFiles(), 2, 20000);

    // The view: both synced; its model passes the tester.
    MainWindow *window = m_desk->window();
    window->findChild<QAction *>(QStringLiteral("calendarSyncAction"))->trigger();
    CalendarSyncDialog *view = window->calendarSyncDialog();
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QTRY_COMPARE(view->model()->index(0, SyncModel::State).data().toString(), syncStateLabel(SyncState::Synced));
    QVERIFY(view->accountsLabel()->text().contains(QStringLiteral("active")));
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {},
                      view->table()->visualRect(view->model()->index(1, SyncModel::What)).center());
    QVERIFY(!view->retryButton()->isEnabled()); // synced: nothing to retry
    save(view, QStringLiteral("calendar-sync"));

    // Cancelled at the desk: the event leaves the calendar; the view follows.
    QVERIFY(SqlScheduleWriter(*m_database, QStringLiteral("desk")).cancel(id, QStringLiteral("called"), 1));
    window->runDeliveryPass();
    QTRY_COMPARE_WITH_TIMEOUT(eventFiles(), 1, 20000);
    QVERIFY(before > 0);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(1, SyncModel::State).data().toString(),
                              syncStateLabel(SyncState::Synced), 20000);

    // Disconnected from the view: SAMS's calendar leaves the account, the
    // account leaves SAMS, the bookings stay.
    QVERIFY(view->disconnectButton()->isEnabled());
    test::whenModal(this, [](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(view->disconnectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(m_servers.folderOf(m_calendar)).exists(), 20000);
    QTRY_VERIFY(SqlCalendarSync(*m_database).accounts()->isEmpty());
    QVERIFY(m_repository->appointment(before)->isActive());
}

void TestCalendarDesk::refusedPasswordShowsAndIsFixedFromTheView()
{
    connectCalendar();
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(eventFiles(), 0, 20000);
    // The app password was revoked: the keychain's copy is refused now.
    const CalendarAccount account = SqlCalendarSync(*m_database).accounts()->first();
    // On the delivery thread, as the desktop uses the keychain (never the window's).
    std::optional<QString> stored;
    m_delivery->run(
        this,
        [account](ScheduleSession &) -> Result<bool> {
            if (auto ok = storeCalendarCredentials(account, passwordCredentials(QStringLiteral("revoked"))); !ok)
                return std::unexpected(ok.error());
            return true;
        },
        [&stored](const Result<bool> &done) { stored = done ? QString() : done.error().message; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30000);
    QVERIFY2(stored->isEmpty(), qPrintable(*stored));
    book(11);
    MainWindow *window = m_desk->window();
    window->runDeliveryPass();
    QTRY_VERIFY_WITH_TIMEOUT(window->calendarBadge()->isVisible(), 20000);
    QVERIFY(window->calendarBadge()->text().contains(QStringLiteral("needs sign-in")));
    QCOMPARE(eventFiles(), 0);
    save(window, QStringLiteral("calendar-badge"));

    // A click on the badge opens the view on what needs a person.
    const QRect link = window->calendarBadge()->contentsRect();
    QTest::mouseClick(window->calendarBadge(), Qt::LeftButton, {}, link.center());
    QTRY_VERIFY(window->calendarSyncDialog() && window->calendarSyncDialog()->isVisible());
    CalendarSyncDialog *view = window->calendarSyncDialog();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, SyncModel::State).data().toString(), syncStateLabel(SyncState::NeedsSignIn));
    QVERIFY(view->accountsLabel()->text().contains(QStringLiteral("needs sign-in")));
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {},
                      view->table()->visualRect(view->model()->index(0, SyncModel::What)).center());
    QTRY_VERIFY(view->signInButton()->isEnabled());
    test::whenModal(this, [this](QWidget *modal) {
        auto *edit = modal->findChild<QLineEdit *>();
        QVERIFY(edit);
        QTest::keyClicks(edit, m_servers.password);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QTest::mouseClick(view->signInButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(eventFiles(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!window->calendarBadge()->isVisible(), 20000);
    QCOMPARE(SqlCalendarSync(*m_database).accounts()->first().state, CalendarAccountState::Active);
}

void TestCalendarDesk::syncViewOpensOnTenThousandRows()
{
    // The view itself (not a timed check: docs/performance.md has the figures)
    // shows ten thousand rows, and keeps the selection when a refresh changes one.
    CalendarSyncDialog view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<SyncEntry> rows;
    for (int i = 1; i <= 10000; ++i) {
        SyncEntry e;
        e.id = i;
        e.accountId = 1;
        e.entity = QStringLiteral("appointment");
        e.entityId = i;
        e.what = QStringLiteral("Customer %1").arg(i);
        e.startsAt = 1'800'000'000 + i * 1800;
        e.state = i % 100 == 0 ? SyncState::Retrying : SyncState::Synced;
        e.accountLabel = QStringLiteral("Alice");
        rows.append(e);
    }
    view.setEntries(rows);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model()->rowCount(), 10000);
    view.table()->selectRow(99);
    rows[99].attempts = 3;
    rows[99].lastError = QStringLiteral("The calendar server answered 503");
    view.setEntries(rows);
    QCOMPARE(view.table()->selectionModel()->selectedRows().value(0).row(), 99);
    QVERIFY(view.retryButton()->isEnabled());
    QCOMPARE(view.model()->index(99, SyncModel::LastError).data().toString(), rows[99].lastError);
}

void TestCalendarDesk::googleSignedInThroughTheBrowser()
{
    const QString api = qEnvironmentVariable("SAMS_TEST_GOOGLE_URL");
    QVERIFY2(!api.isEmpty(), "SAMS_TEST_GOOGLE_URL is unset: start the fakes with tests/calendar-servers.sh");
    // This installation's OAuth client, and the fake in place of Google.
    qputenv("SAMS_GOOGLE_CLIENT_ID", qgetenv("SAMS_TEST_OAUTH_CLIENT"));
    qputenv("SAMS_GOOGLE_API", api.toUtf8());
    Browser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
    MainWindow *window = m_desk->window();
    window->findChild<QAction *>(QStringLiteral("connectCalendarAction"))->trigger();
    QTRY_VERIFY(window->findChild<ConnectCalendarDialog *>()
                && window->findChild<ConnectCalendarDialog *>()->isVisible());
    ConnectCalendarDialog *dialog = window->findChild<ConnectCalendarDialog *>();
    // Google, chosen with the keyboard: the address fields go, the button says what comes.
    dialog->providerBox()->setFocus();
    QTest::keyClick(dialog->providerBox(), Qt::Key_Down);
    QCOMPARE(CalendarProvider(dialog->providerBox()->currentData().toInt()), CalendarProvider::Google);
    QVERIFY(!dialog->urlEdit()->isVisible());
    QVERIFY(dialog->connectButton()->isEnabled());
    save(dialog, QStringLiteral("calendar-connect-google"));
    book(11);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<ConnectCalendarDialog *>(), 30000);
    QVERIFY(QUrlQuery(browser.opened).queryItemValue(QStringLiteral("code_challenge_method")) == QLatin1String("S256"));
    const Result<QList<CalendarAccount>> accounts = SqlCalendarSync(*m_database).accounts();
    QVERIFY(accounts && accounts->size() == 1);
    QCOMPARE(accounts->first().provider, CalendarProvider::Google);
    // The booking reaches Google's (fake) calendar.
    QTRY_COMPARE_WITH_TIMEOUT(SqlCalendarSync(*m_database).list({})->value(0).state, SyncState::Synced, 20000);
    qunsetenv("SAMS_GOOGLE_CLIENT_ID");
    qunsetenv("SAMS_GOOGLE_API");
}

QTEST_MAIN(TestCalendarDesk)
#include "tst_calendardesk.moc"
