#include "cli/StorageBench.h"

#include "core/Clock.h"
#include "core/SlotSearch.h"
#include "core/StoreScheduleLoader.h"
#include "core/SyntheticChain.h"
#include "core/WeekSchedule.h"
#include "storage/IntegrityCheck.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlCheck.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::StorageBench)
};

struct Timing {
    double median = 0;
    double p99 = 0;
};

Timing summarize(QList<double> samples)
{
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2),
            samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 99 / 100))};
}

// Multi-row INSERTs: the bench's own bulk load, not a path SAMS users take.
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

Status load(Database &database, const QList<SyntheticStore> &chain)
{
    QSqlDatabase &db = database.connection();
    const bool pg = sql::isPostgreSql(db);
    if (pg) // per-row change notices would dominate a bulk load; real writers keep them
        sql::exec(db, QStringLiteral("ALTER TABLE appointments DISABLE TRIGGER appointments_changed"), QString());
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
    if (!pg)
        sql::exec(db, QStringLiteral("DELETE FROM change_log"), QString());
    if (pg) {
        for (const char *table : {"stores", "chairs", "hours_versions", "appointments"})
            sql::exec(db,
                      QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT MAX(id) FROM %1))")
                          .arg(QString::fromLatin1(table)),
                      QString());
    }
    if (auto ok = transaction.commit(); !ok)
        return ok;
    if (pg)
        sql::exec(db, QStringLiteral("ALTER TABLE appointments ENABLE TRIGGER appointments_changed"), QString());
    sql::exec(db, QStringLiteral("ANALYZE"), QString());
    return {};
}

// Free places to book: open runs of one slot in the coming weeks.
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
} // namespace

int runStorageBench(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), Text::tr("storage"));
    parser.addOptions(
        {{QStringLiteral("stores"), Text::tr("Stores in the chain."), QStringLiteral("n"), QStringLiteral("100")},
         {QStringLiteral("writers"), Text::tr("Concurrent writers."), QStringLiteral("n"), QStringLiteral("16")},
         {QStringLiteral("seconds"), Text::tr("How long they write."), QStringLiteral("s"), QStringLiteral("5")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const int storeCount = std::clamp(parser.value(QStringLiteral("stores")).toInt(), 1, 1000);
    const int writers = std::clamp(parser.value(QStringLiteral("writers")).toInt(), 1, 64);
    const int seconds = std::clamp(parser.value(QStringLiteral("seconds")).toInt(), 1, 120);

    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    const Result<QList<Store>> existing = repository.stores();
    if (!existing)
        return context.fail(existing.error());
    if (!existing->isEmpty())
        return context.fail(Error::rule(
            Text::tr("bench storage fills an empty database; %1 holds data.").arg((*database)->url().displayName())));
    const QDate today(2027, 3, 1);
    const qint64 now = QDateTime(today, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));

    QElapsedTimer timer;
    timer.start();
    const QList<SyntheticStore> chain = generateSyntheticChain(storeCount, 5, today.addDays(-30), 365);
    qsizetype total = 0;
    for (const SyntheticStore &s : chain)
        total += s.booked.size();
    if (auto ok = load(**database, chain); !ok)
        return context.fail(ok.error());
    context.out << Text::tr("%1: %2 stores, %3 appointments loaded in %4 s")
                       .arg((*database)->url().displayName())
                       .arg(storeCount)
                       .arg(total)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << Qt::endl;

    // Loading one store-week: the rows, and the whole grid's data.
    QRandomGenerator random(11);
    QList<double> rowsMs, weekMs;
    const Result<QList<Store>> loaded = repository.stores();
    if (!loaded)
        return context.fail(loaded.error());
    const QList<Store> &stores = *loaded;
    for (int i = 0; i < 200; ++i) {
        const Store &store = stores.at(random.bounded(int(stores.size())));
        const QDate monday = WeekSchedule::mondayOf(today.addDays(random.bounded(300)));
        timer.restart();
        const auto rows = repository.appointments(store.id, QDateTime(monday.startOfDay(store.timeZone())),
                                                  QDateTime(monday.addDays(7).startOfDay(store.timeZone())));
        rowsMs.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const auto week = WeekSchedule::load(repository, store, monday);
        weekMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!rows || !week)
            return context.fail(Error::failed(Text::tr("Loading a week failed.")));
    }
    const Timing rowsT = summarize(rowsMs), weekT = summarize(weekMs);
    context.out << Text::tr("  store-week appointments   median %1 ms  p99 %2 ms  (budget 2 ms on SQLite; seed 300 ms)")
                       .arg(rowsT.median, 0, 'f', 3)
                       .arg(rowsT.p99, 0, 'f', 3)
                << Qt::endl;
    context.out << Text::tr("  store-week grid data      median %1 ms  p99 %2 ms")
                       .arg(weekT.median, 0, 'f', 3)
                       .arg(weekT.p99, 0, 'f', 3)
                << Qt::endl;

    // Book and cancel, one at a time.
    QHash<StoreId, Store> byId;
    for (const Store &s : stores)
        byId.insert(s.id, s);
    SqlBookingWriter writer(**database, QStringLiteral("bench"));
    QList<double> bookMs, cancelMs;
    QList<AppointmentId> booked;
    for (const SlotOffer &offer : freeSlots(chain, now, 300, 3)) {
        BookingRequest request;
        request.chairId = offer.chairId;
        request.start = offer.span.start;
        Appointment details;
        details.customerName = QStringLiteral("Bench");
        timer.restart();
        const Result<AppointmentId> id = writer.book(byId.value(offer.storeId), request, details);
        bookMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!id)
            return context.fail(id.error());
        booked.append(*id);
    }
    for (AppointmentId id : std::as_const(booked)) {
        timer.restart();
        if (auto ok = writer.cancel(id, QStringLiteral("bench"), 1); !ok)
            return context.fail(ok.error());
        cancelMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const Timing bookT = summarize(bookMs), cancelT = summarize(cancelMs);
    context.out << Text::tr("  book                      median %1 ms  p99 %2 ms  (seed 200 ms)")
                       .arg(bookT.median, 0, 'f', 3)
                       .arg(bookT.p99, 0, 'f', 3)
                << Qt::endl;
    context.out << Text::tr("  cancel                    median %1 ms  p99 %2 ms  (seed 200 ms)")
                       .arg(cancelT.median, 0, 'f', 3)
                       .arg(cancelT.p99, 0, 'f', 3)
                << Qt::endl;

    // Concurrent writers, each on its own connection, racing over the same places.
    const QList<SlotOffer> targets = freeSlots(chain, now, 2000, 5);
    std::atomic<int> successes = 0, conflicts = 0, errors = 0;
    QString firstError;
    QMutex errorLock;
    QList<QThread *> threads;
    const DatabaseUrl url = (*database)->url();
    timer.restart();
    for (int w = 0; w < writers; ++w) {
        threads.append(QThread::create([&, w] {
            auto own = Database::open(url, Database::Creation::MustExist);
            if (!own) {
                ++errors;
                return;
            }
            SqlBookingWriter racer(**own, QStringLiteral("bench-%1").arg(w));
            QRandomGenerator pick(quint32(100 + w));
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < qint64(seconds) * 1000) {
                const SlotOffer &offer = targets.at(pick.bounded(int(targets.size())));
                BookingRequest request;
                request.chairId = offer.chairId;
                request.start = offer.span.start;
                Appointment details;
                details.customerName = QStringLiteral("Racer");
                const Result<AppointmentId> id = racer.book(byId.value(offer.storeId), request, details);
                if (id)
                    ++successes;
                else if (id.error().kind == Error::Kind::Conflict)
                    ++conflicts;
                else {
                    ++errors;
                    const QMutexLocker locker(&errorLock);
                    if (firstError.isEmpty())
                        firstError = id.error().message;
                }
            }
        }));
        threads.last()->start();
    }
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
    const double elapsed = double(timer.elapsed()) / 1000.0;
    const Result<QStringList> problems = checkOverlaps(**database);
    context.out << Text::tr(
                       "  %1 concurrent writers     %2 bookings/s, %3 refused (taken or busy), %4 errors, %5 overlaps")
                       .arg(writers)
                       .arg(double(successes) / elapsed, 0, 'f', 0)
                       .arg(conflicts.load())
                       .arg(errors.load())
                       .arg(problems ? problems->size() : -1)
                << Qt::endl;
    if (!firstError.isEmpty())
        context.out << Text::tr("  first error: %1").arg(firstError) << Qt::endl;
    return problems && problems->isEmpty() && errors == 0 ? 0 : 1;
}

} // namespace sams::cli
