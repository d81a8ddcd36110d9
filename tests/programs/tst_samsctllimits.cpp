#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sams;

// Every range a user can type is bounded with a message naming the limit, so a
// typo never keeps SAMS (and SQLite's write lock) busy for minutes
// (docs/limits.md), and no text reaches the database with a control character.
// Runs the real samsctl on a real SQLite file.
class TestSamsctlLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusals_data();
    void refusals();
    void spreadsheetLocksAreBounded_data();
    void spreadsheetLocksAreBounded();
    void aBoundedLockStillWorks();

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    Run samsctl(const QStringList &arguments) const;

    test::TestDatabase m_file;
};

TestSamsctlLimits::Run TestSamsctlLimits::samsctl(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMS_FAKE_NOW"), QStringLiteral("2027-02-01T15:00:00Z"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SAMSCTL_PATH), QStringList{QStringLiteral("--db"), m_file.urlText()} + arguments);
    if (!process.waitForFinished(60000))
        qFatal("samsctl did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestSamsctlLimits::initTestCase()
{
    QCOMPARE(samsctl({QStringLiteral("init")}).exitCode, 0);
    const Run imported = samsctl({QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/spreadsheet")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void TestSamsctlLimits::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString store = QStringLiteral("--store=NYC-1");
    QTest::newRow("lock from year 1 to 9999")
        << QStringList{QStringLiteral("lock"), store, QStringLiteral("--from=0001-01-01T00:00"),
                       QStringLiteral("--to=9999-12-31T23:59"), QStringLiteral("--reason=typo")}
        << QStringLiteral("outside the dates SAMS works with");
    QTest::newRow("lock of 367 days") << QStringList{QStringLiteral("lock"), store,
                                                     QStringLiteral("--from=2027-03-01T00:00"),
                                                     QStringLiteral("--to=2028-03-02T00:00"),
                                                     QStringLiteral("--reason=renovation")}
                                      << QStringLiteral("more than 366");
    QTest::newRow("one chair locked for 10 years") << QStringList{QStringLiteral("lock"),
                                                                  store,
                                                                  QStringLiteral("--chair=Chair 1"),
                                                                  QStringLiteral("--from=2027-03-01T00:00"),
                                                                  QStringLiteral("--to=2037-03-01T00:00"),
                                                                  QStringLiteral("--reason=broken")}
                                                   << QStringLiteral("end date instead");
    QTest::newRow("slots for 367 days") << QStringList{QStringLiteral("slots"), store,
                                                       QStringLiteral("--from=2027-03-01"),
                                                       QStringLiteral("--to=2028-03-01")}
                                        << QStringLiteral("367 days");
    QTest::newRow("slots from year 1") << QStringList{QStringLiteral("slots"), store,
                                                      QStringLiteral("--from=0001-01-01"),
                                                      QStringLiteral("--to=0001-01-02")}
                                       << QStringLiteral("outside the dates");
    QTest::newRow("impact until 2030") << QStringList{QStringLiteral("impact"), store,
                                                      QStringLiteral("--closed=2027-03-04"),
                                                      QStringLiteral("--until=2030-01-01")}
                                       << QStringLiteral("more than the 731");
    QTest::newRow("impact of a lock of years")
        << QStringList{QStringLiteral("impact"), store, QStringLiteral("--lock-from=2027-03-01T00:00"),
                       QStringLiteral("--lock-to=2031-03-01T00:00")}
        << QStringLiteral("more than 366");
    QTest::newRow("booking in year 9999")
        << QStringList{QStringLiteral("book"), store, QStringLiteral("--chair=Chair 1"),
                       QStringLiteral("--start=9999-03-01T10:00"), QStringLiteral("--customer=Far Future")}
        << QStringLiteral("outside the dates");
    // Every text a booking carries is free of control characters, not only the name.
    QTest::newRow("escape in the phone") << QStringList{QStringLiteral("book"),
                                                        store,
                                                        QStringLiteral("--chair=Chair 1"),
                                                        QStringLiteral("--start=2027-03-01T10:00"),
                                                        QStringLiteral("--customer=Pat"),
                                                        QStringLiteral("--phone=555\u001b[31m")}
                                         << QStringLiteral(
                                                "The phone: contains a control character U+001B at position 4");
    QTest::newRow("NUL in the service") << QStringList{QStringLiteral("book"),
                                                       store,
                                                       QStringLiteral("--chair=Chair 1"),
                                                       QStringLiteral("--start=2027-03-01T10:00"),
                                                       QStringLiteral("--customer=Pat"),
                                                       QStringLiteral("--service=cut\u0001")}
                                        << QStringLiteral(
                                               "The service: contains a control character U+0001 at position 4");
}

void TestSamsctlLimits::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = samsctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

void TestSamsctlLimits::spreadsheetLocksAreBounded_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("400 days") << QStringLiteral("NYC-1,,2027-03-01T00:00,2028-04-04T00:00,Renovation")
                              << QStringLiteral("locks.csv:2: to: The lock lasts 400 days");
    QTest::newRow("year 9999") << QStringLiteral("NYC-1,Chair 1,2027-03-01T00:00,9999-01-01T00:00,Typo")
                               << QStringLiteral("locks.csv:2: to: the date 9999-01-01 is outside");
}

void TestSamsctlLimits::spreadsheetLocksAreBounded()
{
    QFETCH(QString, row);
    QFETCH(QString, message);
    QTemporaryDir sheet;
    for (const char *name : {"stores.csv", "chairs.csv", "hours.csv"})
        QVERIFY(QFile::copy(QStringLiteral(SAMS_TEST_DATA "/spreadsheet/") + QLatin1String(name),
                            sheet.filePath(QLatin1String(name))));
    QFile locks(sheet.filePath(QStringLiteral("locks.csv")));
    QVERIFY(locks.open(QIODevice::WriteOnly));
    locks.write("store,chair,from,to,reason\n" + row.toUtf8() + '\n');
    locks.close();
    const Run run = samsctl({QStringLiteral("import"), sheet.path()});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestSamsctlLimits::aBoundedLockStillWorks()
{
    const Run run
        = samsctl({QStringLiteral("lock"), QStringLiteral("--store=NYC-1"), QStringLiteral("--from=2027-03-01T00:00"),
                   QStringLiteral("--to=2028-03-01T00:00"), QStringLiteral("--reason=Renovation")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestSamsctlLimits)
#include "tst_samsctllimits.moc"
