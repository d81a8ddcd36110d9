#include "storage/HistoryWriter.h"

#include "core/Clock.h"
#include "storage/SqlCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sams {

HistoryWriter::HistoryWriter(QSqlDatabase &db, const QString &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Status HistoryWriter::record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &before,
                             const QJsonObject &after, const QString &reason)
{
    // PostgreSQL: only the server's function may write history; it takes the actor
    // (the login) and the time from the server and checks the row was changed in
    // this transaction (docs/security.md). SQLite has one local user.
    const bool server = sql::isPostgreSql(m_db);
    Result<QSqlQuery> query = sql::prepare(
        m_db,
        server ? QStringLiteral("SELECT public.sams_record_history(:entity, :entity_id, :action, :before, "
                                ":after, :reason)")
               : QStringLiteral("INSERT INTO history (at, actor, entity, entity_id, action, before, after, "
                                "reason) VALUES (:at, :actor, :entity, :entity_id, :action, :before, :after, "
                                ":reason)"));
    if (!query)
        return std::unexpected(query.error());
    auto json = [](const QJsonObject &o) {
        return o.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    if (!server) {
        query->bindValue(QStringLiteral(":at"), Clock::nowUtc().toSecsSinceEpoch());
        query->bindValue(QStringLiteral(":actor"), m_actor);
    }
    query->bindValue(QStringLiteral(":entity"), entity);
    query->bindValue(QStringLiteral(":entity_id"), entityId);
    query->bindValue(QStringLiteral(":action"), action);
    query->bindValue(QStringLiteral(":before"), json(before));
    query->bindValue(QStringLiteral(":after"), json(after));
    query->bindValue(QStringLiteral(":reason"), reason.isNull() ? QStringLiteral("") : reason);
    return sql::exec(*query, QCoreApplication::translate("sams::HistoryWriter", "Recording history"));
}

QJsonObject HistoryWriter::toJson(const Appointment &a)
{
    return {
        {QStringLiteral("chair_id"), a.chairId},
        {QStringLiteral("starts_at"), a.startsAt.toString(Qt::ISODate)},
        {QStringLiteral("ends_at"), a.endsAt.toString(Qt::ISODate)},
        {QStringLiteral("slot_count"), a.slotCount},
        {QStringLiteral("customer_name"), a.customerName},
        {QStringLiteral("customer_phone"), a.customerPhone},
        {QStringLiteral("customer_email"), a.customerEmail},
        {QStringLiteral("customer_zip"), a.customerZip},
        {QStringLiteral("service"), a.service},
        {QStringLiteral("status"), statusName(a.status)},
        {QStringLiteral("channel"), channelName(a.channel)},
        {QStringLiteral("override_reason"), a.overrideReason},
        {QStringLiteral("version"), a.version},
    };
}

} // namespace sams
