#include "storage/SqlScheduleRepository.h"
#include "support/TestDatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace sams;

// samsctl from outside: exit codes and messages of docs/rules.md, data read back.
class TestSamsctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initDemoThenReadBack();
    void demoTwiceIsRefusedAndChangesNothing();
    void usageErrors_data();
    void usageErrors();
    void environmentFromSamsDb();
    void noDemoIntoProduction();
    void checkFindsWhatTheGuardsWouldHaveStopped();

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    static Run samsctl(const QStringList &arguments, const QProcessEnvironment &env = {});
};

TestSamsctl::Run TestSamsctl::samsctl(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(QStringLiteral(SAMSCTL_PATH), arguments);
    if (!process.waitForFinished(60000))
        qFatal("samsctl did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestSamsctl::initDemoThenReadBack()
{
    test::TestDatabase file;
    const Run run = samsctl({QStringLiteral("--db"), file.urlText(), QStringLiteral("init"), QStringLiteral("--demo"),
                             QStringLiteral("--environment"), QStringLiteral("staging")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("stores")), qPrintable(run.out));
    QVERIFY(run.err.isEmpty());

    auto database = file.open();
    QCOMPARE(database->environment(), Environment::Staging);
    SqlScheduleRepository repository(*database);
    const auto stores = repository.stores();
    QVERIFY(stores.has_value());
    QVERIFY(stores->size() >= 5);
    qsizetype appointments = 0;
    qsizetype workOrders = 0;
    qsizetype locks = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Store &store : *stores) {
        QVERIFY(!repository.hoursVersions(store.id)->isEmpty());
        const qsizetype chairs = repository.chairs(store.id)->size();
        QVERIFY(chairs >= 3 && chairs <= 6);
        appointments += repository.appointments(store.id, now.addDays(-30), now.addDays(30))->size();
        workOrders += repository.workOrders(store.id)->size();
        locks += repository.locks(store.id, now.addDays(-30), now.addDays(30))->size();
    }
    QVERIFY2(appointments >= 200, qPrintable(QString::number(appointments)));
    const Run check = samsctl({QStringLiteral("--db"), file.urlText(), QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QVERIFY2(check.out.contains(QLatin1String("0 problem(s)")), qPrintable(check.out));
    QVERIFY(workOrders > 0);
    QVERIFY(locks > 0);
}

void TestSamsctl::demoTwiceIsRefusedAndChangesNothing()
{
    test::TestDatabase file;
    QCOMPARE(
        samsctl({QStringLiteral("--db"), file.urlText(), QStringLiteral("init"), QStringLiteral("--demo")}).exitCode,
        0);
    const qsizetype before = [&] {
        auto db = file.open();
        return SqlScheduleRepository(*db).chairs()->size();
    }();
    const Run again
        = samsctl({QStringLiteral("--db"), file.urlText(), QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(again.exitCode, 4);
    QVERIFY2(again.err.startsWith(QLatin1String("samsctl: ")) && again.err.contains(QLatin1String("empty database")),
             qPrintable(again.err));
    QCOMPARE(again.err.count(QLatin1Char('\n')), 1); // one readable line
    auto db = file.open();
    QCOMPARE(SqlScheduleRepository(*db).chairs()->size(), before);
}

void TestSamsctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no command") << QStringList{} << QStringLiteral("usage");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--verbose"), QStringLiteral("init")}
                                    << QStringLiteral("--verbose");
    QTest::newRow("bad url") << QStringList{QStringLiteral("--db"), QStringLiteral("mysql://x/y"),
                                            QStringLiteral("init")}
                             << QStringLiteral("mysql://x/y");
    QTest::newRow("bad environment") << QStringList{QStringLiteral("init"), QStringLiteral("--environment"),
                                                    QStringLiteral("moon")}
                                     << QStringLiteral("moon");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("init"), QStringLiteral("extra")}
                                    << QStringLiteral("extra");
}

void TestSamsctl::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    test::TestDatabase file;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMS_DB"), file.urlText());
    const Run run = samsctl(arguments, env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void TestSamsctl::environmentFromSamsDb()
{
    test::TestDatabase file;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMS_DB"), file.urlText());
    const Run run = samsctl({QStringLiteral("init")}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(file.path()));
    QVERIFY2(run.out.contains(QLatin1String("(local)")), qPrintable(run.out));
}

void TestSamsctl::noDemoIntoProduction()
{
    test::TestDatabase file;
    QCOMPARE(samsctl({QStringLiteral("--db"), file.urlText(), QStringLiteral("init"), QStringLiteral("--environment"),
                      QStringLiteral("production")})
                 .exitCode,
             0);
    const Run run = samsctl({QStringLiteral("--db"), file.urlText(), QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QLatin1String("production")), qPrintable(run.err));
    // Nor can it be quietly relabelled to make room for demo data.
    const Run relabel = samsctl({QStringLiteral("--db"), file.urlText(), QStringLiteral("init"),
                                 QStringLiteral("--environment"), QStringLiteral("local")});
    QCOMPARE(relabel.exitCode, 5);
    QVERIFY2(relabel.err.contains(QLatin1String("--confirm production")), qPrintable(relabel.err));
    auto db = file.open();
    QCOMPARE(SqlScheduleRepository(*db).stores()->size(), 0);
}

void TestSamsctl::checkFindsWhatTheGuardsWouldHaveStopped()
{
    test::TestDatabase file;
    QCOMPARE(
        samsctl({QStringLiteral("--db"), file.urlText(), QStringLiteral("init"), QStringLiteral("--demo")}).exitCode,
        0);
    {
        // Someone removed the guard and wrote a double booking by hand.
        QSqlDatabase raw = file.rawConnection(QStringLiteral("vandal"));
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER appointments_no_overlap_insert")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO appointments (chair_id, starts_at, ends_at, slot_count, customer_name, "
                                  "status, channel) SELECT chair_id, starts_at, ends_at, 1, 'Twin', 'confirmed', "
                                  "'staff' FROM appointments WHERE status <> 'cancelled' ORDER BY id LIMIT 1")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("vandal"));
    const Run check = samsctl({QStringLiteral("--db"), file.urlText(), QStringLiteral("check")});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(QLatin1String("overlap")) && check.err.contains(QLatin1String("has no history")),
             qPrintable(check.err));
    QVERIFY(check.out.contains(QLatin1String("2 problem(s)")));
}

QTEST_GUILESS_MAIN(TestSamsctl)
#include "tst_samsctl.moc"
