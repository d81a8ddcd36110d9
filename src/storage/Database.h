#pragma once

#include "core/Environment.h"
#include "core/Error.h"
#include "storage/DatabaseUrl.h"

#include <QSqlDatabase>

#include <memory>

namespace sams {

// One open, migrated connection to a SAMS database. Owned by the thread that opened
// it (a QSqlDatabase belongs to its thread).
class Database
{
public:
    enum class Creation { CreateIfMissing, MustExist };

    // Connects and migrates an older schema; refuses a newer one.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url,
                                                  Creation creation = Creation::CreateIfMissing);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    const DatabaseUrl &url() const { return m_url; }
    bool isSqlite() const { return m_url.kind == DatabaseUrl::Kind::Sqlite; }

    Environment environment() const;
    Status setEnvironment(Environment environment);
    int schemaVersion() const;

    // Who is writing, for history: the PostgreSQL login (what the server enforces
    // rights for), or the local user of the embedded database.
    QString actor() const;
    // Whether this user may book into locked slots: PostgreSQL admins and managers
    // (and service accounts outside the job roles); the embedded database's one
    // local user holds every right.
    bool mayOverrideLocks() const;

private:
    explicit Database(const DatabaseUrl &url);
    Status connect(Creation creation);

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace sams
