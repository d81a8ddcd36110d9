#include "storage/ConnectionProfiles.h"
#include "storage/DatabaseUrl.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTest>

using namespace sams;

// Connection profiles: kept with QSettings, passwords in a real Secret Service
// keyring (tests/with-keyring.sh starts one), and a profile that expects another
// environment than the database records is refused.
class TestProfiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passwordGoesToTheKeychainOnly();
    void passwordInTheUrlIsRefused();
    void profileMustMatchTheDatabasesEnvironment();
    void removeForgetsThePassword();

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    static Run samsctl(const QStringList &arguments, const QByteArray &input = {});
};

TestProfiles::Run TestProfiles::samsctl(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(SAMSCTL_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("samsctl did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestProfiles::initTestCase()
{
    // Read the same settings file samsctl writes.
    QCoreApplication::setOrganizationName(QStringLiteral("SAMS"));
    QCoreApplication::setApplicationName(QStringLiteral("samsctl"));
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/with-keyring.sh");
}

void TestProfiles::passwordGoesToTheKeychainOnly()
{
    const Run added
        = samsctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("central"),
                   QStringLiteral("postgresql://alice@db.example:5432/sams?sslmode=require"),
                   QStringLiteral("--environment"), QStringLiteral("staging"), QStringLiteral("--password-stdin")},
                  "correct horse battery\n");
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Run listed = samsctl({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(listed.out.contains(QLatin1String("central\tstaging\tpostgresql://alice@db.example:5432/sams")));

    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray stored = settings.readAll();
    QVERIFY(stored.contains("db.example"));
    QVERIFY(!stored.contains("horse")); // never in the settings file

    QCOMPARE(PasswordStore::read(QStringLiteral("central")).value_or(QString()),
             QStringLiteral("correct horse battery"));
    const Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("profile:central"));
    QVERIFY(url.has_value());
    QCOMPARE(url->password, QStringLiteral("correct horse battery"));
    QCOMPARE(url->connectOptions, QStringLiteral("sslmode=require")); // TLS options reach libpq
    QCOMPARE(url->expectedEnvironment, Environment::Staging);
    QVERIFY(!url->displayName().contains(QLatin1String("horse")));
}

void TestProfiles::passwordInTheUrlIsRefused()
{
    const Run refused = samsctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("leaky"),
                                 QStringLiteral("postgresql://alice:hunter2@db.example/sams")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("keychain")), qPrintable(refused.err));
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("hunter2"));
}

void TestProfiles::profileMustMatchTheDatabasesEnvironment()
{
    test::TestDatabase file;
    QCOMPARE(samsctl({QStringLiteral("--db"), file.urlText(), QStringLiteral("init"), QStringLiteral("--environment"),
                      QStringLiteral("production")})
                 .exitCode,
             0);
    QCOMPARE(samsctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("looks-harmless"),
                      file.urlText(), QStringLiteral("--environment"), QStringLiteral("staging")})
                 .exitCode,
             0);
    const Run refused
        = samsctl({QStringLiteral("--db"), QStringLiteral("profile:looks-harmless"), QStringLiteral("check")});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains(QLatin1String("expects a staging database"))
                 && refused.err.contains(QLatin1String("production")),
             qPrintable(refused.err));
    QCOMPARE(samsctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("honest"), file.urlText(),
                      QStringLiteral("--environment"), QStringLiteral("production")})
                 .exitCode,
             0);
    const Run fine = samsctl({QStringLiteral("--db"), QStringLiteral("profile:honest"), QStringLiteral("check")});
    QVERIFY2(fine.exitCode == 0, qPrintable(fine.err));
    QCOMPARE(samsctl({QStringLiteral("--db"), QStringLiteral("profile:nobody"), QStringLiteral("check")}).exitCode, 1);
}

void TestProfiles::removeForgetsThePassword()
{
    QCOMPARE(samsctl({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("central")}).exitCode, 0);
    QCOMPARE(PasswordStore::read(QStringLiteral("central")).value_or(QStringLiteral("error")), QString());
    QVERIFY(!samsctl({QStringLiteral("profile"), QStringLiteral("list")}).out.contains(QLatin1String("central")));
    QCOMPARE(samsctl({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("central")}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
