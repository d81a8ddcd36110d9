#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QTest>

using namespace sams;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void resolveOrder();
};

void TestDatabaseUrl::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("sqlite");
    QTest::addColumn<QString>("where"); // path, or host:port/db
    QTest::addColumn<QString>("options");

    QTest::newRow("sqlite absolute") << QStringLiteral("sqlite:/var/lib/sams/a.sqlite") << true << true
                                     << QStringLiteral("/var/lib/sams/a.sqlite") << QString();
    QTest::newRow("sqlite relative") << QStringLiteral("sqlite:data/a.sqlite") << true << true
                                     << QDir::current().absoluteFilePath(QStringLiteral("data/a.sqlite")) << QString();
    QTest::newRow("sqlite empty") << QStringLiteral("sqlite:") << false << true << QString() << QString();
    QTest::newRow("postgresql") << QStringLiteral("postgresql://sams@db.example:6543/chain") << true << false
                                << QStringLiteral("db.example:6543/chain") << QString();
    QTest::newRow("postgresql default port, libpq options")
        << QStringLiteral("postgresql://sams@127.0.0.1/chain?sslmode=require&connect_timeout=5") << true << false
        << QStringLiteral("127.0.0.1:5432/chain") << QStringLiteral("sslmode=require;connect_timeout=5");
    QTest::newRow("postgresql without database")
        << QStringLiteral("postgresql://sams@host:5432/") << false << false << QString() << QString();
    QTest::newRow("unknown scheme") << QStringLiteral("mysql://x/y") << false << false << QString() << QString();
    QTest::newRow("bare path") << QStringLiteral("/tmp/a.sqlite") << false << false << QString() << QString();
}

void TestDatabaseUrl::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, sqlite);
    QFETCH(QString, where);
    QFETCH(QString, options);
    const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    QCOMPARE(url.has_value(), valid);
    if (!valid) {
        QCOMPARE(url.error().kind, Error::Kind::Usage);
        QVERIFY2(url.error().message.contains(text), qPrintable(url.error().message));
        return;
    }
    QCOMPARE(url->kind == DatabaseUrl::Kind::Sqlite, sqlite);
    if (sqlite) {
        QCOMPARE(url->path, where);
    } else {
        QCOMPARE(QStringLiteral("%1:%2/%3").arg(url->host).arg(url->port).arg(url->databaseName), where);
        QCOMPARE(url->connectOptions, options);
    }
}

void TestDatabaseUrl::resolveOrder()
{
    qputenv("SAMS_DB", "sqlite:/from/environment.sqlite");
    QCOMPARE(DatabaseUrl::resolve(QStringLiteral("sqlite:/from/option.sqlite"))->path,
             QStringLiteral("/from/option.sqlite"));
    QCOMPARE(DatabaseUrl::resolve(QString())->path, QStringLiteral("/from/environment.sqlite"));
    qunsetenv("SAMS_DB");
    QCOMPARE(DatabaseUrl::resolve(QString())->path, DatabaseUrl::embeddedDefault().path);
    QVERIFY(DatabaseUrl::embeddedDefault().path.endsWith(QLatin1String("/sams/sams.sqlite")));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
