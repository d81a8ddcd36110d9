// samsctl notify and outbox as a server or a systemd timer runs them
// (docs/notifications.md), against the real SMTP server and SMS gateway that
// tests/run-all-tests.sh starts, on both databases: two `outbox run --once`
// processes at the same moment send every message once; a worker killed with
// SIGKILL in the middle of a send leaves an e-mail that goes again under the same
// Message-ID and an SMS that is marked unknown and never sent again; secrets go
// to the system keychain (a private GNOME keyring, tests/with-keyring.sh) and a
// login is used and refused for real.
#include "core/AppointmentMessages.h"
#include "core/Clock.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"
#include "support/NotifyServers.h"
#include "support/SamsctlProcess.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

#include <csignal>

using namespace sams;

class TestSamsctlOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup();
    void twoProcessesSendEachMessageOnce();
    void killedMidSendEmailAgainSmsUnknown();
    void loginThroughTheKeychain();

private:
    QProcessEnvironment environment(const QDateTime &now) const
    {
        return test::samsctlEnvironment(m_file->urlText(), now);
    }
    test::SamsctlRun samsctl(const QStringList &arguments, const QDateTime &now, const QByteArray &input = {}) const
    {
        return test::runSamsctl(environment(now), arguments, input);
    }
    AppointmentId book(int day, int hour, ChairId chair, const QString &email, const QString &phone = {});
    QJsonArray outbox(const QString &state = {}) const;
    int countFiles(const QString &dir) const { return int(QDir(dir).entryList(QDir::Files).size()); }
    int texts() const { return int(m_servers.texts().size()); }

    test::NotifyServers m_servers;
    std::unique_ptr<test::TestDatabase> m_file;
};

namespace {
const QTimeZone chicago("America/Chicago");
const QDateTime now0 = QDateTime(QDate(2027, 3, 10), QTime(9, 0), chicago).toUTC();

} // namespace

void TestSamsctlOutbox::initTestCase()
{
    QVERIFY2(m_servers.running(), test::NotifyServers::missingText);
}

void TestSamsctlOutbox::init()
{
    QVERIFY(m_servers.reset());
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    const std::unique_ptr<Database> db = m_file->open();
    QVERIFY(SqlScheduleRepository(*db).insertChain(
        test::stationChainFrom(QDate(2027, 3, 1), {TimeInterval{9 * 60, 17 * 60}})));
    const test::SamsctlRun mail
        = samsctl({QStringLiteral("notify"), QStringLiteral("setup"), QStringLiteral("--smtp"), m_servers.smtpUrl(),
                   QStringLiteral("--from"), QStringLiteral("desk@store.example")},
                  now0);
    QVERIFY2(mail.exitCode == 0, qPrintable(mail.err));
    const test::SamsctlRun sms
        = samsctl({QStringLiteral("notify"), QStringLiteral("setup"), QStringLiteral("--sms"), m_servers.smsUrl,
                   QStringLiteral("--sms-account"), m_servers.smsAccount, QStringLiteral("--sms-token-stdin"),
                   QStringLiteral("--sms-from"), QStringLiteral("+13125550000")},
                  now0, m_servers.smsToken.toUtf8() + '\n');
    QVERIFY2(sms.exitCode == 0, qPrintable(sms.err));
}

void TestSamsctlOutbox::cleanup()
{
    m_file.reset();
    Clock::reset();
}

AppointmentId TestSamsctlOutbox::book(int day, int hour, ChairId chair, const QString &email, const QString &phone)
{
    Clock::setFixed(now0);
    const std::unique_ptr<Database> db = m_file->open();
    const Result<Store> store = SqlScheduleRepository(*db).store(1);
    BookingRequest request;
    request.chairId = chair;
    request.start = QDateTime(QDate(2027, 3, day), QTime(hour, 0), chicago).toSecsSinceEpoch();
    Appointment details;
    details.customerName = QStringLiteral("Customer %1 %2 %3").arg(day).arg(hour).arg(chair);
    details.customerEmail = email;
    details.customerPhone = phone;
    const Result<AppointmentId> id = SqlScheduleWriter(*db, QStringLiteral("desk")).book(*store, request, details);
    if (!id)
        qWarning() << id.error().message;
    return id.value_or(0);
}

QJsonArray TestSamsctlOutbox::outbox(const QString &state) const
{
    QStringList arguments{QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")};
    if (!state.isEmpty())
        arguments << QStringLiteral("--state") << state;
    const test::SamsctlRun run = samsctl(arguments, now0);
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestSamsctlOutbox::twoProcessesSendEachMessageOnce()
{
    int booked = 0;
    for (int hour = 9; hour < 17; ++hour) {
        for (ChairId chair : {1, 2}) {
            QVERIFY(book(11, hour, chair, QStringLiteral("c%1.%2@example.com").arg(hour).arg(chair)) > 0);
            QVERIFY(book(12, hour, chair, {},
                         QStringLiteral("+1312555%1%2")
                             .arg(hour, 2, 10, QLatin1Char('0'))
                             .arg(chair, 2, 10, QLatin1Char('0')))
                    > 0);
            booked += 2;
        }
    }
    QList<QProcess *> runs;
    for (int i = 0; i < 2; ++i) {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(environment(now0));
        p->start(QStringLiteral(SAMSCTL_PATH),
                 {QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once")});
        runs.append(p);
    }
    for (QProcess *p : runs) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    QCOMPARE(countFiles(m_servers.smtpDir + QStringLiteral("/Maildir/new")), booked / 2);
    QCOMPARE(texts(), booked / 2);
    QCOMPARE(outbox(QStringLiteral("sent")).size(), booked);
    qDeleteAll(runs);
}

void TestSamsctlOutbox::killedMidSendEmailAgainSmsUnknown()
{
    const AppointmentId mail = book(11, 10, 1, QStringLiteral("zoe@example.com"));
    QVERIFY(mail > 0);
    m_servers.setSmtpMode(QStringLiteral("hang")); // takes the message, then never answers
    QProcess worker;
    worker.setProcessEnvironment(environment(now0));
    worker.start(QStringLiteral(SAMSCTL_PATH),
                 {QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--lease"), QStringLiteral("2")});
    QVERIFY(test::waitUntil([&] { return countFiles(m_servers.smtpDir + QStringLiteral("/Maildir/new")) == 1; }));
    ::kill(pid_t(worker.processId()), SIGKILL);
    QVERIFY(worker.waitForFinished(10000));

    const AppointmentId text = book(11, 11, 1, {}, QStringLiteral("+13125550100"));
    QVERIFY(text > 0);
    m_servers.setSmsMode(QStringLiteral("hang"));
    QProcess second;
    second.setProcessEnvironment(environment(now0));
    second.start(QStringLiteral(SAMSCTL_PATH),
                 {QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--lease"), QStringLiteral("2")});
    QVERIFY(test::waitUntil([&] { return texts() == 1; }));
    ::kill(pid_t(second.processId()), SIGKILL);
    QVERIFY(second.waitForFinished(10000));

    // After the lease: the e-mail again, under the same Message-ID; the SMS not.
    m_servers.setSmtpMode(QStringLiteral("accept"));
    m_servers.setSmsMode(QStringLiteral("accept"));
    const test::SamsctlRun after
        = samsctl({QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once")}, now0.addSecs(5));
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QVERIFY2(after.out.contains(QStringLiteral("recovered 2")), qPrintable(after.out));
    QCOMPARE(texts(), 1);
    const QStringList files = QDir(m_servers.smtpDir + QStringLiteral("/Maildir/new")).entryList(QDir::Files);
    QCOMPARE(files.size(), 2);
    QSet<QByteArray> ids;
    for (const QString &name : files) {
        QFile f(m_servers.smtpDir + QStringLiteral("/Maildir/new/") + name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("Message-ID:"))
                ids.insert(line.trimmed());
        }
    }
    QCOMPARE(ids.size(), 1);
    const QJsonArray unknown = outbox(QStringLiteral("unknown"));
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown[0].toObject()[QStringLiteral("channel")].toString(), QStringLiteral("sms"));
    QVERIFY(!unknown[0].toObject()[QStringLiteral("last_error")].toString().isEmpty());
    // Staff decide: cancel it (the customer confirmed they got it).
    const test::SamsctlRun cancelled
        = samsctl({QStringLiteral("outbox"), QStringLiteral("cancel"),
                   QString::number(unknown[0].toObject()[QStringLiteral("id")].toInteger())},
                  now0);
    QCOMPARE(cancelled.exitCode, 0);
    QCOMPARE(outbox(QStringLiteral("unknown")).size(), 0);
}

void TestSamsctlOutbox::loginThroughTheKeychain()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QTemporaryDir folder;
    QProcess sink;
    sink.start(QStringLiteral("/usr/bin/python3"),
               {QStringLiteral(SAMS_TEST_SERVERS "/smtp_sink.py"), QStringLiteral("--port"), QString::number(port),
                QStringLiteral("--dir"), folder.path(), QStringLiteral("--login"), QStringLiteral("desk"),
                QStringLiteral("--password"), QStringLiteral("pw-Secret-42")});
    QVERIFY(test::waitUntil([&] {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        return s.waitForConnected(200);
    }));
    const QStringList setup{QStringLiteral("notify"),
                            QStringLiteral("setup"),
                            QStringLiteral("--smtp"),
                            QStringLiteral("smtp://127.0.0.1:%1").arg(port),
                            QStringLiteral("--login"),
                            QStringLiteral("desk"),
                            QStringLiteral("--password-stdin"),
                            QStringLiteral("--from"),
                            QStringLiteral("desk@store.example")};
    QCOMPARE(samsctl(setup, now0, "pw-Secret-42\n").exitCode, 0);
    const test::SamsctlRun sent = samsctl({QStringLiteral("notify"), QStringLiteral("test"), QStringLiteral("--email"),
                                           QStringLiteral("owner@example.com")},
                                          now0);
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    QCOMPARE(countFiles(folder.path() + QStringLiteral("/Maildir/new")), 1);
    // The password is in the keychain only: not in the database, not in what samsctl prints.
    if (test::TestDatabase::currentBackend() == test::Backend::Sqlite) {
        QFile file(m_file->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("pw-Secret-42"));
    }
    {
        const std::unique_ptr<Database> db = m_file->open();
        QSqlQuery settings(db->connection());
        QVERIFY(settings.exec(QStringLiteral("SELECT COUNT(*) FROM notify_settings WHERE value LIKE '%pw-Secret%'"))
                && settings.next());
        QCOMPARE(settings.value(0).toInt(), 0);
        QVERIFY(settings.exec(QStringLiteral("SELECT value FROM notify_settings WHERE name = 'smtp_login'"))
                && settings.next());
        QCOMPARE(settings.value(0).toString(), QStringLiteral("desk"));
    }
    QVERIFY(
        !samsctl({QStringLiteral("notify"), QStringLiteral("show")}, now0).out.contains(QStringLiteral("pw-Secret")));
    // A wrong password is refused by the server, and said so.
    QCOMPARE(samsctl(setup, now0, "wrong\n").exitCode, 0);
    const test::SamsctlRun refused = samsctl({QStringLiteral("notify"), QStringLiteral("test"),
                                              QStringLiteral("--email"), QStringLiteral("owner@example.com")},
                                             now0);
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(QStringLiteral("login")), qPrintable(refused.err));
    sink.kill();
    sink.waitForFinished();
}

QTEST_GUILESS_MAIN(TestSamsctlOutbox)
#include "tst_samsctloutbox.moc"
