#include "storage/OutboxRows.h"

#include "storage/RuleRows.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>

namespace sams::sql {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::OutboxRows)
};
} // namespace

Result<qint64> queueMessage(QSqlDatabase &db, const OutboxMessage &m, qint64 nowSecs)
{
    // ON CONFLICT DO NOTHING: a concurrent writer of the same key waits for the
    // first to commit and then adds nothing (PostgreSQL); SQLite's writers are
    // serialized already.
    auto inserted
        = run(db,
              QStringLiteral("INSERT INTO outbox (dedup_key, store_id, kind, entity, entity_id, entity_version, "
                             "channel, recipient, subject, body, created_at) VALUES (:key, :store, :kind, "
                             ":entity, :entity_id, :entity_version, :channel, :recipient, :subject, :body, "
                             ":now) ON CONFLICT (dedup_key) DO NOTHING RETURNING id"),
              {{QStringLiteral("key"), m.dedupKey},
               {QStringLiteral("store"), m.storeId ? QVariant(m.storeId) : QVariant()},
               {QStringLiteral("kind"), text(m.kind)},
               {QStringLiteral("entity"), text(m.entity)},
               {QStringLiteral("entity_id"), m.entityId ? QVariant(m.entityId) : QVariant()},
               {QStringLiteral("entity_version"), m.entityVersion ? QVariant(m.entityVersion) : QVariant()},
               {QStringLiteral("channel"), text(m.channel)},
               {QStringLiteral("recipient"), text(m.recipient)},
               {QStringLiteral("subject"), text(m.subject)},
               {QStringLiteral("body"), text(m.body)},
               {QStringLiteral("now"), nowSecs}},
              Text::tr("Queueing a message"));
    if (!inserted)
        return std::unexpected(inserted.error());
    return returnedId(*inserted);
}

} // namespace sams::sql
