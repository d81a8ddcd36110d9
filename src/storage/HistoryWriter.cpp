#include "storage/HistoryWriter.h"

#include "core/Clock.h"
#include "storage/SqlCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sams {

namespace {
QJsonValue date(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue id(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}
// ["09:00-12:00", "13:00-17:00"]: open intervals as the spreadsheet writes them,
// in order, so equal hours give equal JSON.
QJsonArray intervals(DayIntervals day)
{
    std::ranges::sort(day, {}, &TimeInterval::openMinute);
    QJsonArray list;
    for (const TimeInterval &i : day)
        list.append(QString(formatMinuteOfDay(i.openMinute) + QLatin1Char('-') + formatMinuteOfDay(i.closeMinute)));
    return list;
}
} // namespace

HistoryWriter::HistoryWriter(QSqlDatabase &db, const QString &actor, Mode mode)
    : m_db(db)
    , m_actor(actor)
    , m_batched(mode == Mode::Batched && sql::isPostgreSql(db))
{ }

// Entries never flushed belong to a write that failed: its transaction rolls back.
HistoryWriter::~HistoryWriter() = default;

Status HistoryWriter::flush()
{
    if (m_pending.isEmpty())
        return {};
    const QByteArray rows = QJsonDocument(m_pending).toJson(QJsonDocument::Compact);
    m_pending = {};
    sql::Statement query = sql::prepare(
        m_db,
        QStringLiteral("SELECT public.sams_record_history(x.e, x.i, x.a, x.b, x.f, x.r) FROM "
                       "json_to_recordset(CAST(:rows AS json)) AS x(e text, i bigint, a text, b text, f text, "
                       "r text)"));
    if (!query)
        return std::unexpected(query.error());
    query->bindValue(QStringLiteral(":rows"), QString::fromUtf8(rows));
    if (auto ok = sql::exec(*query, QCoreApplication::translate("sams::HistoryWriter", "Recording history")); !ok)
        return ok;
    query->finish();
    return {};
}

Status HistoryWriter::record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &before,
                             const QJsonObject &after, const QString &reason)
{
    if (m_batched) {
        const QVariant b = toText(before);
        const QVariant f = toText(after);
        m_pending.append(QJsonObject{{QStringLiteral("e"), entity},
                                     {QStringLiteral("i"), entityId},
                                     {QStringLiteral("a"), action},
                                     {QStringLiteral("b"), b.isNull() ? QJsonValue() : QJsonValue(b.toString())},
                                     {QStringLiteral("f"), f.isNull() ? QJsonValue() : QJsonValue(f.toString())},
                                     {QStringLiteral("r"), reason.isNull() ? QStringLiteral("") : reason}});
        return {};
    }
    // PostgreSQL: only the server's function may write history; it takes the actor
    // (the login) and the time from the server and checks the row was changed in
    // this transaction (docs/security.md). SQLite has one local user.
    const bool server = sql::isPostgreSql(m_db);
    sql::Statement query = sql::prepare(
        m_db,
        server ? QStringLiteral("SELECT public.sams_record_history(:entity, :entity_id, :action, :before, "
                                ":after, :reason)")
               : QStringLiteral("INSERT INTO history (at, actor, entity, entity_id, action, before, after, "
                                "reason) VALUES (:at, :actor, :entity, :entity_id, :action, :before, :after, "
                                ":reason)"));
    if (!query)
        return std::unexpected(query.error());
    if (!server) {
        query->bindValue(QStringLiteral(":at"), Clock::nowUtc().toSecsSinceEpoch());
        query->bindValue(QStringLiteral(":actor"), m_actor);
    }
    query->bindValue(QStringLiteral(":entity"), entity);
    query->bindValue(QStringLiteral(":entity_id"), entityId);
    query->bindValue(QStringLiteral(":action"), action);
    query->bindValue(QStringLiteral(":before"), toText(before));
    query->bindValue(QStringLiteral(":after"), toText(after));
    query->bindValue(QStringLiteral(":reason"), reason.isNull() ? QStringLiteral("") : reason);
    return sql::exec(*query, QCoreApplication::translate("sams::HistoryWriter", "Recording history"));
}

QVariant HistoryWriter::toText(const QJsonObject &object)
{
    return object.isEmpty() ? QVariant()
                            : QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
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

QJsonObject HistoryWriter::toJson(const Store &s)
{
    return {
        {QStringLiteral("code"), s.code},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("address"), s.address},
        {QStringLiteral("timezone"), QString::fromUtf8(s.timeZoneId)},
        {QStringLiteral("phone"), s.phone},
        {QStringLiteral("instructions"), s.instructions},
        {QStringLiteral("slot_minutes"), s.slotMinutes},
        {QStringLiteral("capacity"), s.capacity},
        {QStringLiteral("horizon_days"), s.horizonDays},
        {QStringLiteral("min_notice_minutes"), s.minNoticeMinutes},
        {QStringLiteral("visible_from"), date(s.visibleFrom)},
        {QStringLiteral("opens_on"), date(s.opensOn)},
        {QStringLiteral("closes_on"), date(s.closesOn)},
        {QStringLiteral("version"), s.version},
    };
}

QJsonObject HistoryWriter::toJson(const Chair &c)
{
    return {
        {QStringLiteral("store_id"), c.storeId},         {QStringLiteral("name"), c.name},
        {QStringLiteral("starts_on"), date(c.startsOn)}, {QStringLiteral("ends_on"), date(c.endsOn)},
        {QStringLiteral("version"), c.version},          {QStringLiteral("position"), c.position},
    };
}

QJsonObject HistoryWriter::toJson(const HoursVersion &h)
{
    static const char *const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    QJsonObject week;
    for (int day = 0; day < 7; ++day)
        week.insert(QLatin1String(days[day]), intervals(h.week.at(day)));
    return {
        {QStringLiteral("store_id"), h.storeId},
        {QStringLiteral("chair_id"), id(h.chairId)},
        {QStringLiteral("effective_from"), date(h.effectiveFrom)},
        {QStringLiteral("follows_store"), h.followsStore},
        {QStringLiteral("week"), week},
    };
}

QJsonObject HistoryWriter::toJson(const DateException &e)
{
    return {
        {QStringLiteral("store_id"), e.storeId}, {QStringLiteral("chair_id"), id(e.chairId)},
        {QStringLiteral("date"), date(e.date)},  {QStringLiteral("intervals"), intervals(e.intervals)},
        {QStringLiteral("reason"), e.reason},
    };
}

QJsonObject HistoryWriter::toJson(const ZipCode &z)
{
    return {
        {QStringLiteral("store_id"), z.storeId},
        {QStringLiteral("zipcode"), z.code},
        {QStringLiteral("active_from"), date(z.activeFrom)},
    };
}

QJsonObject HistoryWriter::toJson(const Lock &l)
{
    return {
        {QStringLiteral("store_id"), l.storeId},
        {QStringLiteral("chair_id"), id(l.chairId)},
        {QStringLiteral("starts_at"), l.startsAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("ends_at"), l.endsAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("reason"), l.reason},
        {QStringLiteral("created_by"), l.createdBy},
    };
}

QJsonObject HistoryWriter::toJson(const WorkOrder &w)
{
    return {
        {QStringLiteral("store_id"), w.storeId},
        {QStringLiteral("appointment_id"), id(w.appointmentId)},
        {QStringLiteral("customer_name"), w.customerName},
        {QStringLiteral("customer_phone"), w.customerPhone},
        {QStringLiteral("customer_email"), w.customerEmail},
        {QStringLiteral("title"), w.title},
        {QStringLiteral("details"), w.details},
        {QStringLiteral("status"), workOrderStatusName(w.status)},
        {QStringLiteral("due_date"), w.dueDate.isValid() ? w.dueDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("due_slot"), dueSlotName(w.dueSlot)},
        {QStringLiteral("due_minute"), w.dueMinute},
        {QStringLiteral("reschedule_count"), w.rescheduleCount},
        {QStringLiteral("version"), w.version},
    };
}

} // namespace sams
