#include "support/TestDatabase.h"

#include "core/DemoChainGenerator.h"
#include "storage/SqlScheduleRepository.h"

#include <QTest>

namespace sams::test {

TestDatabase::TestDatabase()
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
}

DatabaseUrl TestDatabase::url() const
{
    return *DatabaseUrl::parse(urlText());
}

std::unique_ptr<Database> TestDatabase::open() const
{
    auto database = Database::open(url());
    if (!database)
        qFatal("cannot open the test database: %s", qUtf8Printable(database.error().message));
    return std::move(*database);
}

QDateTime fixtureNow()
{
    return QDateTime(QDate(2026, 12, 2), QTime(15, 0), Qt::UTC); // 10:00 in New York
}

ChainData insertDemoChain(Database &database)
{
    const ChainData chain = DemoChainGenerator(fixtureNow()).generate();
    SqlScheduleRepository repository(database);
    if (auto ok = repository.insertChain(chain); !ok)
        qFatal("cannot insert the demo chain: %s", qUtf8Printable(ok.error().message));
    return chain;
}

} // namespace sams::test
