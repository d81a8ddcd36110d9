#pragma once

#include "core/ChainData.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace sams::test {

enum class Backend { Sqlite, PostgreSql };

// A fresh, empty SAMS database, removed with the object: a real SQLite file in a
// temporary folder, or a new database on the test PostgreSQL server that
// tests/run-all-tests.sh starts (SAMS_TEST_POSTGRES). Without that server a
// PostgreSQL test fails; it never skips.
class TestDatabase
{
public:
    explicit TestDatabase(Backend backend = Backend::Sqlite);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    Backend backend() const { return m_backend; }
    QString path() const { return m_dir.filePath(QStringLiteral("sams.sqlite")); } // SQLite only
    DatabaseUrl url() const;
    QString urlText() const { return m_url; }

    // Opens (creating and migrating); fails the calling test on error.
    std::unique_ptr<Database> open() const;
    // A plain Qt connection that does not migrate, for building old schemas.
    QSqlDatabase rawConnection(const QString &connectionName) const;

    // Table-driven runs over both backends: call from initTestCase_data().
    static void addBackendRows();
    static Backend currentBackend(); // in a test function of such a class

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_pgName;
};

// The fixed "now" of fixture data: a Wednesday morning in New York.
QDateTime fixtureNow();
// The demo chain as of fixtureNow(), written into `database`.
ChainData insertDemoChain(Database &database);

} // namespace sams::test
