#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/SqlCheck.h"
#include "support/SilentServer.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sams;

// What opening does with files that are not sound SAMS databases (issue 7, fault
// 6), the durability and timeout settings of the URL (faults 8 and "Also").
// Each file here is real; nothing is mocked.
class TestDatabaseFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyFileIsRefusedUnlessCreating();
    void garbageIsRefusedUntouched_data();
    void garbageIsRefusedUntouched();
    void foreignSqliteFileIsRefusedUntouched();
    void otherApplicationIdIsRefused();
    void emptySqliteDatabaseIsNotASamsDatabase();
    void samsDatabasesCarryTheApplicationId();
    void corruptPageIsReportedWithSqlitesReason();
    void brokenForeignKeysAreReported();
    void synchronousFollowsTheUrl();
    void postgresTimeoutsHaveDefaults();
    void silentPostgresServerTimesOut();
    void postgresStatementTimeoutIsSetAndReported();

private:
    static QByteArray hashOf(const QString &path);
    static QString error(const DatabaseUrl &url, Database::Creation creation);
};

QByteArray TestDatabaseFiles::hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString TestDatabaseFiles::error(const DatabaseUrl &url, Database::Creation creation)
{
    const auto opened = Database::open(url, creation);
    return opened ? QString() : opened.error().message;
}

void TestDatabaseFiles::emptyFileIsRefusedUnlessCreating()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trunc.sqlite"));
    QFile(path).open(QIODevice::WriteOnly);
    const DatabaseUrl url = *DatabaseUrl::parse(QStringLiteral("sqlite:") + path);
    const QString refused = error(url, Database::Creation::MustExist);
    QVERIFY2(refused.contains(QLatin1String("empty (0 bytes)")) && refused.contains(QLatin1String("truncated")),
             qPrintable(refused));
    QCOMPARE(QFileInfo(path).size(), 0);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    // `samsctl init` (CreateIfMissing) may make it a new database.
    QVERIFY(Database::open(url, Database::Creation::CreateIfMissing).has_value());
    QVERIFY(QFileInfo(path).size() > 0);
}

void TestDatabaseFiles::garbageIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray noise(8192, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &byte : noise)
        byte = static_cast<char>(random.bounded(256));
    QTest::newRow("random bytes") << noise;
    QTest::newRow("short text") << QByteArray("hello\n");
    QTest::newRow("almost a header") << QByteArray("SQLite format 2").append(QByteArray(4080, '\0'));
}

void TestDatabaseFiles::garbageIsRefusedUntouched()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const DatabaseUrl url = *DatabaseUrl::parse(QStringLiteral("sqlite:") + path);
    for (auto creation : {Database::Creation::MustExist, Database::Creation::CreateIfMissing}) {
        const QString refused = error(url, creation);
        QVERIFY2(refused.contains(QLatin1String("not a SQLite database")), qPrintable(refused));
    }
    QCOMPARE(hashOf(path), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("garbage.sqlite")});
}

void TestDatabaseFiles::foreignSqliteFileIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bookmarks.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.com')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = hashOf(path);
    const DatabaseUrl url = *DatabaseUrl::parse(QStringLiteral("sqlite:") + path);
    // Not even `init` adds SAMS tables to it.
    for (auto creation : {Database::Creation::MustExist, Database::Creation::CreateIfMissing}) {
        const QString refused = error(url, creation);
        QVERIFY2(refused.contains(QLatin1String("another program's SQLite database"))
                     && refused.contains(QLatin1String("bookmarks")),
                 qPrintable(refused));
    }
    QCOMPARE(hashOf(path), before); // no tables, no WAL switch, no application id
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("bookmarks.sqlite")});
}

void TestDatabaseFiles::otherApplicationIdIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        // Another program's id, even with tables named like SAMS's.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = 1234")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE meta (key TEXT)")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = hashOf(path);
    const QString refused
        = error(*DatabaseUrl::parse(QStringLiteral("sqlite:") + path), Database::Creation::CreateIfMissing);
    QVERIFY2(refused.contains(QLatin1String("another program")) && refused.contains(QLatin1String("1234")),
             qPrintable(refused));
    QCOMPARE(hashOf(path), before);
}

void TestDatabaseFiles::emptySqliteDatabaseIsNotASamsDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blank.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blank"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 3"))); // a header, no tables
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blank"));
    const QString refused = error(*DatabaseUrl::parse(QStringLiteral("sqlite:") + path), Database::Creation::MustExist);
    QVERIFY2(refused.contains(QLatin1String("empty SQLite database")), qPrintable(refused));
}

void TestDatabaseFiles::samsDatabasesCarryTheApplicationId()
{
    test::TestDatabase file;
    auto applicationId = [&file] {
        auto database = file.open();
        QSqlQuery query(database->connection());
        return query.exec(QStringLiteral("PRAGMA application_id")) && query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(applicationId(), Database::sqliteApplicationId);
    QCOMPARE(Database::sqliteApplicationId, 0x53414D53); // "SAMS": documented, never to change
    // A database of a SAMS before the id is recognised by its tables and marked.
    {
        QSqlDatabase raw = file.rawConnection(QStringLiteral("older"));
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA application_id = 0")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    QCOMPARE(applicationId(), Database::sqliteApplicationId);
}

void TestDatabaseFiles::corruptPageIsReportedWithSqlitesReason()
{
    test::TestDatabase file;
    {
        auto database = file.open();
        test::insertDemoChain(*database);
        QVERIFY2(checkIntegrity(*database)->isEmpty(), "the demo chain starts sound");
    }
    // Overwrite one page in the middle of the file (the tables' data, not its schema).
    QFile raw(file.path());
    QVERIFY(raw.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    const qint64 pages = raw.size() / pageSize;
    QVERIFY(pages > 20);
    QRandomGenerator random(102);
    QByteArray noise(pageSize, Qt::Uninitialized);
    for (char &byte : noise)
        byte = static_cast<char>(random.bounded(256));
    raw.seek(pages / 2 * pageSize);
    raw.write(noise);
    raw.close();

    auto database = Database::open(file.url(), Database::Creation::MustExist);
    QVERIFY2(database.has_value(), "the schema is intact, so the file opens and can be checked");
    const Result<QStringList> problems = checkIntegrity(**database);
    QVERIFY2(problems.has_value(), problems ? "" : qPrintable(problems.error().message));
    QVERIFY(!problems->isEmpty());
    QVERIFY2(problems->first().startsWith(QLatin1String("SQLite")), qPrintable(problems->join(u'\n')));
}

void TestDatabaseFiles::brokenForeignKeysAreReported()
{
    test::TestDatabase file;
    {
        auto database = file.open();
        test::insertDemoChain(*database);
    }
    {
        // Another tool, with foreign keys off (SQLite's default), deletes a store.
        QSqlDatabase raw = file.rawConnection(QStringLiteral("tool"));
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM stores WHERE id = 1")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tool"));
    auto database = file.open();
    const Result<QStringList> problems = checkStorage(*database);
    QVERIFY(problems.has_value());
    QVERIFY2(problems->filter(QStringLiteral("refers to a stores row that does not exist")).size() > 0,
             qPrintable(problems->join(u'\n')));
}

void TestDatabaseFiles::synchronousFollowsTheUrl()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    auto level = [](const QString &url) {
        auto database = Database::open(*DatabaseUrl::parse(url));
        QSqlQuery query((*database)->connection());
        return query.exec(QStringLiteral("PRAGMA synchronous")) && query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(level(QStringLiteral("sqlite:") + path), 2); // FULL, the default for a store
    QCOMPARE(level(QStringLiteral("sqlite:") + path + QStringLiteral("?synchronous=normal")), 1);
    QCOMPARE(level(QStringLiteral("sqlite:") + path + QStringLiteral("?synchronous=full")), 2);
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:") + path + QStringLiteral("?synchronous=full"))->path, path);
    const auto unknown = DatabaseUrl::parse(QStringLiteral("sqlite:/x.sqlite?synchronous=off"));
    QVERIFY(!unknown && unknown.error().kind == Error::Kind::Usage);
    // A question mark that is no option stays part of the file name.
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/what?.sqlite"))->path, QStringLiteral("/tmp/what?.sqlite"));
}

void TestDatabaseFiles::postgresTimeoutsHaveDefaults()
{
    const DatabaseUrl plain = *DatabaseUrl::parse(QStringLiteral("postgresql://u@h/db"));
    QCOMPARE(plain.postgresConnectOptions(),
             QStringLiteral("connect_timeout=10;options='-c statement_timeout=30000 -c "
                            "plan_cache_mode=force_generic_plan'"));
    QCOMPARE(plain.connectTimeoutSeconds(), 10);
    const DatabaseUrl own = *DatabaseUrl::parse(
        QStringLiteral("postgresql://u@h/db?sslmode=require&connect_timeout=3&options=-c%20statement_timeout%3D5s"));
    QCOMPARE(own.postgresConnectOptions(),
             QStringLiteral("sslmode=require;connect_timeout=3;options='-c statement_timeout=5s -c "
                            "plan_cache_mode=force_generic_plan'"));
    QCOMPARE(own.connectTimeoutSeconds(), 3);
}

void TestDatabaseFiles::silentPostgresServerTimesOut()
{
    // Listens and never says a word: the kernel completes the connection, nobody answers.
    test::SilentServer silent;
    const int port = silent.port();
    QVERIFY(port > 0);
    const QString url = QStringLiteral("postgresql://u@127.0.0.1:%1/db?connect_timeout=2").arg(port);
    QElapsedTimer timer;
    timer.start();
    const QString refused = error(*DatabaseUrl::parse(url), Database::Creation::MustExist);
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(refused.contains(QStringLiteral("127.0.0.1:%1").arg(port)) && refused.contains(QLatin1String("2 s"))
                 && refused.contains(QLatin1String("connect_timeout")),
             qPrintable(refused));
}

void TestDatabaseFiles::postgresStatementTimeoutIsSetAndReported()
{
    test::TestDatabase server(test::Backend::PostgreSql);
    {
        auto database = server.open();
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("SHOW statement_timeout")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("30s"));
    }
    auto database = Database::open(
        *DatabaseUrl::parse(server.urlText() + QStringLiteral("?options=-c%20statement_timeout%3D300")));
    QVERIFY(database.has_value());
    QElapsedTimer timer;
    timer.start();
    const Status slow
        = sql::exec((*database)->connection(), QStringLiteral("SELECT pg_sleep(5)"), QStringLiteral("Sleeping"));
    QVERIFY(timer.elapsed() < 4000);
    QVERIFY(!slow);
    QVERIFY2(slow.error().message.contains(QLatin1String("statement timeout")), qPrintable(slow.error().message));
}

QTEST_GUILESS_MAIN(TestDatabaseFiles)
#include "tst_databasefiles.moc"
