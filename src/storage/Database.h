#pragma once

#include "core/Environment.h"
#include "core/Error.h"
#include "storage/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <memory>

namespace sams {

// One open, migrated connection to a SAMS database. Owned by the thread that opened
// it (a QSqlDatabase belongs to its thread).
class Database
{
public:
    enum class Creation { CreateIfMissing, MustExist };

    // PRAGMA application_id of every SQLite file SAMS creates: "SAMS" in ASCII.
    static constexpr qint32 sqliteApplicationId = 0x53414D53;

    // Connects and migrates an older schema; refuses a newer one. A SQLite file must
    // be a SAMS database (its application id, or an older SAMS's schema_version and
    // meta tables): another program's file, a damaged one, or a non-SQLite file is
    // refused without writing anything; so is an empty (0-byte) one unless creating.
    // A file, folder or disk that cannot be written is opened read-only.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url,
                                                  Creation creation = Creation::CreateIfMissing);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    const DatabaseUrl &url() const { return m_url; }
    bool isSqlite() const { return m_url.kind == DatabaseUrl::Kind::Sqlite; }
    // SQLite opened read-only (read-only file, folder or medium, or a full disk):
    // reading works, every write is refused by SQLite.
    bool isReadOnly() const { return m_readOnly; }

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
    Status connectSqlite(Creation creation);
    QSqlError openSqlite(bool readOnly);
    Status recogniseSqlite(Creation creation);
    Status migrate();

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
};

} // namespace sams
