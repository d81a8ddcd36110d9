#include "cli/BenchData.h"

#include "storage/SqlScheduleRepository.h"

#include "storage/Database.h"
#include "storage/SqlCheck.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <algorithm>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::BenchData)
};
} // namespace

QString timingRow(const QString &what, const Timing &t, const QString &budget, const QString &extra)
{
    return QStringLiteral("  %1: median %2 ms  p99 %3 ms  (budget %4)%5")
        .arg(what)
        .arg(t.median, 0, 'f', 2)
        .arg(t.p99, 0, 'f', 2)
        .arg(budget, extra.isEmpty() ? QString() : QStringLiteral("  ") + extra);
}

Timing summarize(QList<double> samples)
{
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2),
            samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 99 / 100))};
}

Result<std::unique_ptr<Database>> openEmptyForBench(const CommandContext &context, const QString &bench)
{
    auto database = context.openExisting();
    if (!database)
        return database;
    const Result<QList<Store>> existing = SqlScheduleRepository(**database).stores();
    if (!existing)
        return std::unexpected(existing.error());
    if (!existing->isEmpty())
        return std::unexpected(Error::rule(
            Text::tr("bench %1 fills an empty database; %2 holds data.").arg(bench, (*database)->url().displayName())));
    return database;
}

Status insertRows(QSqlDatabase &db, const QString &head, const QList<QString> &rows)
{
    constexpr qsizetype batch = 500;
    for (qsizetype i = 0; i < rows.size(); i += batch) {
        const QString statement = head + QStringList(rows.mid(i, batch)).join(QLatin1Char(','));
        if (auto ok = sql::exec(db, statement, Text::tr("Loading the bench data")); !ok)
            return ok;
    }
    return {};
}

Status loadSyntheticChain(Database &database, const QList<SyntheticStore> &chain)
{
    QSqlDatabase &db = database.connection();
    const bool pg = sql::isPostgreSql(db);
    if (pg) { // per-row change notices would dominate a bulk load; real writers keep them
        if (auto ok
            = sql::exec(db, QStringLiteral("ALTER TABLE appointments DISABLE TRIGGER appointments_changed"), QString());
            !ok)
            return ok;
    }
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    QList<QString> stores, chairs, versions, intervals, appointments;
    for (const SyntheticStore &s : chain) {
        const Store &st = s.rules.store;
        stores.append(QStringLiteral("(%1,'%2','%3','%4','%5','%5')")
                          .arg(st.id)
                          .arg(st.code, st.name, QString::fromUtf8(st.timeZoneId), st.opensOn.toString(Qt::ISODate)));
        for (const Chair &c : s.rules.chairs)
            chairs.append(
                QStringLiteral("(%1,%2,'%3','%4')").arg(c.id).arg(st.id).arg(c.name, c.startsOn.toString(Qt::ISODate)));
        for (const HoursVersion &v : s.rules.hoursVersions) {
            versions.append(
                QStringLiteral("(%1,%2,'%3')").arg(v.id).arg(st.id).arg(v.effectiveFrom.toString(Qt::ISODate)));
            for (int day = 1; day <= 7; ++day) {
                for (const TimeInterval &i : v.week.at(day - 1))
                    intervals.append(
                        QStringLiteral("(%1,%2,%3,%4)").arg(v.id).arg(day).arg(i.openMinute).arg(i.closeMinute));
            }
        }
        for (const BookedSpan &b : s.booked)
            appointments.append(QStringLiteral("(%1,%2,%3,%4,%5,'Bench customer','confirmed','staff')")
                                    .arg(b.id)
                                    .arg(b.chairId)
                                    .arg(b.start)
                                    .arg(b.end)
                                    .arg((b.end - b.start) / (qint64(st.slotMinutes) * 60)));
    }
    for (const auto &[head, rows] :
         {std::pair{QStringLiteral("INSERT INTO stores (id, code, name, timezone, visible_from, opens_on) VALUES "),
                    stores},
          std::pair{QStringLiteral("INSERT INTO chairs (id, store_id, name, starts_on) VALUES "), chairs},
          std::pair{QStringLiteral("INSERT INTO hours_versions (id, store_id, effective_from) VALUES "), versions},
          std::pair{QStringLiteral(
                        "INSERT INTO hours_intervals (hours_version_id, weekday, open_minute, close_minute) VALUES "),
                    intervals},
          std::pair{
              QStringLiteral("INSERT INTO appointments (id, chair_id, starts_at, ends_at, slot_count, customer_name, "
                             "status, channel) VALUES "),
              appointments}}) {
        if (auto ok = insertRows(db, head, rows); !ok)
            return ok;
    }
    if (!pg) {
        if (auto ok = sql::exec(db, QStringLiteral("DELETE FROM change_log"), QString()); !ok)
            return ok;
    }
    if (pg) {
        for (const char *table : {"stores", "chairs", "hours_versions", "appointments"}) {
            if (auto ok = sql::exec(
                    db,
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT MAX(id) FROM %1))")
                        .arg(QString::fromLatin1(table)),
                    QString());
                !ok)
                return ok;
        }
    }
    if (auto ok = transaction.commit(); !ok)
        return ok;
    if (pg) {
        if (auto ok
            = sql::exec(db, QStringLiteral("ALTER TABLE appointments ENABLE TRIGGER appointments_changed"), QString());
            !ok)
            return ok;
    }
    return sql::exec(db, QStringLiteral("ANALYZE"), QString());
}

QList<SlotOffer> freeSlots(const QList<SyntheticStore> &chain, qint64 now, int wanted, quint32 seed)
{
    QRandomGenerator random(seed);
    // Index each store once, not once per pick.
    QList<StoreSchedule> schedules;
    schedules.reserve(chain.size());
    for (const SyntheticStore &s : chain)
        schedules.append(StoreSchedule(s.rules, s.booked));
    QList<SlotOffer> offers;
    while (offers.size() < wanted) {
        const StoreSchedule &schedule = schedules.at(random.bounded(int(schedules.size())));
        const QList<Chair> &chairs = schedule.rules().chairs;
        const Chair &chair = chairs.at(random.bounded(int(chairs.size())));
        const QDate day = schedule.localDate(now).addDays(1 + random.bounded(60));
        for (const SlotOffer &o : openRuns(schedule, chair, day, 1, now)) {
            if (!std::any_of(offers.cbegin(), offers.cend(), [&](const SlotOffer &x) { return x == o; }))
                offers.append(o);
        }
    }
    return offers.mid(0, wanted);
}

ChainData benchStoreChain(QDate today, const QString &code, const QString &name, int chairs)
{
    ChainData chain;
    Store store;
    store.id = 1;
    store.code = code;
    store.name = name;
    store.timeZoneId = "America/Chicago";
    store.opensOn = store.visibleFrom = today;
    store.horizonDays = 60;
    chain.stores.append(store);
    for (int i = 1; i <= chairs; ++i) {
        Chair chair;
        chair.id = i;
        chair.storeId = 1;
        chair.name = QStringLiteral("Chair %1").arg(i);
        chair.startsOn = today;
        chain.chairs.append(chair);
    }
    HoursVersion hours;
    hours.id = 1;
    hours.storeId = 1;
    hours.effectiveFrom = today;
    hours.setDays(1, 7, {TimeInterval{benchFirstMinute, benchLastMinute}});
    chain.hoursVersions.append(hours);
    return chain;
}

} // namespace sams::cli
