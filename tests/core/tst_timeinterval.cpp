#include "core/Environment.h"
#include "core/TimeInterval.h"

#include <QTest>

using namespace sams;

class TestTimeInterval : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void environments();
    void localDateTime_data();
    void localDateTime();
};

void TestTimeInterval::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("endOfDay");
    QTest::addColumn<int>("expected"); // -1: rejected

    QTest::newRow("morning") << QStringLiteral("09:30") << false << 570;
    QTest::newRow("midnight") << QStringLiteral("00:00") << false << 0;
    QTest::newRow("last minute") << QStringLiteral("23:59") << false << 1439;
    QTest::newRow("24:00 as close") << QStringLiteral("24:00") << true << 1440;
    QTest::newRow("24:00 as open") << QStringLiteral("24:00") << false << -1;
    QTest::newRow("24:30") << QStringLiteral("24:30") << true << -1;
    QTest::newRow("25:00") << QStringLiteral("25:00") << true << -1;
    QTest::newRow("minute 60") << QStringLiteral("10:60") << false << -1;
    QTest::newRow("one digit hour") << QStringLiteral("9:00") << false << -1;
    QTest::newRow("seconds") << QStringLiteral("09:00:00") << false << -1;
    QTest::newRow("empty") << QString() << false << -1;
}

void TestTimeInterval::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, endOfDay);
    QFETCH(int, expected);
    const std::optional<int> minute = parseMinuteOfDay(text, endOfDay);
    QCOMPARE(minute.value_or(-1), expected);
    if (minute)
        QCOMPARE(formatMinuteOfDay(*minute), text);
}

void TestTimeInterval::environments()
{
    for (Environment env : {Environment::Local, Environment::Staging, Environment::Production})
        QCOMPARE(parseEnvironment(environmentName(env)), env);
    QCOMPARE(parseEnvironment(QStringLiteral("PRODUCTION")), Environment::Production);
    QVERIFY(!parseEnvironment(QStringLiteral("prod")));
}

void TestTimeInterval::localDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("minute"); // -1: rejected

    QTest::newRow("ordinary") << QStringLiteral("2027-03-05T09:30") << QDate(2027, 3, 5) << 570;
    // The test runs with TZ=America/New_York: its DST gap must not matter to a store's wall time.
    QTest::newRow("inside the machine's gap") << QStringLiteral("2027-03-14T02:30") << QDate(2027, 3, 14) << 150;
    QTest::newRow("leap day") << QStringLiteral("2028-02-29T23:59") << QDate(2028, 2, 29) << 1439;
    QTest::newRow("no leap day") << QStringLiteral("2027-02-29T10:00") << QDate() << -1;
    QTest::newRow("24:00") << QStringLiteral("2027-03-05T24:00") << QDate() << -1;
    QTest::newRow("space") << QStringLiteral("2027-03-05 09:30") << QDate() << -1;
    QTest::newRow("seconds") << QStringLiteral("2027-03-05T09:30:00") << QDate() << -1;
}

void TestTimeInterval::localDateTime()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(int, minute);
    const std::optional<LocalDateTime> parsed = parseLocalDateTime(text);
    QCOMPARE(parsed.has_value(), minute >= 0);
    if (parsed) {
        QCOMPARE(parsed->date, date);
        QCOMPARE(parsed->minute, minute);
    }
}

QTEST_GUILESS_MAIN(TestTimeInterval)
#include "tst_timeinterval.moc"
