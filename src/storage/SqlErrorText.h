#pragma once

#include <QSqlError>
#include <QString>

namespace sams::sql {

// The database's own reason for a failed statement, as one line: PostgreSQL's
// primary message without its "ERROR:" prefix, DETAIL/HINT/CONTEXT lines and
// SQLSTATE suffix, SQLite's message as it is, and never Qt's driver text
// ("QPSQL: Unable to create query") or the statement. Falls back to the driver
// text only when the database said nothing.
QString databaseReason(const QSqlError &error);

} // namespace sams::sql
