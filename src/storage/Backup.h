#pragma once

#include "core/Error.h"

namespace sams {

class Database;

// A consistent copy of everything in a database, as a SQLite file (the same
// schema whatever the source dialect), and back. The copy is read in one
// snapshot, written to FILE.partial and renamed only when complete.
Status backupDatabase(Database &source, const QString &file);

// Restores a backup into an empty database (a fresh `samsctl init`), in one
// transaction. An older backup is migrated on a temporary copy first; a backup
// from a newer SAMS is refused. The target keeps its own environment label.
Status restoreDatabase(Database &target, const QString &file);

// Removes the restore copies (customer data) that a killed restore of this user
// left in the temporary folder. Cheap; samsctl and the desktop call it at start.
void removeStaleRestoreCopies();

} // namespace sams
