#include "storage/SqlScheduleRepository.h"

#include "core/InputLimits.h"
#include "storage/AppointmentRow.h"
#include "storage/ChainInserter.h"
#include "storage/Database.h"
#include "storage/SqlCheck.h"
#include "storage/SqlSnapshot.h"
#include "storage/SqlValues.h"
#include "storage/WorkOrderRow.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace sams {

using namespace sql;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::SqlScheduleRepository)
};

// Runs a prepared query and maps each row; the first failure ends it.
template<typename T, typename Bind, typename Map>
Result<QList<T>> select(QSqlDatabase &db, const QString &statement, Bind bind, Map map, const QString &what)
{
    sql::Statement query = prepare(db, statement);
    if (!query)
        return std::unexpected(query.error());
    bind(*query);
    query->setForwardOnly(true);
    if (auto ok = exec(*query, what); !ok)
        return std::unexpected(ok.error());
    QList<T> rows;
    while (query->next())
        rows.append(map(*query));
    return rows;
}

Appointment appointmentFromQuery(const QSqlQuery &q)
{
    return appointmentFrom([&](int i) { return q.value(i); }, q.record().count());
}

// The customer search's SQL (docs/search.md). Every expression here matches how
// migration 015 derives its keys, so the two statements find the same rows.
class SearchSql
{
public:
    explicit SearchSql(bool postgres)
        : m_postgres(postgres)
    { }

    // Case folding of A-Z only: SQLite's lower(), and translate() on PostgreSQL
    // whatever the database's locale.
    QString fold(const QString &x) const
    {
        return m_postgres
            ? QStringLiteral("translate(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')").arg(x)
            : QStringLiteral("lower(%1)").arg(x);
    }
    QString contains(const QString &haystack, const QString &needle) const
    {
        return (m_postgres ? QStringLiteral("strpos(%1, %2) > 0") : QStringLiteral("instr(%1, %2) > 0"))
            .arg(haystack, needle);
    }
    QString phoneDigits(const QString &x) const
    {
        if (m_postgres)
            return QStringLiteral("translate(%1, ' -().+/', '')").arg(x);
        QString digits = x;
        for (const QChar c : phonePunctuation())
            digits = QStringLiteral("replace(%1, '%2', '')").arg(digits, c);
        return digits;
    }

    // A word of the name starting with :p1 or :p2, the e-mail starting with one of
    // them, the phone holding :digits, the id being :id: over a row `a`.
    QString rowMatches(bool twoTexts, bool digits, bool id) const
    {
        const QString name = QStringLiteral("' ' || ") + fold(QStringLiteral("a.customer_name"));
        const QString email = fold(QStringLiteral("a.customer_email"));
        QStringList any;
        for (const QString &p : twoTexts ? QStringList{QStringLiteral(":p1"), QStringLiteral(":p2")}
                                         : QStringList{QStringLiteral(":p1")}) {
            any.append(contains(name, QStringLiteral("' ' || CAST(%1 AS TEXT)").arg(p)));
            any.append(QStringLiteral("substr(%1, 1, length(CAST(%2 AS TEXT))) = %2").arg(email, p));
        }
        if (digits)
            any.append(contains(phoneDigits(QStringLiteral("a.customer_phone")), QStringLiteral(":digits")));
        if (id)
            any.append(QStringLiteral("a.id = :id"));
        return any.join(u" OR ");
    }

    // The ids and starts of the matching rows, from migration 015's table.
    static QString indexedCandidates(bool twoTexts, bool digits, bool id, const SearchSql &sql)
    {
        QStringList parts{QStringLiteral("SELECT appointment_id, starts_at FROM appointment_search "
                                         "WHERE kind = 0 AND key >= :p1 AND key < :p1end")};
        if (twoTexts)
            parts.append(QStringLiteral("SELECT appointment_id, starts_at FROM appointment_search "
                                        "WHERE kind = 0 AND key >= :p2 AND key < :p2end"));
        if (digits)
            parts.append(
                QStringLiteral("SELECT appointment_id, starts_at FROM appointment_search WHERE kind = 1 AND %1")
                    .arg(sql.contains(QStringLiteral("key"), QStringLiteral(":digits"))));
        if (id)
            parts.append(QStringLiteral("SELECT id, starts_at FROM appointments WHERE id = :id"));
        return parts.join(u" UNION ");
    }

private:
    bool m_postgres;
};

// How many of the newest appointments the first statement looks at: when they
// hold `limit` matches, those are the answer without touching the index.
constexpr int newestWindow = 4000;

void bindStore(QSqlQuery &q, StoreId store)
{
    q.bindValue(QStringLiteral(":store"), store);
}

// Intervals of child rows (hours or exception) keyed by their parent id.
template<typename Add> Status loadIntervals(QSqlDatabase &db, const QString &statement, StoreId store, Add add)
{
    sql::Statement query = prepare(db, statement);
    if (!query)
        return std::unexpected(query.error());
    bindStore(*query, store);
    if (auto ok = exec(*query, Text::tr("Reading open intervals")); !ok)
        return ok;
    while (query->next())
        add(*query);
    return {};
}
} // namespace

SqlScheduleRepository::SqlScheduleRepository(Database &database)
    : m_db(database.connection())
{ }

Result<QList<Store>> SqlScheduleRepository::stores()
{
    return selectStores(std::nullopt);
}

Result<Store> SqlScheduleRepository::store(StoreId id)
{
    Result<QList<Store>> found = selectStores(id);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::unexpected(Error::failed(Text::tr("Store %1 does not exist (any more).").arg(id)));
    return found->first();
}

Result<QList<Store>> SqlScheduleRepository::selectStores(std::optional<StoreId> id)
{
    return select<Store>(
        m_db,
        QStringLiteral("SELECT id, code, name, address, timezone, phone, instructions, slot_minutes, capacity, "
                       "horizon_days, min_notice_minutes, visible_from, opens_on, closes_on, version "
                       "FROM stores %1 ORDER BY code")
            .arg(id ? QStringLiteral("WHERE id = :store") : QString()),
        [&](QSqlQuery &q) {
            if (id)
                bindStore(q, *id);
        },
        [](const QSqlQuery &q) {
            Store s;
            s.id = q.value(0).toLongLong();
            s.code = q.value(1).toString();
            s.name = q.value(2).toString();
            s.address = q.value(3).toString();
            s.timeZoneId = q.value(4).toString().toUtf8();
            s.phone = q.value(5).toString();
            s.instructions = q.value(6).toString();
            s.slotMinutes = q.value(7).toInt();
            s.capacity = q.value(8).toInt();
            s.horizonDays = q.value(9).toInt();
            s.minNoticeMinutes = q.value(10).toInt();
            s.visibleFrom = toDate(q.value(11));
            s.opensOn = toDate(q.value(12));
            s.closesOn = toDate(q.value(13));
            s.version = q.value(14).toInt();
            return s;
        },
        Text::tr("Reading stores"));
}

Result<QList<Chair>> SqlScheduleRepository::chairs(std::optional<StoreId> store)
{
    return select<Chair>(
        m_db,
        QStringLiteral("SELECT id, store_id, name, starts_on, ends_on, version, position FROM chairs %1 "
                       "ORDER BY store_id, position, id")
            .arg(store ? QStringLiteral("WHERE store_id = :store") : QString()),
        [&](QSqlQuery &q) {
            if (store)
                bindStore(q, *store);
        },
        [](const QSqlQuery &q) {
            return Chair{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), toDate(q.value(3)),
                         toDate(q.value(4)),      q.value(5).toInt(),      q.value(6).toInt()};
        },
        Text::tr("Reading chairs"));
}

Result<QList<HoursVersion>> SqlScheduleRepository::hoursVersions(StoreId store)
{
    Result<QList<HoursVersion>> versions = select<HoursVersion>(
        m_db,
        QStringLiteral("SELECT id, store_id, chair_id, effective_from, follows_store, version "
                       "FROM hours_versions WHERE store_id = :store ORDER BY effective_from"),
        [&](QSqlQuery &q) { bindStore(q, store); },
        [](const QSqlQuery &q) {
            HoursVersion v;
            v.id = q.value(0).toLongLong();
            v.storeId = q.value(1).toLongLong();
            v.chairId = toId(q.value(2));
            v.effectiveFrom = toDate(q.value(3));
            v.followsStore = q.value(4).toBool();
            v.version = q.value(5).toInt();
            return v;
        },
        Text::tr("Reading hours"));
    if (!versions)
        return versions;
    QHash<qint64, HoursVersion *> byId;
    for (HoursVersion &v : *versions)
        byId.insert(v.id, &v);
    auto ok = loadIntervals(m_db,
                            QStringLiteral("SELECT i.hours_version_id, i.weekday, i.open_minute, i.close_minute "
                                           "FROM hours_intervals i JOIN hours_versions v ON v.id = i.hours_version_id "
                                           "WHERE v.store_id = :store ORDER BY i.weekday, i.open_minute"),
                            store, [&](const QSqlQuery &q) {
                                if (HoursVersion *v = byId.value(q.value(0).toLongLong()))
                                    v->week.at(q.value(1).toInt() - 1).append({q.value(2).toInt(), q.value(3).toInt()});
                            });
    if (!ok)
        return std::unexpected(ok.error());
    return versions;
}

Result<QList<DateException>> SqlScheduleRepository::exceptions(StoreId store, QDate from, QDate to)
{
    Result<QList<DateException>> found = select<DateException>(
        m_db,
        QStringLiteral("SELECT id, store_id, chair_id, date, reason, version FROM date_exceptions "
                       "WHERE store_id = :store AND date BETWEEN :from AND :to ORDER BY date"),
        [&](QSqlQuery &q) {
            bindStore(q, store);
            q.bindValue(QStringLiteral(":from"), fromDate(from));
            q.bindValue(QStringLiteral(":to"), fromDate(to));
        },
        [](const QSqlQuery &q) {
            return DateException{
                q.value(0).toLongLong(), q.value(1).toLongLong(), toId(q.value(2)), toDate(q.value(3)), {},
                q.value(4).toString(),   q.value(5).toInt()};
        },
        Text::tr("Reading date exceptions"));
    if (!found)
        return found;
    QHash<qint64, DateException *> byId;
    for (DateException &e : *found)
        byId.insert(e.id, &e);
    auto ok = loadIntervals(m_db,
                            QStringLiteral("SELECT i.exception_id, i.open_minute, i.close_minute "
                                           "FROM exception_intervals i JOIN date_exceptions e ON e.id = i.exception_id "
                                           "WHERE e.store_id = :store ORDER BY i.open_minute"),
                            store, [&](const QSqlQuery &q) {
                                if (DateException *e = byId.value(q.value(0).toLongLong()))
                                    e->intervals.append({q.value(1).toInt(), q.value(2).toInt()});
                            });
    if (!ok)
        return std::unexpected(ok.error());
    return found;
}

Result<QList<ZipCode>> SqlScheduleRepository::zipCodes(StoreId store)
{
    return select<ZipCode>(
        m_db,
        QStringLiteral("SELECT store_id, zipcode, active_from FROM zip_codes WHERE store_id = :store "
                       "ORDER BY zipcode"),
        [&](QSqlQuery &q) { bindStore(q, store); },
        [](const QSqlQuery &q) {
            return ZipCode{q.value(0).toLongLong(), q.value(1).toString(), toDate(q.value(2))};
        },
        Text::tr("Reading zip codes"));
}

Result<QList<Lock>> SqlScheduleRepository::locks(StoreId store, const QDateTime &from, const QDateTime &to)
{
    return select<Lock>(
        m_db,
        QStringLiteral("SELECT id, store_id, chair_id, starts_at, ends_at, reason, created_by, version FROM locks "
                       "WHERE store_id = :store AND starts_at < :to AND ends_at > :from AND starts_at >= :from - %1 "
                       "ORDER BY starts_at")
            .arg(limits::longestLockSeconds),
        [&](QSqlQuery &q) {
            bindStore(q, store);
            q.bindValue(QStringLiteral(":from"), fromInstant(from));
            q.bindValue(QStringLiteral(":to"), fromInstant(to));
        },
        [](const QSqlQuery &q) {
            return Lock{q.value(0).toLongLong(), q.value(1).toLongLong(), toId(q.value(2)),      toInstant(q.value(3)),
                        toInstant(q.value(4)),   q.value(5).toString(),   q.value(6).toString(), q.value(7).toInt()};
        },
        Text::tr("Reading locks"));
}

Result<QList<Appointment>> SqlScheduleRepository::appointments(StoreId store, const QDateTime &from,
                                                               const QDateTime &to)
{
    return select<Appointment>(
        m_db,
        QStringLiteral("SELECT %1 FROM appointments a JOIN chairs c ON c.id = a.chair_id "
                       "WHERE c.store_id = :store AND a.starts_at < :to AND a.ends_at > :from "
                       "AND a.starts_at >= :from - %2 " // the longest an appointment lasts bounds the index scan
                       "ORDER BY a.chair_id, a.starts_at")
            .arg(appointmentColumns().join(u", "))
            .arg(limits::longestAppointmentSeconds),
        [&](QSqlQuery &q) {
            bindStore(q, store);
            q.bindValue(QStringLiteral(":from"), fromInstant(from));
            q.bindValue(QStringLiteral(":to"), fromInstant(to));
        },
        appointmentFromQuery, Text::tr("Reading appointments"));
}

template<typename Map>
Result<QList<Appointment>> SqlScheduleRepository::withIds(const QList<AppointmentId> &ids, const QString &columns,
                                                          Map map)
{
    QList<Appointment> all;
    // One text for any number of ids (a kept statement per distinct text would
    // pile up, Statement.h): the ids travel as one array, 2500 at a time: a JSON
    // array for SQLite, an array literal for PostgreSQL (its index serves
    // = ANY of an array, not a subquery over JSON).
    const QString statement = isPostgreSql(m_db)
        ? QStringLiteral("SELECT %1 FROM appointments a WHERE a.id = ANY (CAST(:ids AS bigint[])) ORDER BY a.id")
        : QStringLiteral("SELECT %1 FROM appointments a WHERE a.id IN (SELECT value FROM json_each(:ids)) "
                         "ORDER BY a.id");
    constexpr qsizetype chunk = 2500;
    for (qsizetype first = 0; first < ids.size(); first += chunk) {
        QStringList numbers;
        for (AppointmentId id : ids.mid(first, chunk))
            numbers.append(QString::number(id));
        const QString array = isPostgreSql(m_db) ? u'{' + numbers.join(u',') + u'}' : u'[' + numbers.join(u',') + u']';
        const Result<QList<Appointment>> found = select<Appointment>(
            m_db, statement.arg(columns), [&](QSqlQuery &q) { q.bindValue(QStringLiteral(":ids"), array); }, map,
            Text::tr("Reading appointments"));
        if (!found)
            return std::unexpected(found.error());
        all += *found;
    }
    return all;
}

Result<QList<Appointment>> SqlScheduleRepository::appointmentsWithIds(const QList<AppointmentId> &ids)
{
    return withIds(ids, appointmentColumns().join(u", "), appointmentFromQuery);
}

Result<QList<Appointment>> SqlScheduleRepository::contactsOf(const QList<AppointmentId> &ids)
{
    return withIds(ids, QStringLiteral("a.id, a.customer_name, a.customer_phone"), [](const QSqlQuery &q) {
        Appointment a;
        a.id = q.value(0).toLongLong();
        a.customerName = q.value(1).toString();
        a.customerPhone = q.value(2).toString();
        return a;
    });
}

Result<QList<BookedSpan>> SqlScheduleRepository::bookedOverlapping(const QList<ChairRange> &ranges)
{
    // The ranges travel as one JSON array of [chair, from, to] and are joined to
    // the (chair_id, starts_at) index: one seek per range, not a scan of the year.
    const QString statement = isPostgreSql(m_db)
        ? QStringLiteral("SELECT DISTINCT a.id, a.chair_id, a.starts_at, a.ends_at, a.override_lock_ids "
                         "FROM json_array_elements(CAST(:ranges AS json)) r(v) JOIN appointments a "
                         "ON a.chair_id = (r.v->>0)::bigint AND a.starts_at < (r.v->>2)::bigint "
                         "AND a.starts_at >= (r.v->>1)::bigint - %1 AND a.ends_at > (r.v->>1)::bigint "
                         "WHERE a.status <> 'cancelled' ORDER BY a.chair_id, a.starts_at")
        : QStringLiteral(
            "SELECT DISTINCT a.id, a.chair_id, a.starts_at, a.ends_at, a.override_lock_ids "
            "FROM json_each(:ranges) r JOIN appointments a "
            "ON a.chair_id = json_extract(r.value, '$[0]') AND a.starts_at < json_extract(r.value, '$[2]') "
            "AND a.starts_at >= json_extract(r.value, '$[1]') - %1 "
            "AND a.ends_at > json_extract(r.value, '$[1]') "
            "WHERE a.status <> 'cancelled' ORDER BY a.chair_id, a.starts_at");
    QList<BookedSpan> all;
    constexpr qsizetype chunk = 2000;
    for (qsizetype first = 0; first < ranges.size(); first += chunk) {
        QStringList items;
        for (const ChairRange &r : ranges.mid(first, chunk))
            items.append(QStringLiteral("[%1,%2,%3]").arg(r.chairId).arg(r.from).arg(r.to));
        const QString array = u'[' + items.join(u',') + u']';
        const Result<QList<BookedSpan>> found = select<BookedSpan>(
            m_db, statement.arg(limits::longestAppointmentSeconds),
            [&](QSqlQuery &q) { q.bindValue(QStringLiteral(":ranges"), array); },
            [](const QSqlQuery &q) {
                BookedSpan span{q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(0).toLongLong(),
                                q.value(1).toLongLong()};
                for (const QString &lock : q.value(4).toString().split(u',', Qt::SkipEmptyParts))
                    span.overriddenLocks.append(lock.toLongLong());
                return span;
            },
            Text::tr("Reading appointments"));
        if (!found)
            return std::unexpected(found.error());
        all += *found;
    }
    if (ranges.size() > chunk) { // an appointment across two chunks' ranges comes twice
        std::ranges::sort(all, {}, &BookedSpan::id);
        all.erase(
            std::unique(all.begin(), all.end(), [](const BookedSpan &a, const BookedSpan &b) { return a.id == b.id; }),
            all.end());
    }
    return all;
}

Result<Appointment> SqlScheduleRepository::appointment(AppointmentId id)
{
    const Result<QList<Appointment>> found = select<Appointment>(
        m_db, QStringLiteral("SELECT %1 FROM appointments a WHERE a.id = :id").arg(appointmentColumns().join(u", ")),
        [&](QSqlQuery &q) { q.bindValue(QStringLiteral(":id"), id); }, appointmentFromQuery,
        Text::tr("Reading appointment %1").arg(id));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::unexpected(Error::failed(Text::tr("There is no appointment %1.").arg(id)));
    return found->first();
}

Result<StoreSnapshot> SqlScheduleRepository::snapshot(const Store &store, QDate from, QDate to,
                                                      AppointmentDetail detail)
{
    Result<SnapshotRead> read = readSnapshot(m_db, store, from, to, detail);
    if (!read)
        return std::unexpected(read.error());
    return std::move(read->snapshot);
}

Result<QList<WorkOrder>> SqlScheduleRepository::workOrders(StoreId store)
{
    return select<WorkOrder>(
        m_db,
        QStringLiteral("SELECT %1 FROM work_orders WHERE store_id = :store ORDER BY due_date, due_minute, id")
            .arg(sql::workOrderColumns()),
        [&](QSqlQuery &q) { bindStore(q, store); }, [](const QSqlQuery &q) { return sql::workOrderFrom(q); },
        Text::tr("Reading work orders"));
}

Result<QList<AppointmentMatch>> SqlScheduleRepository::searchAppointments(const QString &text, int limit)
{
    const SearchQuery query = normalizeSearchQuery(text);
    if (query.isEmpty())
        return QList<AppointmentMatch>{};
    const int wanted = limit <= 0 ? defaultSearchLimit : std::min(limit, largestSearchLimit);
    const bool twoTexts = query.asciiFolded != query.text;
    const bool digits = !query.digits.isEmpty();
    const bool id = query.id.has_value();
    const SearchSql sql(isPostgreSql(m_db));
    const QString columns
        = appointmentColumns().join(u", ") + QStringLiteral(", s.id, s.code, s.name, s.timezone, c.name");
    // Every key starting with p lies in [p, p + the last code point).
    const QString last = QChar::fromUcs4(0x10FFFF).operator QStringView().toString();
    // Each statement binds exactly the placeholders it uses (the drivers refuse others).
    const auto bindCommon = [&](QSqlQuery &q) {
        q.bindValue(QStringLiteral(":p1"), query.text);
        if (twoTexts)
            q.bindValue(QStringLiteral(":p2"), query.asciiFolded);
        if (digits)
            q.bindValue(QStringLiteral(":digits"), query.digits);
        if (id)
            q.bindValue(QStringLiteral(":id"), *query.id);
        q.bindValue(QStringLiteral(":limit"), wanted);
    };
    const auto map = [](const QSqlQuery &q) {
        const int n = int(appointmentColumns().size());
        AppointmentMatch m;
        m.appointment = appointmentFrom([&](int i) { return q.value(i); }, n);
        m.storeId = q.value(n).toLongLong();
        m.storeCode = q.value(n + 1).toString();
        m.storeName = q.value(n + 2).toString();
        m.timeZoneId = q.value(n + 3).toString().toUtf8();
        m.chairName = q.value(n + 4).toString();
        return m;
    };
    Result<QList<AppointmentMatch>> newest = select<AppointmentMatch>(
        m_db,
        QStringLiteral("SELECT %1 FROM (SELECT * FROM appointments ORDER BY starts_at DESC, id DESC LIMIT :window) a "
                       "JOIN chairs c ON c.id = a.chair_id JOIN stores s ON s.id = c.store_id "
                       "WHERE (%2) ORDER BY a.starts_at DESC, a.id DESC LIMIT :limit")
            .arg(columns, sql.rowMatches(twoTexts, digits, id)),
        [&](QSqlQuery &q) {
            bindCommon(q);
            q.bindValue(QStringLiteral(":window"), newestWindow);
        },
        map, Text::tr("Searching appointments"));
    if (!newest || newest->size() >= wanted)
        return newest;
    return select<AppointmentMatch>(
        m_db,
        QStringLiteral("SELECT %1 FROM appointments a JOIN chairs c ON c.id = a.chair_id "
                       "JOIN stores s ON s.id = c.store_id WHERE a.id IN (SELECT m.appointment_id FROM (%2) m "
                       "ORDER BY m.starts_at DESC, m.appointment_id DESC LIMIT :limit) "
                       "ORDER BY a.starts_at DESC, a.id DESC")
            .arg(columns, SearchSql::indexedCandidates(twoTexts, digits, id, sql)),
        [&](QSqlQuery &q) {
            bindCommon(q);
            // Keys keep their first searchKeyLength characters: so does the range.
            const QString p1 = query.text.left(searchKeyLength);
            q.bindValue(QStringLiteral(":p1"), p1);
            q.bindValue(QStringLiteral(":p1end"), QString(p1 + last));
            if (twoTexts) {
                const QString p2 = query.asciiFolded.left(searchKeyLength);
                q.bindValue(QStringLiteral(":p2"), p2);
                q.bindValue(QStringLiteral(":p2end"), QString(p2 + last));
            }
        },
        map, Text::tr("Searching appointments"));
}

Status SqlScheduleRepository::insertChain(const ChainData &chain)
{
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    if (auto ok = ChainInserter(m_db, QStringLiteral("demo")).insert(chain); !ok)
        return ok;
    return transaction.commit();
}

} // namespace sams
