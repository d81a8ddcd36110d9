#include "storage/Database.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sams;

// Writers die mid-burst and nothing acknowledged is lost: worker processes book,
// move and cancel on one database while the test kills them with SIGKILL (SQLite
// and PostgreSQL) or stops the PostgreSQL server with `pg_ctl stop -m immediate`.
// After every round: each acknowledged write is there at its version (or the one
// after it, the single write each worker may have had in flight), nothing else
// appeared, every appointment has one history row per version, the next open
// works and `samsctl check` is clean. Seeds are fixed; docs/testing-crash.md.
class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sqliteWritersKilled();
    void postgresqlStoppedImmediately();
};

namespace {

constexpr int workerCount = 6;
const char *const fakeNow = "2027-03-01T12:00:00Z";

QProcessEnvironment environment(const QString &url)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMS_FAKE_NOW"), QString::fromLatin1(fakeNow));
    env.insert(QStringLiteral("SAMS_DB"), url);
    return env;
}

// Runs a program to its end; returns its exit code (-1: did not finish or crashed).
int run(const QString &program, const QStringList &args, const QProcessEnvironment &env, QString *output)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int samsctl(const QString &url, const QStringList &args, QString *output = nullptr)
{
    return run(QStringLiteral(SAMSCTL_PATH), args, environment(url), output);
}

// The last write a worker heard acknowledged for one appointment.
struct Ack {
    QString worker;
    int version = 1;
    bool cancelled = false;
};

// Every acknowledged write of every round, and how the workers that failed said so.
struct Ledger {
    QHash<qint64, Ack> acks;
    int writes = 0;
    int kills = 0;
    int rounds = 0;
    QStringList errors;
};

// A burst of workers on one database, each with its own seed.
class Burst
{
public:
    Burst(const QString &url, int round)
    {
        for (int i = 0; i < workerCount; ++i) {
            auto worker = std::make_unique<QProcess>();
            worker->setProcessEnvironment(environment(url));
            const QString seed = QString::number(round * 100 + i + 1);
            worker->start(QStringLiteral(CRASH_WORKER_PATH), {url, seed, QStringLiteral("30")});
            m_seeds.append(seed);
            m_workers.push_back(std::move(worker));
        }
    }
    ~Burst()
    {
        for (auto &worker : m_workers) {
            worker->kill();
            worker->waitForFinished(5000);
        }
    }

    // Returns once some worker has printed a line (writes are under way), or after 15 s.
    bool waitForFirstLine()
    {
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            for (auto &worker : m_workers) {
                if (worker->canReadLine() || worker->state() == QProcess::NotRunning)
                    return true;
            }
            QTest::qWait(10);
        }
        return false;
    }

    int killAll()
    {
        int killed = 0;
        for (size_t i = 0; i < m_workers.size(); ++i) {
            if (m_workers[i]->state() != QProcess::NotRunning) {
                m_workers[i]->kill(); // SIGKILL
                m_killed.insert(int(i));
                ++killed;
            }
        }
        return killed;
    }

    // Waits for every worker and books what each one acknowledged. A worker must
    // either have been killed by the test or have ended normally; `mayFail` allows
    // a normal exit with an "error" line (its server went away), never a crash.
    void collect(Ledger &ledger, bool mayFail)
    {
        for (size_t i = 0; i < m_workers.size(); ++i) {
            QProcess &worker = *m_workers[i];
            if (worker.state() != QProcess::NotRunning)
                QVERIFY2(worker.waitForFinished(15000), "a worker hangs after its database went away");
            const bool killed = m_killed.contains(int(i));
            const QString output = QString::fromUtf8(worker.readAllStandardOutput());
            const QString errors = QString::fromUtf8(worker.readAllStandardError());
            if (worker.exitStatus() == QProcess::CrashExit)
                QVERIFY2(killed, qPrintable(QStringLiteral("worker crashed:\n%1%2").arg(output, errors)));
            // Only whole lines: a line cut by the kill was never acknowledged.
            QStringList lines = output.split(QLatin1Char('\n'));
            lines.removeLast();
            for (const QString &line : std::as_const(lines)) {
                const QStringList word = line.split(QLatin1Char(' '));
                if (word.at(0) == QLatin1String("error")) {
                    QVERIFY2(mayFail, qPrintable(line));
                    ledger.errors.append(line);
                    continue;
                }
                if (word.at(0) == QLatin1String("done"))
                    continue;
                QVERIFY2(word.size() == 3, qPrintable(line));
                const qint64 id = word.at(1).toLongLong();
                Ack &ack = ledger.acks[id];
                if (word.at(0) == QLatin1String("book"))
                    ack.worker = m_seeds.at(int(i));
                QCOMPARE(ack.worker, m_seeds.at(int(i)));
                QCOMPARE(word.at(2).toInt(), word.at(0) == QLatin1String("book") ? 1 : ack.version + 1);
                ack.version = word.at(2).toInt();
                ack.cancelled = word.at(0) == QLatin1String("cancel");
                ++ledger.writes;
            }
            if (worker.exitStatus() == QProcess::NormalExit && worker.exitCode() != 0)
                QVERIFY2(mayFail && !lines.isEmpty() && lines.last().startsWith(QLatin1String("error")),
                         qPrintable(QStringLiteral("worker failed without saying why:\n%1%2").arg(output, errors)));
        }
    }

private:
    std::vector<std::unique_ptr<QProcess>> m_workers;
    QStringList m_seeds;
    QSet<int> m_killed;
};

struct Row {
    int version = 0;
    QString status;
    QString worker;
    bool cancelled() const { return status == QLatin1String("cancelled"); }
};

// The invariants after a round, checked on the database as it reopens.
void verify(const QString &urlText, const Ledger &ledger)
{
    {
        const auto url = DatabaseUrl::parse(urlText);
        QVERIFY(url.has_value());
        auto database = Database::open(*url, Database::Creation::MustExist);
        QVERIFY2(database.has_value(), qPrintable(database ? QString() : database.error().message));
        QSqlDatabase &db = (*database)->connection();
        QSqlQuery q(db);
        if ((*database)->isSqlite()) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }

        QHash<qint64, Row> rows;
        QVERIFY2(q.exec(QStringLiteral("SELECT id, version, status, customer_name FROM appointments")),
                 qPrintable(q.lastError().text()));
        while (q.next())
            rows.insert(
                q.value(0).toLongLong(),
                {q.value(1).toInt(), q.value(2).toString(), q.value(3).toString().section(QLatin1Char(' '), 1)});

        // One history row per version: a 'book' for version 1, a 'move' or
        // 'cancel' for each later one, the last a 'cancel' if it is cancelled,
        // and the last one's "after" the row as it is.
        QHash<qint64, QStringList> history;
        QHash<qint64, QJsonObject> lastAfter;
        QVERIFY2(q.exec(QStringLiteral("SELECT entity_id, action, after FROM history WHERE entity = 'appointment' "
                                       "ORDER BY id")),
                 qPrintable(q.lastError().text()));
        while (q.next()) {
            history[q.value(0).toLongLong()].append(q.value(1).toString());
            lastAfter[q.value(0).toLongLong()] = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        }
        for (auto it = history.cbegin(); it != history.cend(); ++it)
            QVERIFY2(rows.contains(it.key()),
                     qPrintable(QStringLiteral("history of missing appointment %1").arg(it.key())));
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            const QStringList actions = history.value(it.key());
            const QString what = QStringLiteral("appointment %1 at version %2: history %3")
                                     .arg(it.key())
                                     .arg(it->version)
                                     .arg(actions.join(QLatin1Char(',')));
            QVERIFY2(actions.size() == it->version, qPrintable(what));
            QVERIFY2(actions.first() == QLatin1String("book"), qPrintable(what));
            for (qsizetype i = 1; i < actions.size(); ++i)
                QVERIFY2(actions.at(i) == QLatin1String("move") || actions.at(i) == QLatin1String("cancel"),
                         qPrintable(what));
            QVERIFY2(it->cancelled() == (actions.last() == QLatin1String("cancel")), qPrintable(what));
            const QJsonObject after = lastAfter.value(it.key());
            QVERIFY2(after.value(QStringLiteral("version")).toInt() == it->version
                         && after.value(QStringLiteral("status")).toString() == it->status,
                     qPrintable(what + QStringLiteral(" ends with ")
                                + QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))));
        }

        // Every acknowledged write is there: at its version, or the one after it
        // when the worker died with that next write committed but not yet heard.
        QHash<QString, int> unheard; // per worker: writes in the database it never acknowledged
        for (auto it = ledger.acks.cbegin(); it != ledger.acks.cend(); ++it) {
            const QString what = QStringLiteral("acknowledged appointment %1 at version %2%3")
                                     .arg(it.key())
                                     .arg(it->version)
                                     .arg(it->cancelled ? QStringLiteral(" (cancelled)") : QString());
            QVERIFY2(rows.contains(it.key()), qPrintable(what + QStringLiteral(" is missing")));
            const Row row = rows.value(it.key());
            QVERIFY2(row.worker == it->worker, qPrintable(what + QStringLiteral(" belongs to ") + row.worker));
            QVERIFY2(row.version == it->version || (row.version == it->version + 1 && !it->cancelled),
                     qPrintable(what + QStringLiteral(" is at version %1").arg(row.version)));
            QVERIFY2(row.cancelled() == it->cancelled || row.version > it->version, qPrintable(what));
            if (row.version > it->version)
                ++unheard[it->worker];
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            if (!ledger.acks.contains(it.key()))
                ++unheard[it->worker];
        }
        // Each worker writes one thing at a time: at most one write it never heard of.
        for (auto it = unheard.cbegin(); it != unheard.cend(); ++it)
            QVERIFY2(
                it.value() <= 1,
                qPrintable(
                    QStringLiteral("worker %1 has %2 writes it never acknowledged").arg(it.key()).arg(it.value())));
    }
    QString output;
    QVERIFY2(samsctl(urlText, {QStringLiteral("check")}, &output) == 0, qPrintable(output));
}

// Runs statements as the database's owner (the test's own server or file).
void execute(const QString &urlText, const QStringList &statements)
{
    auto database = Database::open(*DatabaseUrl::parse(urlText), Database::Creation::MustExist);
    QVERIFY2(database.has_value(), qPrintable(database ? QString() : database.error().message));
    for (const QString &statement : statements) {
        QSqlQuery q((*database)->connection());
        QVERIFY2(q.exec(statement), qPrintable(statement + QStringLiteral(": ") + q.lastError().text()));
    }
}

// A deferred trigger that sleeps 20 ms at COMMIT, before the commit record is
// written: a server stopped then cuts writers off inside COMMIT, the case where a
// writer must not take the failure for a success (the write is not saved).
const QStringList slowCommits = {
    QStringLiteral("CREATE FUNCTION crash_test_slow_commit() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN PERFORM pg_sleep(0.02); RETURN NULL; END $$"),
    QStringLiteral("CREATE CONSTRAINT TRIGGER crash_test_slow_commit AFTER INSERT OR UPDATE ON appointments "
                   "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION crash_test_slow_commit()"),
};
const QStringList fastCommits = {
    QStringLiteral("DROP TRIGGER crash_test_slow_commit ON appointments"),
    QStringLiteral("DROP FUNCTION crash_test_slow_commit()"),
};

void prepare(const QString &url)
{
    QString output;
    QVERIFY2(samsctl(url, {QStringLiteral("init")}, &output) == 0, qPrintable(output));
    QVERIFY2(samsctl(url, {QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/spreadsheet")}, &output) == 0,
             qPrintable(output));
}

// A PostgreSQL server of the test's own, which it may stop as it likes: initdb into
// a temporary folder and pg_ctl on a free loopback port (as the postgres user when
// the test runs as root, as initdb refuses root). Missing binaries fail the test.
class PrivateServer
{
public:
    PrivateServer()
    {
        if (geteuid() == 0)
            m_as = {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")};
    }
    ~PrivateServer() { pgCtl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")}); }

    bool init(QString *log)
    {
        if (!QFileInfo(bin(QStringLiteral("initdb"))).isExecutable()) {
            *log = QStringLiteral("PostgreSQL 15 server binaries are missing (%1)").arg(QLatin1String(binDir));
            return false;
        }
        m_port = freePort();
        if (!m_dir.isValid() || !QDir(m_dir.path()).mkpath(QStringLiteral("sock")) || m_port == 0)
            return false;
        if (!m_as.isEmpty()
            && run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir.path()},
                   QProcessEnvironment::systemEnvironment(), log)
                != 0)
            return false;
        return as(bin(QStringLiteral("initdb")),
                  {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                   QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                   QStringLiteral("--no-sync")},
                  log)
            == 0;
    }
    // fsync=off: the server's processes die, the machine does not, so what the
    // server wrote stays in the operating system's cache; syncing would only slow
    // the test.
    bool start(QString *log)
    {
        return pgCtl({QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                      QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                          .arg(m_port)
                          .arg(m_dir.filePath(QStringLiteral("sock"))),
                      QStringLiteral("start")},
                     log);
    }
    bool stopImmediately(QString *log)
    {
        return pgCtl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")}, log);
    }
    QString url() const { return QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(m_port); }

private:
    static constexpr const char *binDir = "/usr/lib/postgresql/15/bin";
    static QString bin(const QString &name) { return QLatin1String(binDir) + QLatin1Char('/') + name; }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    int as(const QString &program, const QStringList &args, QString *log) const
    {
        if (m_as.isEmpty())
            return run(program, args, QProcessEnvironment::systemEnvironment(), log);
        return run(m_as.first(), m_as.mid(1) + QStringList{program} + args, QProcessEnvironment::systemEnvironment(),
                   log);
    }
    bool pgCtl(const QStringList &args, QString *log = nullptr) const
    {
        QString ignored;
        return as(bin(QStringLiteral("pg_ctl")),
                  QStringList{QStringLiteral("-D"), dataDir(), QStringLiteral("-w")} + args, log ? log : &ignored)
            == 0;
    }
    // A loopback port nobody listens on now (the kernel picks it).
    static int freePort()
    {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(0x7f000001U); // 127.0.0.1
        socklen_t length = sizeof address;
        int port = 0;
        if (fd >= 0 && bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        if (fd >= 0)
            close(fd);
        return port;
    }

    QTemporaryDir m_dir;
    QStringList m_as;
    int m_port = 0;
};

} // namespace

void TestCrashSafety::sqliteWritersKilled()
{
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("sams.sqlite"));
    prepare(url);
    if (QTest::currentTestFailed())
        return;

    QRandomGenerator random(20270301);
    Ledger ledger;
    for (int round = 1; round <= 8; ++round) {
        {
            Burst burst(url, round);
            QVERIFY(burst.waitForFirstLine());
            QTest::qWait(300 + int(random.bounded(1200)));
            ledger.kills += burst.killAll();
            burst.collect(ledger, false);
            if (QTest::currentTestFailed())
                return;
        }
        ++ledger.rounds;
        verify(url, ledger);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("SQLite: %d rounds, %d workers killed, %d writes acknowledged, %d appointments, %lld ms", ledger.rounds,
          ledger.kills, ledger.writes, int(ledger.acks.size()), clock.elapsed());
    QVERIFY2(ledger.writes >= 8 * workerCount, "too few writes to prove anything");
}

void TestCrashSafety::postgresqlStoppedImmediately()
{
    QElapsedTimer clock;
    clock.start();
    PrivateServer server;
    QString log;
    QVERIFY2(server.init(&log), qPrintable(log));
    QVERIFY2(server.start(&log), qPrintable(log));
    const QString url = server.url();
    prepare(url);
    if (QTest::currentTestFailed())
        return;

    // Odd rounds kill the writers, even rounds kill the server under them; the
    // last one with every commit slowed down, so that some are cut off.
    QRandomGenerator random(20270302);
    Ledger ledger;
    int stops = 0;
    constexpr int rounds = 5;
    for (int round = 1; round <= rounds; ++round) {
        const bool stopServer = round % 2 == 0 || round == rounds;
        const bool slow = round == rounds;
        if (slow) {
            execute(url, slowCommits);
            if (QTest::currentTestFailed())
                return;
        }
        {
            Burst burst(url, round);
            QVERIFY(burst.waitForFirstLine());
            QTest::qWait(300 + int(random.bounded(1200)));
            if (stopServer) {
                QVERIFY2(server.stopImmediately(&log), qPrintable(log));
                ++stops;
            } else {
                ledger.kills += burst.killAll();
            }
            burst.collect(ledger, stopServer);
            if (QTest::currentTestFailed())
                return;
        }
        if (stopServer)
            QVERIFY2(server.start(&log), qPrintable(log));
        if (slow) {
            execute(url, fastCommits);
            if (QTest::currentTestFailed())
                return;
        }
        ++ledger.rounds;
        verify(url, ledger);
        if (QTest::currentTestFailed())
            return;
    }
    // How a writer hears that its server went away (a commit cut off included):
    // printed, not asserted, as the wording is the writer's business.
    QMap<QString, int> reported;
    for (const QString &error : std::as_const(ledger.errors))
        ++reported[error];
    for (auto it = reported.cbegin(); it != reported.cend(); ++it)
        qInfo("%d workers reported: %s", it.value(), qPrintable(it.key()));
    qInfo("PostgreSQL: %d rounds, %d server stops, %d workers killed, %d writes acknowledged, %d appointments, %lld ms",
          ledger.rounds, stops, ledger.kills, ledger.writes, int(ledger.acks.size()), clock.elapsed());
    QVERIFY2(ledger.writes >= rounds * workerCount, "too few writes to prove anything");
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
