// samsctl sync as a user or a server runs it (docs/calendar-sync.md), against
// the real CalDAV server (Radicale) that tests/run-all-tests.sh starts, on both
// databases, with the password in the system keychain (a private GNOME keyring,
// tests/with-keyring.sh): connecting makes SAMS's calendar and refuses a wrong
// password; pushes, status and retry; a worker killed with SIGKILL in the middle
// of its pushes leaves no duplicate once another one has finished.
#include "core/CalendarSync.h"
#include "core/Clock.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"
#include "support/CalendarServers.h"
#include "support/SamsctlProcess.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <csignal>

using namespace sams;

class TestSamsctlSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup();
    void connectPushStatusAndCancel();
    void wrongPasswordConnectsNothing();
    void killedMidPushLeavesNoDuplicate();
    void googleAccountSignedInThroughTheBrowser();

private:
    QProcessEnvironment environment(const QDateTime &now) const
    {
        return test::samsctlEnvironment(m_file->urlText(), now);
    }
    test::SamsctlRun samsctl(const QStringList &arguments, const QDateTime &now, const QByteArray &input = {}) const
    {
        return test::runSamsctl(environment(now), arguments, input);
    }
    QString connect(const QString &password);
    AppointmentId book(int slot);
    int eventFiles() const
    {
        return int(QDir(m_servers.folderOf(m_calendar)).entryList({QStringLiteral("*.ics")}, QDir::Files).size());
    }
    QJsonArray status() const;

    test::CalendarServers m_servers;
    std::unique_ptr<test::TestDatabase> m_file;
    QString m_calendar;
};

namespace {
const QTimeZone chicago("America/Chicago");
const QDateTime now0 = QDateTime(QDate(2027, 3, 10), QTime(9, 0), chicago).toUTC();

} // namespace

void TestSamsctlSync::initTestCase()
{
    QVERIFY2(m_servers.running(), test::CalendarServers::missingText);
}

void TestSamsctlSync::init()
{
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    const std::unique_ptr<Database> db = m_file->open();
    ChainData chain = test::stationChainFrom(QDate(2027, 3, 1), {TimeInterval{8 * 60, 20 * 60}});
    chain.hoursVersions[0].setDays(1, 7, {TimeInterval{8 * 60, 20 * 60}});
    QVERIFY(SqlScheduleRepository(*db).insertChain(chain));
}

void TestSamsctlSync::cleanup()
{
    m_file.reset();
    Clock::reset();
}

QString TestSamsctlSync::connect(const QString &password)
{
    const test::SamsctlRun added = samsctl(
        // No --user: the login's own calendar (on PostgreSQL a user is a role).
        {QStringLiteral("sync"), QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--caldav"),
         m_servers.caldavUrl, QStringLiteral("--login"), m_servers.user, QStringLiteral("--password-stdin"),
         QStringLiteral("--stores"), QStringLiteral("GRP")},
        now0, password.toUtf8() + '\n');
    if (added.exitCode != 0)
        return added.err;
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("added: (\\S+)")).match(added.out);
    m_calendar = m.captured(1);
    return {};
}

AppointmentId TestSamsctlSync::book(int slot)
{
    Clock::setFixed(now0);
    const std::unique_ptr<Database> db = m_file->open();
    const Result<Store> store = SqlScheduleRepository(*db).store(1);
    BookingRequest request;
    request.chairId = 1 + slot % 2;
    // From tomorrow, two chairs, 24 half-hour places a day.
    const int place = slot / 2;
    request.start = QDateTime(QDate(2027, 3, 11 + place / 24), QTime(8, 0).addSecs(place % 24 * 1800), chicago)
                        .toSecsSinceEpoch();
    Appointment details;
    details.customerName = QStringLiteral("Customer %1").arg(slot);
    details.service = QStringLiteral("Cut");
    const Result<AppointmentId> id = SqlScheduleWriter(*db, QStringLiteral("desk")).book(*store, request, details);
    if (!id)
        qWarning() << id.error().message;
    return id.value_or(0);
}

QJsonArray TestSamsctlSync::status() const
{
    const test::SamsctlRun run
        = samsctl({QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")}, now0);
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestSamsctlSync::connectPushStatusAndCancel()
{
    const QString problem = connect(m_servers.password);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_calendar.contains(QStringLiteral("/sams-")));
    // The password is in the keychain, never in the database.
    const test::SamsctlRun accounts
        = samsctl({QStringLiteral("sync"), QStringLiteral("accounts"), QStringLiteral("--json")}, now0);
    const QJsonArray list = QJsonDocument::fromJson(accounts.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject()[QStringLiteral("state")].toString(), QStringLiteral("active"));
    QCOMPARE(list[0].toObject()[QStringLiteral("calendar")].toString(), m_calendar);
    QVERIFY(!accounts.out.contains(m_servers.password));

    QList<AppointmentId> ids;
    for (int i = 0; i < 3; ++i)
        ids.append(book(i));
    const test::SamsctlRun pushed
        = samsctl({QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--once")}, now0);
    QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
    QVERIFY2(pushed.out.contains(QStringLiteral("pushed 3,")), qPrintable(pushed.out));
    QCOMPARE(eventFiles(), 3);
    QJsonArray rows = status();
    QCOMPARE(rows.size(), 3);
    for (const QJsonValue row : std::as_const(rows))
        QCOMPARE(row.toObject()[QStringLiteral("state")].toString(), QStringLiteral("synced"));

    {
        Clock::setFixed(now0);
        const std::unique_ptr<Database> db = m_file->open();
        QVERIFY(SqlScheduleWriter(*db, QStringLiteral("desk")).cancel(ids[1], QStringLiteral("called"), 1));
    }
    const test::SamsctlRun deleted
        = samsctl({QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--once")}, now0);
    QVERIFY2(deleted.out.contains(QStringLiteral("deleted 1,")), qPrintable(deleted.out));
    QCOMPARE(eventFiles(), 2);
    // A retry by hand pushes a row again; an unknown row is refused by name.
    const qint64 first = rows[0].toObject()[QStringLiteral("id")].toInteger();
    const test::SamsctlRun retried
        = samsctl({QStringLiteral("sync"), QStringLiteral("retry"), QString::number(first)}, now0);
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.err));
    QCOMPARE(status()[0].toObject()[QStringLiteral("state")].toString(), QStringLiteral("pending"));
    const test::SamsctlRun unknown
        = samsctl({QStringLiteral("sync"), QStringLiteral("retry"), QStringLiteral("999")}, now0);
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains(QStringLiteral("999")), qPrintable(unknown.err));
}

void TestSamsctlSync::wrongPasswordConnectsNothing()
{
    const QString problem = connect(QStringLiteral("not-the-password"));
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(QStringLiteral("401")) || problem.contains(QStringLiteral("login")), qPrintable(problem));
    const test::SamsctlRun accounts
        = samsctl({QStringLiteral("sync"), QStringLiteral("accounts"), QStringLiteral("--json")}, now0);
    QCOMPARE(QJsonDocument::fromJson(accounts.out.toUtf8()).array().size(), 0);
}

void TestSamsctlSync::killedMidPushLeavesNoDuplicate()
{
    const QString problem = connect(m_servers.password);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    constexpr int bookings = 60;
    for (int i = 0; i < bookings; ++i)
        QVERIFY(book(i) > 0);
    QProcess worker;
    worker.setProcessEnvironment(environment(now0));
    worker.start(QStringLiteral(SAMSCTL_PATH),
                 {QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--lease"), QStringLiteral("2")});
    // Killed in the middle of its first batch of 25.
    QVERIFY(test::waitUntil([&] { return eventFiles() >= 5; }));
    ::kill(pid_t(worker.processId()), SIGKILL);
    QVERIFY(worker.waitForFinished(10000));
    const int before = eventFiles();
    QVERIFY(before < bookings);

    // After the lease: the rows it held are recovered, looked up, and nothing is made twice.
    const test::SamsctlRun after
        = samsctl({QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--once")}, now0.addSecs(5));
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QVERIFY2(!after.out.contains(QStringLiteral("recovered 0")), qPrintable(after.out));
    QCOMPARE(eventFiles(), bookings);
    const QJsonArray rows = status();
    QCOMPARE(rows.size(), bookings);
    QSet<QString> remote;
    for (const QJsonValue row : rows) {
        QCOMPARE(row.toObject()[QStringLiteral("state")].toString(), QStringLiteral("synced"));
        remote.insert(row.toObject()[QStringLiteral("remote_id")].toString());
    }
    QCOMPARE(remote.size(), bookings);
}

void TestSamsctlSync::googleAccountSignedInThroughTheBrowser()
{
    const QString api = qEnvironmentVariable("SAMS_TEST_GOOGLE_URL");
    QVERIFY2(!api.isEmpty(), "SAMS_TEST_GOOGLE_URL is unset: start the fakes with tests/calendar-servers.sh");
    QProcess add;
    add.setProcessEnvironment(environment(now0));
    add.start(QStringLiteral(SAMSCTL_PATH),
              {QStringLiteral("sync"), QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--google"),
               QStringLiteral("--api"), api, QStringLiteral("--client-id"),
               qEnvironmentVariable("SAMS_TEST_OAUTH_CLIENT"), QStringLiteral("--stores"), QStringLiteral("GRP")});
    // The user opens the printed address; the fake approves and redirects to
    // samsctl's loopback listener.
    QString printed;
    QVERIFY(test::waitUntil([&] {
        printed += QString::fromUtf8(add.readAllStandardOutput());
        return printed.contains(QStringLiteral("http"));
    }));
    const QString url = printed.mid(printed.indexOf(QStringLiteral("http"))).section(QLatin1Char('\n'), 0, 0).trimmed();
    QNetworkAccessManager browser;
    QNetworkReply *page = browser.get(QNetworkRequest(QUrl(url)));
    QVERIFY(test::waitUntil([&] { return page->isFinished(); }));
    QVERIFY(add.waitForFinished(30000));
    QVERIFY2(add.exitCode() == 0, qPrintable(QString::fromUtf8(add.readAllStandardError())));
    const test::SamsctlRun accounts
        = samsctl({QStringLiteral("sync"), QStringLiteral("accounts"), QStringLiteral("--json")}, now0);
    const QJsonArray list = QJsonDocument::fromJson(accounts.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject()[QStringLiteral("provider")].toString(), QStringLiteral("google"));
    // The tokens are in the keychain: the next run pushes with them.
    book(0);
    const test::SamsctlRun pushed
        = samsctl({QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--once")}, now0);
    QVERIFY2(pushed.out.contains(QStringLiteral("pushed 1,")), qPrintable(pushed.out + pushed.err));
}

QTEST_GUILESS_MAIN(TestSamsctlSync)
#include "tst_samsctlsync.moc"
