#pragma once

#include "core/Error.h"

#include <QStringList>

namespace sams {

class Database;

// What `samsctl check` verifies: the storage itself (checkStorage), and, when that
// is sound, straight from the tables, whoever wrote them: no two active appointments of a chair overlap on one seat, no
// seat beyond the store's capacity, and every row has its history (checkHistory). Returns one readable line per
// problem; empty means sound.
Result<QStringList> checkIntegrity(Database &database);
// The database's own checks: SQLite's integrity_check and foreign_key_check (each
// finding with SQLite's words); on PostgreSQL, which enforces foreign keys itself,
// constraints left unvalidated and SAMS triggers switched off.
Result<QStringList> checkStorage(Database &database);
// History completeness: one history row per version of every appointment, store,
// chair, hours version, date exception and lock, and one for every zip code.
// Appends one line per row short of history to `problems`.
Status checkHistory(Database &database, QStringList &problems);
// Only the overlaps and seats (what concurrent writers could break).
Result<QStringList> checkOverlaps(Database &database);

} // namespace sams
