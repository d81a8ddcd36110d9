#include "storage/Statement.h"

#include "storage/SqlCheck.h"

#include <QCoreApplication>
#include <QSqlError>

#include <unordered_map>

namespace sams::sql {

namespace {
struct Kept {
    std::unique_ptr<QSqlQuery> query;
    bool inUse = false;
};
using Cache = std::unordered_map<QString, Kept>;

// Statement texts are fixed strings; the bound is a guard against a caller that
// builds texts with values in them, not a size anyone reaches.
constexpr std::size_t mostKept = 256;

// Per thread, like the connections themselves (a QSqlDatabase belongs to the
// thread that opened it); keyed by connection name.
std::unordered_map<QString, Cache> &caches()
{
    thread_local std::unordered_map<QString, Cache> all;
    return all;
}
} // namespace

Statement::Statement(Error error)
    : m_error(std::move(error))
{ }

Statement::Statement(QSqlQuery *kept, bool *inUse)
    : m_query(kept)
    , m_inUse(inUse)
{
    *m_inUse = true;
}

Statement::Statement(std::unique_ptr<QSqlQuery> owned)
    : m_owned(std::move(owned))
    , m_query(m_owned.get())
{ }

Statement::Statement(Statement &&other) noexcept
    : m_owned(std::move(other.m_owned))
    , m_query(std::exchange(other.m_query, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_error(std::move(other.m_error))
{ }

Statement::~Statement()
{
    if (m_query && !m_owned)
        m_query->finish();
    if (m_inUse)
        *m_inUse = false;
}

Statement prepare(QSqlDatabase &db, const QString &statement)
{
    auto &all = caches();
    const auto cache = all.find(db.connectionName());
    if (cache != all.end()) {
        const auto found = cache->second.find(statement);
        if (found != cache->second.end() && !found->second.inUse)
            return Statement(found->second.query.get(), &found->second.inUse);
    }
    auto query = std::make_unique<QSqlQuery>(db);
    if (!query->prepare(statement))
        return Statement(
            errorFrom(query->lastError(), QCoreApplication::translate("sams::sql", "Preparing a statement")));
    if (cache == all.end() || cache->second.size() >= mostKept || cache->second.contains(statement))
        return Statement(std::move(query));
    Kept &kept = cache->second[statement];
    kept.query = std::move(query);
    return Statement(kept.query.get(), &kept.inUse);
}

void keepStatements(const QSqlDatabase &db)
{
    caches()[db.connectionName()];
}

void dropStatements(const QSqlDatabase &db)
{
    caches().erase(db.connectionName());
}

} // namespace sams::sql
