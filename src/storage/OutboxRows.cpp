#include "storage/OutboxRows.h"

#include "core/Clock.h"
#include "core/NotifySettings.h"
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
              QStringLiteral(
                  "INSERT INTO outbox (dedup_key, store_id, kind, entity, entity_id, entity_version, "
                  "channel, recipient, subject, body, created_at, about_at, next_attempt_at) VALUES (:key, :store, "
                  ":kind, :entity, :entity_id, :entity_version, :channel, :recipient, :subject, :body, "
                  ":now, :about, :not_before) ON CONFLICT (dedup_key) DO NOTHING RETURNING id"),
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
               {QStringLiteral("now"), nowSecs},
               {QStringLiteral("about"), m.aboutAt ? QVariant(m.aboutAt) : QVariant()},
               {QStringLiteral("not_before"), m.notBefore ? QVariant(m.notBefore) : QVariant()}},
              Text::tr("Queueing a message"));
    if (!inserted)
        return std::unexpected(inserted.error());
    return returnedId(*inserted);
}

Status queueAppointmentMessages(QSqlDatabase &db, const Appointment &after, AppointmentEvent event)
{
    if (after.customerEmail.isEmpty() && after.customerPhone.isEmpty())
        return {};
    auto store = run(db,
                     QStringLiteral("SELECT s.id, s.code, s.timezone, n.reminder_minutes FROM chairs c JOIN stores s "
                                    "ON s.id = c.store_id LEFT JOIN store_notify n ON n.store_id = s.id "
                                    "WHERE c.id = :chair"),
                     {{QStringLiteral("chair"), after.chairId}}, Text::tr("Reading the store of a message"));
    if (!store)
        return std::unexpected(store.error());
    if (!store->next())
        return std::unexpected(Error::failed(Text::tr("Chair %1 has no store.").arg(after.chairId)));
    Store s;
    s.id = store->value(0).toLongLong();
    s.code = store->value(1).toString();
    s.timeZoneId = store->value(2).toString().toUtf8();
    const int lead = store->value(3).isNull() ? StoreNotify().reminderMinutes : store->value(3).toInt();
    const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
    for (const OutboxMessage &message : appointmentMessages(after, s, event, now, lead)) {
        if (auto queued = queueMessage(db, message, now); !queued)
            return std::unexpected(queued.error());
    }
    return {};
}

} // namespace sams::sql
