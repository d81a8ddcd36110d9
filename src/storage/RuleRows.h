#pragma once

#include "core/DateException.h"
#include "core/HoursVersion.h"
#include "core/ZipCode.h"
#include "storage/Statement.h"

#include <QVariantMap>

namespace sams::sql {

// Runs a prepared statement with named values (":name" bound from "name").
Statement run(QSqlDatabase &db, const QString &statement, const QVariantMap &values, const QString &what);

// The id of an INSERT ... RETURNING id (QPSQL has no lastInsertId without OIDs).
qint64 returnedId(QSqlQuery &query);

// The rows that make up a store's rules, written inside the caller's transaction
// by the spreadsheet import and by a manager's edits alike. An hours version or
// exception replaces whole the one with its key (store, chair, date): its
// intervals go with it (ON DELETE CASCADE). Return the new row's id.
Result<qint64> replaceHoursVersion(QSqlDatabase &db, const HoursVersion &hours, const QString &what);
Result<qint64> replaceException(QSqlDatabase &db, const DateException &exception, const QString &what);
// Replaces the intervals of an existing hours version or exception in place (an
// edit keeps the row, its id and its history; the caller bumps its version).
Status rewriteHoursIntervals(QSqlDatabase &db, qint64 id, const std::array<DayIntervals, 7> &week, const QString &what);
Status rewriteExceptionIntervals(QSqlDatabase &db, qint64 id, const DayIntervals &intervals, const QString &what);
// Adds a zip code or sets its activation date.
Status writeZipCode(QSqlDatabase &db, const ZipCode &zip, const QString &what);

} // namespace sams::sql
