#include "support/TestDatabase.h"

#include "core/DemoChainGenerator.h"
#include "storage/SqlScheduleRepository.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace sams::test {

namespace {
// Runs one statement on the test server's admin database.
void admin(const QString &statement)
{
    const QString adminUrl = qEnvironmentVariable("SAMS_TEST_POSTGRES");
    const auto url = DatabaseUrl::parse(adminUrl);
    if (adminUrl.isEmpty() || !url)
        qFatal("SAMS_TEST_POSTGRES is not set: run tests/run-all-tests.sh, which starts the test PostgreSQL");
    const QString name = QStringLiteral("sams-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url->host);
        db.setPort(url->port);
        db.setUserName(url->user);
        db.setDatabaseName(url->databaseName);
        if (!db.open())
            qFatal("cannot reach the test PostgreSQL at %s: %s", qPrintable(adminUrl),
                   qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

TestDatabase::TestDatabase(Backend backend)
    : m_backend(backend)
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
    if (backend == Backend::Sqlite) {
        m_url = QStringLiteral("sqlite:") + path();
        return;
    }
    static QAtomicInteger<int> counter;
    m_pgName
        = QStringLiteral("sams_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
    admin(QStringLiteral("CREATE DATABASE %1").arg(m_pgName));
    const auto adminUrl = DatabaseUrl::parse(qEnvironmentVariable("SAMS_TEST_POSTGRES"));
    m_url = QStringLiteral("postgresql://%1@%2:%3/%4")
                .arg(adminUrl->user, adminUrl->host)
                .arg(adminUrl->port)
                .arg(m_pgName);
}

TestDatabase::~TestDatabase()
{
    if (m_backend == Backend::PostgreSql)
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

DatabaseUrl TestDatabase::url() const
{
    return *DatabaseUrl::parse(m_url);
}

std::unique_ptr<Database> TestDatabase::open() const
{
    auto database = Database::open(url());
    if (!database)
        qFatal("cannot open the test database: %s", qUtf8Printable(database.error().message));
    return std::move(*database);
}

QSqlDatabase TestDatabase::rawConnection(const QString &connectionName) const
{
    const DatabaseUrl u = url();
    QSqlDatabase db;
    if (m_backend == Backend::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(u.path);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(u.host);
        db.setPort(u.port);
        db.setUserName(u.user);
        db.setDatabaseName(u.databaseName);
    }
    if (!db.open())
        qFatal("cannot open %s: %s", qPrintable(m_url), qPrintable(db.lastError().text()));
    return db;
}

void TestDatabase::addBackendRows()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("sqlite") << int(Backend::Sqlite);
    QTest::newRow("postgresql") << int(Backend::PostgreSql);
}

Backend TestDatabase::currentBackend()
{
    QFETCH_GLOBAL(int, backend);
    return static_cast<Backend>(backend);
}

QDateTime fixtureNow()
{
    return QDateTime(QDate(2026, 12, 2), QTime(15, 0), Qt::UTC); // 10:00 in New York
}

ChainData insertDemoChain(Database &database)
{
    ChainData chain = DemoChainGenerator(fixtureNow()).generate();
    SqlScheduleRepository repository(database);
    if (auto ok = repository.insertChain(chain); !ok)
        qFatal("cannot insert the demo chain: %s", qUtf8Printable(ok.error().message));
    return chain;
}

} // namespace sams::test
