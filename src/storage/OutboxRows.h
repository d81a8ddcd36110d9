#pragma once

#include "core/Error.h"
#include "core/Outbox.h"

#include <QSqlDatabase>

namespace sams::sql {

// Queues `message` inside the caller's transaction (docs/outbox.md): its row id,
// or 0 when a message with its dedup key is queued already (someone produced it
// first; the database keeps one).
Result<qint64> queueMessage(QSqlDatabase &db, const OutboxMessage &message, qint64 nowSecs);

} // namespace sams::sql
