#pragma once

#include "core/ChainData.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace sams::test {

// A real SQLite file in a fresh temporary folder, removed with the object.
class TestDatabase
{
public:
    TestDatabase();
    QString path() const { return m_dir.filePath(QStringLiteral("sams.sqlite")); }
    DatabaseUrl url() const;
    QString urlText() const { return QStringLiteral("sqlite:") + path(); }

    // Opens (creating and migrating); fails the calling test on error.
    std::unique_ptr<Database> open() const;

private:
    QTemporaryDir m_dir;
};

// The fixed "now" of fixture data: a Wednesday morning in New York.
QDateTime fixtureNow();
// The demo chain as of fixtureNow(), written into `database`.
ChainData insertDemoChain(Database &database);

} // namespace sams::test
