#pragma once

#include "core/Error.h"

#include <QStringList>

namespace sams {

class Database;

// What `samsctl check` verifies straight from the tables, whoever wrote them:
// no two active appointments of a chair overlap on one seat, no seat beyond the
// store's capacity, and every appointment has its history.
// Returns one readable line per problem; empty means sound.
Result<QStringList> checkIntegrity(Database &database);
// Only the overlaps and seats (what concurrent writers could break).
Result<QStringList> checkOverlaps(Database &database);

} // namespace sams
