#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QStringList>

namespace sams {

// Numbered schema migrations (migrations/<dialect>/NNN_name.sql), applied in order
// inside one transaction, with the version kept in the schema_version table.
// Statements in a migration file end with ';' at the end of a line.
class Migrator
{
public:
    explicit Migrator(QSqlDatabase &db);

    int latestVersion() const { return int(m_files.size()); }
    Result<int> currentVersion() const;

    // Brings the schema up to the latest version; refuses a newer database.
    Status migrate();
    // Brings the schema up to `target` exactly (tests build older databases with it).
    Status migrateTo(int target);

private:
    Status apply(int version);

    QSqlDatabase &m_db;
    QStringList m_files; // resource paths, index = version - 1
};

} // namespace sams
