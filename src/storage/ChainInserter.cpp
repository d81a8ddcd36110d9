#include "storage/ChainInserter.h"

#include "core/Clock.h"
#include "storage/SqlCheck.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sams {

using namespace sql;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::ChainInserter)
};

// Prepares once, then binds and runs per row.
template<typename Row, typename Bind>
Status insertAll(QSqlDatabase &db, const QString &statement, const QList<Row> &rows, Bind bind, const QString &what)
{
    if (rows.isEmpty())
        return {};
    sql::Statement query = prepare(db, statement);
    if (!query)
        return std::unexpected(query.error());
    for (const Row &row : rows) {
        bind(*query, row);
        if (auto ok = exec(*query, what); !ok)
            return ok;
    }
    return {};
}

void bind(QSqlQuery &q, const char *name, const QVariant &value)
{
    q.bindValue(QString::fromLatin1(name), value);
}
// Text columns are NOT NULL with '' for "none"; a null QString would bind as NULL.
void bind(QSqlQuery &q, const char *name, const QString &text)
{
    q.bindValue(QString::fromLatin1(name), sql::text(text));
}
} // namespace

ChainInserter::ChainInserter(QSqlDatabase &db, const QString &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Status ChainInserter::insert(const ChainData &chain)
{
    if (auto ok = insertStores(chain.stores); !ok)
        return ok;
    if (auto ok = insertChairs(chain.chairs); !ok)
        return ok;
    if (auto ok = insertHours(chain.hoursVersions); !ok)
        return ok;
    if (auto ok = insertExceptions(chain.exceptions); !ok)
        return ok;
    if (auto ok = insertZipCodes(chain.zipCodes); !ok)
        return ok;
    if (auto ok = insertLocks(chain.locks); !ok)
        return ok;
    if (auto ok = insertAppointments(chain.appointments); !ok)
        return ok;
    if (auto ok = insertWorkOrders(chain.workOrders); !ok)
        return ok;
    if (auto ok = recordHistory(); !ok)
        return ok;
    return sql::advanceIdentities(m_db);
}

Status ChainInserter::recordHistory()
{
    // Every row's history starts with how it came to be (`samsctl check` asks for
    // it: IntegrityCheck.h). A zip code has no id: its row is under its store's.
    QStringList statements;
    for (const auto &[table, entity] : {std::pair{"appointments", "appointment"}, std::pair{"stores", "store"},
                                        std::pair{"chairs", "chair"}, std::pair{"hours_versions", "hours_version"},
                                        std::pair{"date_exceptions", "date_exception"}, std::pair{"locks", "lock"}})
        statements.append(QStringLiteral("INSERT INTO history (at, actor, entity, entity_id, action, reason) SELECT "
                                         ":at, :actor, '%1', t.id, 'create', '' FROM %2 t WHERE NOT EXISTS (SELECT 1 "
                                         "FROM history h WHERE h.entity = '%1' AND h.entity_id = t.id)")
                              .arg(QLatin1String(entity), QLatin1String(table)));
    statements.append(QStringLiteral(
        "INSERT INTO history (at, actor, entity, entity_id, action, after, reason) SELECT :at, :actor, 'zip_code', "
        "z.store_id, 'create', '{\"store_id\":' || z.store_id || ',\"zipcode\":\"' || z.zipcode || '\"}', '' "
        "FROM zip_codes z WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.entity = 'zip_code' AND h.entity_id = "
        "z.store_id AND h.after LIKE '%\"zipcode\":\"' || z.zipcode || '\"%')"));
    for (const QString &statement : std::as_const(statements)) {
        sql::Statement query = prepare(m_db, statement);
        if (!query)
            return std::unexpected(query.error());
        query->bindValue(QStringLiteral(":at"), Clock::nowUtc().toSecsSinceEpoch());
        query->bindValue(QStringLiteral(":actor"), m_actor);
        if (auto ok = exec(*query, Text::tr("Recording history")); !ok)
            return ok;
    }
    return {};
}

Status ChainInserter::insertStores(const QList<Store> &stores)
{
    return insertAll(
        m_db,
        QStringLiteral("INSERT INTO stores (id, code, name, address, timezone, phone, instructions, slot_minutes, "
                       "capacity, horizon_days, min_notice_minutes, visible_from, opens_on, closes_on, version) "
                       "VALUES (:id, :code, :name, :address, :timezone, :phone, :instructions, :slot_minutes, "
                       ":capacity, :horizon_days, :min_notice_minutes, :visible_from, :opens_on, :closes_on, "
                       ":version)"),
        stores,
        [](QSqlQuery &q, const Store &s) {
            bind(q, ":id", s.id);
            bind(q, ":code", s.code);
            bind(q, ":name", s.name);
            bind(q, ":address", s.address);
            bind(q, ":timezone", QString::fromUtf8(s.timeZoneId));
            bind(q, ":phone", s.phone);
            bind(q, ":instructions", s.instructions);
            bind(q, ":slot_minutes", s.slotMinutes);
            bind(q, ":capacity", s.capacity);
            bind(q, ":horizon_days", s.horizonDays);
            bind(q, ":min_notice_minutes", s.minNoticeMinutes);
            bind(q, ":visible_from", fromDate(s.visibleFrom));
            bind(q, ":opens_on", fromDate(s.opensOn));
            bind(q, ":closes_on", fromDate(s.closesOn));
            bind(q, ":version", s.version);
        },
        Text::tr("Writing stores"));
}

Status ChainInserter::insertChairs(const QList<Chair> &chairs)
{
    return insertAll(
        m_db,
        QStringLiteral("INSERT INTO chairs (id, store_id, name, starts_on, ends_on, version) "
                       "VALUES (:id, :store_id, :name, :starts_on, :ends_on, :version)"),
        chairs,
        [](QSqlQuery &q, const Chair &c) {
            bind(q, ":id", c.id);
            bind(q, ":store_id", c.storeId);
            bind(q, ":name", c.name);
            bind(q, ":starts_on", fromDate(c.startsOn));
            bind(q, ":ends_on", fromDate(c.endsOn));
            bind(q, ":version", c.version);
        },
        Text::tr("Writing chairs"));
}

Status ChainInserter::insertHours(const QList<HoursVersion> &versions)
{
    auto ok = insertAll(
        m_db,
        QStringLiteral("INSERT INTO hours_versions (id, store_id, chair_id, effective_from, follows_store, version) "
                       "VALUES (:id, :store_id, :chair_id, :effective_from, :follows_store, :version)"),
        versions,
        [](QSqlQuery &q, const HoursVersion &v) {
            bind(q, ":id", v.id);
            bind(q, ":store_id", v.storeId);
            bind(q, ":chair_id", fromId(v.chairId));
            bind(q, ":effective_from", fromDate(v.effectiveFrom));
            bind(q, ":follows_store", v.followsStore ? 1 : 0);
            bind(q, ":version", v.version);
        },
        Text::tr("Writing hours"));
    if (!ok)
        return ok;
    struct Row {
        qint64 version;
        int weekday;
        TimeInterval interval;
    };
    QList<Row> rows;
    for (const HoursVersion &v : versions) {
        for (int day = 1; day <= 7; ++day) {
            for (const TimeInterval &interval : v.week.at(day - 1))
                rows.append({v.id, day, interval});
        }
    }
    return insertAll(
        m_db,
        QStringLiteral("INSERT INTO hours_intervals (hours_version_id, weekday, open_minute, close_minute) "
                       "VALUES (:version, :weekday, :open, :close)"),
        rows,
        [](QSqlQuery &q, const Row &r) {
            bind(q, ":version", r.version);
            bind(q, ":weekday", r.weekday);
            bind(q, ":open", r.interval.openMinute);
            bind(q, ":close", r.interval.closeMinute);
        },
        Text::tr("Writing hours"));
}

Status ChainInserter::insertExceptions(const QList<DateException> &exceptions)
{
    auto ok = insertAll(
        m_db,
        QStringLiteral("INSERT INTO date_exceptions (id, store_id, chair_id, date, reason, version) "
                       "VALUES (:id, :store_id, :chair_id, :date, :reason, :version)"),
        exceptions,
        [](QSqlQuery &q, const DateException &e) {
            bind(q, ":id", e.id);
            bind(q, ":store_id", e.storeId);
            bind(q, ":chair_id", fromId(e.chairId));
            bind(q, ":date", fromDate(e.date));
            bind(q, ":reason", e.reason);
            bind(q, ":version", e.version);
        },
        Text::tr("Writing date exceptions"));
    if (!ok)
        return ok;
    QList<std::pair<qint64, TimeInterval>> rows;
    for (const DateException &e : exceptions) {
        for (const TimeInterval &interval : e.intervals)
            rows.append({e.id, interval});
    }
    return insertAll(
        m_db,
        QStringLiteral("INSERT INTO exception_intervals (exception_id, open_minute, close_minute) "
                       "VALUES (:exception, :open, :close)"),
        rows,
        [](QSqlQuery &q, const std::pair<qint64, TimeInterval> &r) {
            bind(q, ":exception", r.first);
            bind(q, ":open", r.second.openMinute);
            bind(q, ":close", r.second.closeMinute);
        },
        Text::tr("Writing date exceptions"));
}

Status ChainInserter::insertZipCodes(const QList<ZipCode> &zipCodes)
{
    return insertAll(
        m_db,
        QStringLiteral("INSERT INTO zip_codes (store_id, zipcode, active_from) VALUES (:store_id, :zipcode, :active)"),
        zipCodes,
        [](QSqlQuery &q, const ZipCode &z) {
            bind(q, ":store_id", z.storeId);
            bind(q, ":zipcode", z.code);
            bind(q, ":active", fromDate(z.activeFrom));
        },
        Text::tr("Writing zip codes"));
}

Status ChainInserter::insertLocks(const QList<Lock> &locks)
{
    return insertAll(
        m_db,
        QStringLiteral("INSERT INTO locks (id, store_id, chair_id, starts_at, ends_at, reason, created_by, version) "
                       "VALUES (:id, :store_id, :chair_id, :starts_at, :ends_at, :reason, :created_by, :version)"),
        locks,
        [](QSqlQuery &q, const Lock &l) {
            bind(q, ":id", l.id);
            bind(q, ":store_id", l.storeId);
            bind(q, ":chair_id", fromId(l.chairId));
            bind(q, ":starts_at", fromInstant(l.startsAt));
            bind(q, ":ends_at", fromInstant(l.endsAt));
            bind(q, ":reason", l.reason);
            bind(q, ":created_by", l.createdBy);
            bind(q, ":version", l.version);
        },
        Text::tr("Writing locks"));
}

Status ChainInserter::insertAppointments(const QList<Appointment> &appointments)
{
    return insertAll(
        m_db,
        QStringLiteral("INSERT INTO appointments (id, chair_id, starts_at, ends_at, slot_count, customer_name, "
                       "customer_phone, customer_email, customer_zip, service, status, channel, notes, "
                       "internal_notes, override_reason, version) VALUES (:id, :chair_id, :starts_at, :ends_at, "
                       ":slot_count, :customer_name, :customer_phone, :customer_email, :customer_zip, :service, "
                       ":status, :channel, :notes, :internal_notes, :override_reason, :version)"),
        appointments,
        [](QSqlQuery &q, const Appointment &a) {
            bind(q, ":id", a.id);
            bind(q, ":chair_id", a.chairId);
            bind(q, ":starts_at", fromInstant(a.startsAt));
            bind(q, ":ends_at", fromInstant(a.endsAt));
            bind(q, ":slot_count", a.slotCount);
            bind(q, ":customer_name", a.customerName);
            bind(q, ":customer_phone", a.customerPhone);
            bind(q, ":customer_email", a.customerEmail);
            bind(q, ":customer_zip", a.customerZip);
            bind(q, ":service", a.service);
            bind(q, ":status", statusName(a.status));
            bind(q, ":channel", channelName(a.channel));
            bind(q, ":notes", a.notes);
            bind(q, ":internal_notes", a.internalNotes);
            bind(q, ":override_reason", a.overrideReason);
            bind(q, ":version", a.version);
        },
        Text::tr("Writing appointments"));
}

Status ChainInserter::insertWorkOrders(const QList<WorkOrder> &workOrders)
{
    return insertAll(
        m_db,
        QStringLiteral("INSERT INTO work_orders (id, store_id, appointment_id, title, details, status, due_date, "
                       "due_slot, due_minute, original_date, reschedule_count, version, customer_name, customer_phone, "
                       "customer_email) VALUES (:id, :store_id, :appointment_id, :title, :details, :status, :due_date, "
                       ":due_slot, :due_minute, :original_date, :reschedule_count, :version, :customer_name, "
                       ":customer_phone, :customer_email)"),
        workOrders,
        [](QSqlQuery &q, const WorkOrder &w) {
            bind(q, ":id", w.id);
            bind(q, ":store_id", w.storeId);
            bind(q, ":appointment_id", fromId(w.appointmentId));
            bind(q, ":title", w.title);
            bind(q, ":details", w.details);
            bind(q, ":status", workOrderStatusName(w.status));
            bind(q, ":due_date", fromDate(w.dueDate));
            bind(q, ":due_slot", dueSlotName(w.dueSlot));
            bind(q, ":due_minute", w.dueMinute < 0 ? QVariant() : QVariant(w.dueMinute));
            bind(q, ":original_date", fromDate(w.originalDate));
            bind(q, ":reschedule_count", w.rescheduleCount);
            bind(q, ":version", w.version);
            bind(q, ":customer_name", w.customerName);
            bind(q, ":customer_phone", w.customerPhone);
            bind(q, ":customer_email", w.customerEmail);
        },
        Text::tr("Writing work orders"));
}

} // namespace sams
