#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace sams;

// samsctl orders (docs/technician-guide.md, From the command line) on both
// databases, as a technician's script would run it: the number printed, the
// trail after three reschedules, a past date refused with the rule exit code,
// the panel's JSON at a store-local moment, and the reminder job run by several
// processes at the same moment making one reminder per store and day.
class TestSamsctlOrders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void scheduleRescheduleThreeTimesAndShow();
    void pastDateRefused();
    void dueTodayAtAStoreLocalMoment();
    void concurrentRemindersMakeOnePerStore();

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    QProcessEnvironment environment() const;
    Run samsctl(const QStringList &arguments) const;
    QString schedule(const QString &store, const QString &date, const QString &when,
                     const QString &customer = QStringLiteral("Ana Lima")) const;
    int count(const QString &sql) const;

    std::unique_ptr<test::TestDatabase> m_file;
};

QProcessEnvironment TestSamsctlOrders::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMS_FAKE_NOW"), QStringLiteral("2027-03-01T12:00:00Z")); // Monday, 07:00 in New York
    env.insert(QStringLiteral("SAMS_DB"), m_file->urlText());
    return env;
}

TestSamsctlOrders::Run TestSamsctlOrders::samsctl(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(SAMSCTL_PATH), arguments);
    if (!process.waitForFinished(60000))
        qFatal("samsctl did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestSamsctlOrders::schedule(const QString &store, const QString &date, const QString &when,
                                    const QString &customer) const
{
    QStringList arguments{QStringLiteral("orders"),     QStringLiteral("schedule"),
                          QStringLiteral("--store"),    store,
                          QStringLiteral("--customer"), customer,
                          QStringLiteral("--date"),     date};
    arguments << (when.contains(u':') ? QStringLiteral("--time") : QStringLiteral("--slot")) << when;
    const Run run = samsctl(arguments);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return run.out.trimmed();
}

int TestSamsctlOrders::count(const QString &sql) const
{
    const std::unique_ptr<Database> database = m_file->open();
    QSqlQuery q(database->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestSamsctlOrders::init()
{
    m_file.reset();
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    QCOMPARE(samsctl({QStringLiteral("init")}).exitCode, 0);
    const Run run = samsctl({QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/spreadsheet")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestSamsctlOrders::scheduleRescheduleThreeTimesAndShow()
{
    const QString number = schedule(QStringLiteral("NYC-1"), QStringLiteral("2027-03-10"), QStringLiteral("MORNING"));
    QVERIFY2(number.toLongLong() > 0, qPrintable(number));
    const QList<std::pair<QString, QString>> moves{{QStringLiteral("2027-03-12"), QStringLiteral("AFTERNOON")},
                                                   {QStringLiteral("2027-03-15"), QStringLiteral("09:30")},
                                                   {QStringLiteral("2027-03-17"), QStringLiteral("evening")}};
    int step = 0;
    for (const auto &[date, when] : moves) {
        const Run run
            = samsctl({QStringLiteral("orders"), QStringLiteral("reschedule"), number, QStringLiteral("--date"), date,
                       when.contains(u':') ? QStringLiteral("--time") : QStringLiteral("--slot"), when,
                       QStringLiteral("--reason"), QStringLiteral("Step %1").arg(++step)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    const Run show = samsctl({QStringLiteral("orders"), QStringLiteral("show"), number});
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    QVERIFY2(show.out.contains(QStringLiteral("Mar 10 → Mar 12 → Mar 15 → Mar 17")), qPrintable(show.out));
    QVERIFY(show.out.contains(QStringLiteral("(rescheduled 3×)")));
    const QJsonObject json = QJsonDocument::fromJson(samsctl({QStringLiteral("orders"), QStringLiteral("show"), number,
                                                              QStringLiteral("--json")})
                                                         .out.toUtf8())
                                 .object();
    QCOMPARE(json.value(QStringLiteral("original_date")).toString(), QStringLiteral("2027-03-10"));
    const QJsonArray trail = json.value(QStringLiteral("trail")).toArray();
    QCOMPARE(trail.size(), 3);
    QCOMPARE(trail.at(1).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("2027-03-15 09:30"));
    QCOMPARE(trail.at(2).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("Step 3"));
    // A stale version is refused with the conflict code; a bad slot with usage.
    const Run stale = samsctl(
        {QStringLiteral("orders"), QStringLiteral("start"), number, QStringLiteral("--version"), QStringLiteral("1")});
    QCOMPARE(stale.exitCode, 3);
    const Run badSlot = samsctl({QStringLiteral("orders"), QStringLiteral("reschedule"), number,
                                 QStringLiteral("--date"), QStringLiteral("2027-03-18"), QStringLiteral("--slot"),
                                 QStringLiteral("NOON"), QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(badSlot.exitCode, 2);
}

void TestSamsctlOrders::pastDateRefused()
{
    const Run run = samsctl({QStringLiteral("orders"), QStringLiteral("schedule"), QStringLiteral("--store"),
                             QStringLiteral("NYC-1"), QStringLiteral("--customer"), QStringLiteral("Ana Lima"),
                             QStringLiteral("--date"), QStringLiteral("2027-02-27"), QStringLiteral("--slot"),
                             QStringLiteral("MORNING")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QStringLiteral("Date must be in the future")), qPrintable(run.err));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM work_orders")), 0);
}

void TestSamsctlOrders::dueTodayAtAStoreLocalMoment()
{
    const QString ten = schedule(QStringLiteral("NYC-1"), QStringLiteral("2027-03-01"), QStringLiteral("10:00"));
    const QString afternoon
        = schedule(QStringLiteral("NYC-1"), QStringLiteral("2027-03-01"), QStringLiteral("AFTERNOON"));
    const QString evening = schedule(QStringLiteral("NYC-1"), QStringLiteral("2027-03-01"), QStringLiteral("EVENING"));
    const Run walkIn = samsctl({QStringLiteral("orders"), QStringLiteral("walk-in"), QStringLiteral("--store"),
                                QStringLiteral("NYC-1"), QStringLiteral("--customer"), QStringLiteral("Bo Chen")});
    QCOMPARE(walkIn.exitCode, 0);
    schedule(QStringLiteral("NYC-1"), QStringLiteral("2027-03-02"), QStringLiteral("MORNING")); // tomorrow's
    const auto panel = [&](const QString &at) {
        const Run run = samsctl({QStringLiteral("orders"), QStringLiteral("due-today"), QStringLiteral("--store"),
                                 QStringLiteral("NYC-1"), QStringLiteral("--at"), at, QStringLiteral("--json")});
        QStringList rows;
        for (const auto &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
            rows.append(v[QStringLiteral("number")].toVariant().toString() + QLatin1Char(' ')
                        + v[QStringLiteral("state")].toString());
        return rows;
    };
    // The example: at 14:00 the 10:00 order is overdue.
    QCOMPARE(panel(QStringLiteral("2027-03-01T14:00")),
             (QStringList{ten + QStringLiteral(" OVERDUE"), afternoon + QStringLiteral(" DUE_SOON"),
                          evening + QStringLiteral(" SCHEDULED"), walkIn.out.trimmed() + QStringLiteral(" WALK_IN")}));
    QCOMPARE(panel(QStringLiteral("2027-03-01T09:59")).first(), ten + QStringLiteral(" DUE_SOON"));
    const Run json = samsctl({QStringLiteral("orders"), QStringLiteral("due-today"), QStringLiteral("--store"),
                              QStringLiteral("NYC-1"), QStringLiteral("--at"), QStringLiteral("2027-03-01T14:00"),
                              QStringLiteral("--json")});
    const QJsonObject first = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
    QCOMPARE(first.keys(),
             (QStringList{QStringLiteral("customer"), QStringLiteral("due"), QStringLiteral("number"),
                          QStringLiteral("state"), QStringLiteral("status"), QStringLiteral("store")}));
    QCOMPARE(first.value(QStringLiteral("due")).toString(), QStringLiteral("2027-03-01T10:00"));
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    // Started: no longer red. At midnight tomorrow's order comes in, today's stay.
    QCOMPARE(samsctl({QStringLiteral("orders"), QStringLiteral("start"), ten}).exitCode, 0);
    QCOMPARE(panel(QStringLiteral("2027-03-01T14:00")).first(), ten + QStringLiteral(" DUE_SOON"));
    QCOMPARE(panel(QStringLiteral("2027-03-01T23:59")).size(), 4);
    QCOMPARE(panel(QStringLiteral("2027-03-02T00:00")).size(), 5);
}

void TestSamsctlOrders::concurrentRemindersMakeOnePerStore()
{
    for (const char *store : {"NYC-1", "PHX-1"}) {
        schedule(QString::fromLatin1(store), QStringLiteral("2027-03-02"), QStringLiteral("MORNING"));
        schedule(QString::fromLatin1(store), QStringLiteral("2027-03-02"), QStringLiteral("16:00"));
    }
    // NIGHT has nothing due tomorrow: no reminder for it.
    constexpr int runners = 6;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < runners; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        processes.push_back(std::move(process));
    }
    // All six are started before any is waited for, so their runs overlap.
    for (auto &process : processes)
        process->start(QStringLiteral(SAMSCTL_PATH),
                       {QStringLiteral("orders"), QStringLiteral("remind"), QStringLiteral("--at"),
                        QStringLiteral("2027-03-01T15:00")});
    int made = 0;
    for (auto &process : processes) {
        QVERIFY(process->waitForFinished(60000));
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        QVERIFY2(process->exitCode() == 0, qPrintable(QString::fromUtf8(process->readAllStandardError())));
        const QStringList lines = out.trimmed().split(u'\n');
        made += lines.last().section(u' ', -1).toInt(); // "Reminders made: N"
    }
    QCOMPARE(made, 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE kind = 'order_reminder'")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT store_id) FROM outbox WHERE kind = 'order_reminder'")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE reminded_at IS NOT NULL")), 4);
    // Before the reminder time (14:00) nothing is made; after it, nothing more.
    QCOMPARE(samsctl({QStringLiteral("orders"), QStringLiteral("remind"), QStringLiteral("--at"),
                      QStringLiteral("2027-03-01T18:00")})
                 .out.trimmed(),
             QStringLiteral("Reminders made: 0"));
}

QTEST_GUILESS_MAIN(TestSamsctlOrders)
#include "tst_samsctlorders.moc"
