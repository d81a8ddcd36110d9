#pragma once

#include <QSqlDatabase>

namespace sams::sql {

// How a SQLite connection waits for the write lock another connection holds
// (docs/performance.md, "SQLite writers"). SQLite's own busy timeout sleeps
// longer the longer a writer has waited (up to 100 ms between tries), so a
// writer that just arrived keeps winning over one that has waited for seconds,
// and under steady load some writers starve until their timeout. This handler
// retries after short random sleeps (jitter, so waiters do not wake together)
// that shrink as the wait grows, so the longest waiters try most often; it gives
// up, and the statement fails as busy, only after `timeoutMs`.
// Returns false when the connection is not a SQLite one this build can reach.
// Requires Qt's SQLite driver to use the system libsqlite3 this library links
// (Debian's Qt does; a Qt with its own bundled SQLite would not).
bool waitFairlyWhenBusy(QSqlDatabase &db, int timeoutMs);
// Frees what the handler keeps for the connection of this name, once it is
// closed (closing may checkpoint, and so wait).
void forgetBusyWaiting(const QString &connectionName);

} // namespace sams::sql
