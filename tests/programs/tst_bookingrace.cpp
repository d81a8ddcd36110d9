#include "storage/SqlScheduleRepository.h"
#include "support/TestDatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace sams;

// No double booking under a real race: 16 processes book the same 50 slots at
// once, each in its own order. Exactly 50 bookings survive, everyone else hears
// "that slot was just taken", and samsctl check finds nothing wrong.
class TestBookingRace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void sixteenWritersFiftySlots();

private:
    static QProcessEnvironment environment(const test::TestDatabase &file);
};

QProcessEnvironment TestBookingRace::environment(const test::TestDatabase &file)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMS_FAKE_NOW"), QStringLiteral("2027-03-01T12:00:00Z"));
    env.insert(QStringLiteral("SAMS_DB"), file.urlText());
    return env;
}

void TestBookingRace::sixteenWritersFiftySlots()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    for (const QStringList &args :
         {QStringList{QStringLiteral("init")},
          QStringList{QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/spreadsheet")}}) {
        QProcess p;
        p.setProcessEnvironment(environment(file));
        p.start(QStringLiteral(SAMSCTL_PATH), args);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    // 50 half-hour slots of Chair 1 at NYC-1: Monday to Thursday, 14 a day.
    QStringList starts;
    for (int day = 8; day <= 11 && starts.size() < 50; ++day) {
        for (int minute : {540, 570, 600, 630, 660, 690, 780, 810, 840, 870, 900, 930, 960, 990}) {
            if (starts.size() < 50)
                starts.append(QStringLiteral("2027-03-%1T%2:%3")
                                  .arg(day, 2, 10, QLatin1Char('0'))
                                  .arg(minute / 60, 2, 10, QLatin1Char('0'))
                                  .arg(minute % 60, 2, 10, QLatin1Char('0')));
        }
    }
    QCOMPARE(starts.size(), 50);

    std::vector<std::unique_ptr<QProcess>> workers;
    for (int i = 0; i < 16; ++i) {
        auto worker = std::make_unique<QProcess>();
        worker->setProcessEnvironment(environment(file));
        worker->start(
            QStringLiteral(RACE_WORKER_PATH),
            QStringList{file.urlText(), QStringLiteral("NYC-1"), QStringLiteral("Chair 1"), QString::number(i + 1)}
                + starts);
        workers.push_back(std::move(worker));
    }
    int booked = 0, conflicts = 0;
    static const QRegularExpression report(QStringLiteral("booked (\\d+) conflicts (\\d+) errors (\\d+)"));
    for (auto &worker : workers) {
        QVERIFY(worker->waitForFinished(240000));
        const QString output = QString::fromUtf8(worker->readAllStandardOutput());
        QVERIFY2(worker->exitCode() == 0, qPrintable(output)); // no crash, no other error
        const QRegularExpressionMatch m = report.match(output);
        QVERIFY2(m.hasMatch(), qPrintable(output));
        booked += m.captured(1).toInt();
        conflicts += m.captured(2).toInt();
    }
    QCOMPARE(booked, 50);
    QCOMPARE(conflicts, 16 * 50 - 50);

    auto database = file.open();
    SqlScheduleRepository repository(*database);
    const Store nyc = repository.stores()->at(1);
    QCOMPARE(nyc.code, QStringLiteral("NYC-1"));
    const auto appointments = repository.appointments(nyc.id, QDateTime(QDate(2027, 3, 8), QTime(0, 0), Qt::UTC),
                                                      QDateTime(QDate(2027, 3, 13), QTime(0, 0), Qt::UTC));
    QCOMPARE(appointments->size(), 50);

    QProcess check;
    check.setProcessEnvironment(environment(file));
    check.start(QStringLiteral(SAMSCTL_PATH), {QStringLiteral("check")});
    QVERIFY(check.waitForFinished(60000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
}

QTEST_GUILESS_MAIN(TestBookingRace)
#include "tst_bookingrace.moc"
