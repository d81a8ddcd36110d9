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
bool waitFairlyWhenBusy(QSqlDatabase &db, int timeoutMs);
// Frees what the handler keeps for this connection, once it is closed.
void forgetBusyWaiting(const QSqlDatabase &db);

} // namespace sams::sql
