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

QTEST_GUILESS_MAIN(TestTimeInterval)
#include "tst_timeinterval.moc"
