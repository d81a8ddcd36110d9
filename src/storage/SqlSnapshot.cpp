#include "storage/SqlSnapshot.h"

#include "core/InputLimits.h"
#include "core/SlotCalculator.h"
#include "storage/AppointmentRow.h"
#include "storage/SqlCheck.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <tuple>

namespace sams::sql {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::SqlSnapshot)
};

// The one statement: one row, each column a JSON array of positional rows (the
// column lists below and the readers after them go together). Columns rather
// than one document, so SQLite never parses its own JSON again.
// The text columns of the plain-text rows; the others are integers.
const QStringList textColumns = {QStringLiteral("a.status"), QStringLiteral("a.override_lock_ids")};

class Builder
{
public:
    explicit Builder(bool postgres)
        : m_pg(postgres)
    { }
    // Each row of `table alias WHERE ...` as an array, in `order`. `nested`: the
    // result goes inside another array (SQLite must then mark it as JSON).
    QString rows(const QString &columns, const QString &alias, const QString &from, const QString &order,
                 bool nested = false) const
    {
        if (order.isEmpty()) // the caller sorts: cheaper than the database's sorter
            return m_pg ? QStringLiteral("(SELECT json_agg(json_build_array(%1)) FROM %2)").arg(columns, from)
                        : QStringLiteral("(SELECT json_group_array(json_array(%1)) FROM %2)").arg(columns, from);
        if (m_pg)
            return QStringLiteral("(SELECT json_agg(json_build_array(%1) ORDER BY %3) FROM %2)")
                .arg(columns, from, order);
        const QString rows = QStringLiteral("(SELECT json_group_array(json_array(%1)) FROM (SELECT %2.* FROM %3 "
                                            "ORDER BY %4) AS %2)")
                                 .arg(columns, alias, from, order);
        return nested ? QStringLiteral("json(%1)").arg(rows) : rows;
    }
    // Each row of `from` as one line of space-separated values (no value may
    // hold a space or a line break), or null.
    QString numbers(const QStringList &columns, const QString &from) const
    {
        if (m_pg)
            return QStringLiteral("(SELECT string_agg(concat_ws(' ', %1), chr(10)) FROM %2)")
                .arg(columns.join(u", "), from);
        // One printf per row: cheaper than a chain of || concatenations.
        QStringList formats;
        for (const QString &column : columns)
            formats.append(textColumns.contains(column) ? QStringLiteral("%s") : QStringLiteral("%d"));
        return QStringLiteral("(SELECT group_concat(printf('%1', %2), char(10)) FROM %3)")
            .arg(formats.join(QLatin1Char(' ')), columns.join(u", "), from);
    }
    // The one row of `from` as an array, or null.
    QString row(const QString &columns, const QString &from) const
    {
        return m_pg ? QStringLiteral("(SELECT json_build_array(%1) FROM %2)").arg(columns, from)
                    : QStringLiteral("(SELECT json_array(%1) FROM %2)").arg(columns, from);
    }
    QString all(QStringList parts) const
    {
        if (m_pg) {
            for (QString &part : parts)
                part += QStringLiteral("::text");
        }
        return QStringLiteral("SELECT ") + parts.join(u", ");
    }

private:
    bool m_pg;
};

// Engine rows come as plain text lines (Builder::numbers): they hold only numbers
// and words, and parsing text is several times cheaper than parsing JSON.
QString statementFor(bool postgres, AppointmentDetail detail)
{
    const Builder b(postgres);
    // The store's chairs first, then each one's range of the (chair, start)
    // index: CROSS JOIN fixes that order for SQLite, whose planner otherwise
    // skip-scans the index over every chair of the chain.
    const QString appointmentsFrom
        = QStringLiteral("chairs c CROSS JOIN appointments a WHERE a.chair_id = c.id AND c.store_id = :store AND "
                         "a.starts_at < :to AND a.ends_at > :from AND a.starts_at >= :appointments_from");
    const QString activeOnly = QStringLiteral(" AND a.status <> 'cancelled'");
    return b.all({
        b.row(QStringLiteral("s.id, s.code, s.name, s.address, s.timezone, s.phone, s.instructions, s.slot_minutes, "
                             "s.capacity, s.horizon_days, s.min_notice_minutes, s.visible_from, s.opens_on, "
                             "s.closes_on, s.version"),
              QStringLiteral("stores s WHERE s.id = :store")),
        b.rows(QStringLiteral("c.id, c.name, c.starts_on, c.ends_on, c.version, c.position"), QStringLiteral("c"),
               QStringLiteral("chairs c WHERE c.store_id = :store"), QStringLiteral("c.position, c.id")),
        b.rows(QStringLiteral("v.id, v.chair_id, v.effective_from, v.follows_store, v.version, ")
                   + b.rows(QStringLiteral("i.weekday, i.open_minute, i.close_minute"), QStringLiteral("i"),
                            QStringLiteral("hours_intervals i WHERE i.hours_version_id = v.id"),
                            QStringLiteral("i.weekday, i.open_minute"), true),
               QStringLiteral("v"), QStringLiteral("hours_versions v WHERE v.store_id = :store"),
               QStringLiteral("v.effective_from, v.id")),
        b.rows(QStringLiteral("e.id, e.chair_id, e.date, e.reason, e.version, ")
                   + b.rows(QStringLiteral("i.open_minute, i.close_minute"), QStringLiteral("i"),
                            QStringLiteral("exception_intervals i WHERE i.exception_id = e.id"),
                            QStringLiteral("i.open_minute"), true),
               QStringLiteral("e"),
               QStringLiteral("date_exceptions e WHERE e.store_id = :store AND e.date BETWEEN :from_date AND :to_date"),
               QStringLiteral("e.date, e.id")),
        b.rows(QStringLiteral("l.id, l.chair_id, l.starts_at, l.ends_at, l.reason, l.created_by, l.version"),
               QStringLiteral("l"),
               QStringLiteral("locks l WHERE l.store_id = :store AND l.starts_at < :to AND l.ends_at > :from "
                              "AND l.starts_at >= :locks_from"),
               QStringLiteral("l.starts_at, l.id")),
        b.rows(QStringLiteral("z.zipcode, z.active_from"), QStringLiteral("z"),
               QStringLiteral("zip_codes z WHERE z.store_id = :store"), QStringLiteral("z.zipcode")),
        detail == AppointmentDetail::Engine
            ? b.numbers(appointmentColumns(AppointmentDetail::Engine), appointmentsFrom + activeOnly)
            : b.rows(appointmentColumns().join(u", "), QStringLiteral("a"), appointmentsFrom, QString()),
        b.row(appointmentColumns(AppointmentDetail::Engine).join(u", "),
              QStringLiteral("appointments a WHERE a.request_key = :key")),
        b.row(appointmentColumns().join(u", "), QStringLiteral("appointments a WHERE a.id = :id")),
    });
}

qint64 integer(const QJsonValue &v)
{
    return v.isBool() ? qint64(v.toBool()) : v.toInteger();
}
QDate date(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}
std::optional<qint64> id(const QJsonValue &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toInteger());
}
QDateTime instant(const QJsonValue &v)
{
    return QDateTime::fromSecsSinceEpoch(v.toInteger(), Qt::UTC);
}

Appointment appointmentFromJson(const QJsonArray &r)
{
    return appointmentFrom([&](int i) { return r.at(i).toVariant(); }, int(r.size()));
}

// Calls `each` with every `separator`-separated piece of `text`.
template<typename Each> void forEachPiece(QByteArrayView text, char separator, Each each)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == separator) {
            if (i > start)
                each(text.sliced(start, i - start));
            start = i + 1;
        }
    }
}

// Engine lines: the columns of appointmentColumns(AppointmentDetail::Engine), in
// that order, parsed by hand: this is the hot path of every slot read.
bool appendEngineRows(const QByteArray &text, QList<Appointment> &to)
{
    to.reserve(text.count('\n') + 1);
    bool whole = true;
    forEachPiece(text, '\n', [&](QByteArrayView line) {
        QByteArrayView field[9];
        int n = 0;
        forEachPiece(line, ' ', [&](QByteArrayView value) {
            if (n < 9)
                field[n] = value;
            ++n;
        });
        if (n < 8 || n > 9) {
            whole = false;
            return;
        }
        Appointment a;
        a.id = field[0].toLongLong();
        a.chairId = field[1].toLongLong();
        a.startsAt = QDateTime::fromSecsSinceEpoch(field[2].toLongLong(), Qt::UTC);
        a.endsAt = QDateTime::fromSecsSinceEpoch(field[3].toLongLong(), Qt::UTC);
        a.slotCount = field[4].toInt();
        a.status = parseStatus(QString::fromLatin1(field[5])).value_or(AppointmentStatus::Pending);
        a.seat = field[6].toInt();
        a.version = field[7].toInt();
        if (n == 9)
            forEachPiece(field[8], ',', [&](QByteArrayView lock) { a.overriddenLocks.append(lock.toLongLong()); });
        to.append(std::move(a));
    });
    return whole;
}

Result<SnapshotRead> parse(QSqlQuery &answer, StoreId storeId, AppointmentDetail detail)
{
    const auto nonsense = [&](const QString &why) {
        return std::unexpected(
            Error::failed(Text::tr("Reading store %1: the database answered something other than the schedule (%2).")
                              .arg(storeId)
                              .arg(why)));
    };
    QJsonArray parts;
    for (int column = 0; column < 9; ++column) {
        const QVariant value = answer.value(column);
        if (column == 6 && detail == AppointmentDetail::Engine) {
            parts.append(QJsonArray()); // read below
            continue;
        }
        if (value.isNull()) {
            parts.append(QJsonArray());
            continue;
        }
        QJsonParseError error;
        const QJsonDocument part = QJsonDocument::fromJson(value.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError || !part.isArray())
            return nonsense(error.errorString());
        parts.append(part.array());
    }
    SnapshotRead read;
    StoreRules &rules = read.snapshot.rules;
    const QJsonArray s = parts.at(0).toArray();
    if (s.isEmpty())
        return std::unexpected(Error::failed(Text::tr("Store %1 does not exist (any more).").arg(storeId)));
    Store &store = rules.store;
    store.id = s.at(0).toInteger();
    store.code = s.at(1).toString();
    store.name = s.at(2).toString();
    store.address = s.at(3).toString();
    store.timeZoneId = s.at(4).toString().toUtf8();
    store.phone = s.at(5).toString();
    store.instructions = s.at(6).toString();
    store.slotMinutes = int(s.at(7).toInteger());
    store.capacity = int(s.at(8).toInteger());
    store.horizonDays = int(s.at(9).toInteger());
    store.minNoticeMinutes = int(s.at(10).toInteger());
    store.visibleFrom = date(s.at(11));
    store.opensOn = date(s.at(12));
    store.closesOn = date(s.at(13));
    store.version = int(s.at(14).toInteger());

    for (const QJsonValue value : parts.at(1).toArray()) {
        const QJsonArray c = value.toArray();
        rules.chairs.append(Chair{c.at(0).toInteger(), store.id, c.at(1).toString(), date(c.at(2)), date(c.at(3)),
                                  int(c.at(4).toInteger()), int(c.at(5).toInteger())});
    }
    for (const QJsonValue value : parts.at(2).toArray()) {
        const QJsonArray v = value.toArray();
        HoursVersion version;
        version.id = v.at(0).toInteger();
        version.storeId = store.id;
        version.chairId = id(v.at(1));
        version.effectiveFrom = date(v.at(2));
        version.followsStore = integer(v.at(3)) != 0;
        version.version = int(v.at(4).toInteger());
        for (const QJsonValue interval : v.at(5).toArray()) {
            const QJsonArray i = interval.toArray();
            const auto weekday = i.at(0).toInteger();
            if (weekday >= 1 && weekday <= 7)
                version.week[weekday - 1].append({int(i.at(1).toInteger()), int(i.at(2).toInteger())});
        }
        rules.hoursVersions.append(version);
    }
    for (const QJsonValue value : parts.at(3).toArray()) {
        const QJsonArray e = value.toArray();
        DateException exception{e.at(0).toInteger(),     store.id, id(e.at(1)), date(e.at(2)), {}, e.at(3).toString(),
                                int(e.at(4).toInteger())};
        for (const QJsonValue interval : e.at(5).toArray()) {
            const QJsonArray i = interval.toArray();
            exception.intervals.append({int(i.at(0).toInteger()), int(i.at(1).toInteger())});
        }
        rules.exceptions.append(exception);
    }
    for (const QJsonValue value : parts.at(4).toArray()) {
        const QJsonArray l = value.toArray();
        rules.locks.append(Lock{l.at(0).toInteger(), store.id, id(l.at(1)), instant(l.at(2)), instant(l.at(3)),
                                l.at(4).toString(), l.at(5).toString(), int(l.at(6).toInteger())});
    }
    for (const QJsonValue value : parts.at(5).toArray()) {
        const QJsonArray z = value.toArray();
        rules.zipCodes.append(ZipCode{store.id, z.at(0).toString(), date(z.at(1))});
    }
    QList<Appointment> &appointments = read.snapshot.appointments;
    if (detail == AppointmentDetail::Engine) {
        if (!appendEngineRows(answer.value(6).toByteArray(), appointments))
            return nonsense(Text::tr("an appointment line with too few values"));
    } else {
        const QJsonArray rows = parts.at(6).toArray();
        appointments.reserve(rows.size());
        for (const QJsonValue value : rows)
            appointments.append(appointmentFromJson(value.toArray()));
    }
    // Mostly in order already (one chair, or chairs in id order, each from the index).
    const auto before = [](const Appointment &x, const Appointment &y) {
        const qint64 xs = x.startsAt.toSecsSinceEpoch(), ys = y.startsAt.toSecsSinceEpoch();
        return std::tie(x.chairId, xs, x.id) < std::tie(y.chairId, ys, y.id);
    };
    if (!std::ranges::is_sorted(appointments, before))
        std::ranges::sort(appointments, before);
    if (const QJsonArray k = parts.at(7).toArray(); !k.isEmpty())
        read.keyed = appointmentFromJson(k);
    if (const QJsonArray a = parts.at(8).toArray(); !a.isEmpty())
        read.appointment = appointmentFromJson(a);
    return read;
}
} // namespace

Result<SnapshotRead> readSnapshot(QSqlDatabase &db, const Store &store, QDate from, QDate to, AppointmentDetail detail,
                                  const SnapshotExtras &extras)
{
    const bool postgres = isPostgreSql(db);
    // Two texts per dialect, built once per thread: the statement cache keys on the text.
    thread_local const QString engine[2]
        = {statementFor(false, AppointmentDetail::Engine), statementFor(true, AppointmentDetail::Engine)};
    thread_local const QString full[2]
        = {statementFor(false, AppointmentDetail::Full), statementFor(true, AppointmentDetail::Full)};
    Statement query = prepare(db, (detail == AppointmentDetail::Full ? full : engine)[postgres ? 1 : 0]);
    if (!query)
        return std::unexpected(query.error());
    const QTimeZone zone = store.timeZone();
    const qint64 start = SlotCalculator::instantOf(from, 0, zone).toSecsSinceEpoch();
    const qint64 end = SlotCalculator::instantOf(to.addDays(1), 0, zone).toSecsSinceEpoch();
    query->bindValue(QStringLiteral(":store"), store.id);
    query->bindValue(QStringLiteral(":from_date"), fromDate(from));
    query->bindValue(QStringLiteral(":to_date"), fromDate(to));
    query->bindValue(QStringLiteral(":from"), start);
    query->bindValue(QStringLiteral(":to"), end);
    query->bindValue(QStringLiteral(":locks_from"), start - limits::longestLockSeconds);
    query->bindValue(QStringLiteral(":appointments_from"), start - limits::longestAppointmentSeconds);
    // NULL when there is none: "= NULL" matches no row, not even one a plain SQL
    // writer left with an empty key.
    query->bindValue(QStringLiteral(":key"),
                     extras.requestKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(extras.requestKey));
    query->bindValue(QStringLiteral(":id"), extras.appointment);
    query->setForwardOnly(true);
    if (auto ok = exec(*query, Text::tr("Reading the schedule of %1").arg(store.code)); !ok)
        return std::unexpected(ok.error());
    if (!query->next())
        return std::unexpected(Error::failed(Text::tr("Reading the schedule of %1: no answer.").arg(store.code)));
    return parse(*query, store.id, detail);
}

} // namespace sams::sql
