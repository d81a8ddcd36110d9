#include "cli/OpsBench.h"

#include "cli/BenchData.h"
#include "core/Clock.h"
#include "core/SlotCalculator.h"
#include "core/SlotSearch.h"
#include "core/StoreScheduleLoader.h"
#include "core/WeekSchedule.h"
#include "storage/RoundTripCounter.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlCheck.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>

#include <functional>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::OpsBench)
};

constexpr int fillSlotMinutes = 15;
constexpr int fillOpen = 6 * 60;
constexpr int fillClose = 22 * 60;
constexpr int futureDays = 30;

Timing timed(int runs, const std::function<bool(int)> &work, QString *failure)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work(i)) {
            *failure = Text::tr("run %1 failed").arg(i + 1);
            break;
        }
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return summarize(samples);
}

QString line(const QString &what, const Timing &t, int trips = -1)
{
    return QStringLiteral("  %1 median %2 ms  p99 %3 ms%4")
        .arg(what, -28)
        .arg(t.median, 8, 'f', 3)
        .arg(t.p99, 8, 'f', 3)
        .arg(trips >= 0 ? QStringLiteral("  %1 round trips").arg(trips) : QString());
}
} // namespace

int runFillBench(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), Text::tr("fill"));
    parser.addOptions(
        {{QStringLiteral("appointments"), Text::tr("Appointments on the chair."), QStringLiteral("n"),
          QStringLiteral("6000")},
         {QStringLiteral("date"), Text::tr("First day of the bookable month (default: a week from today)."),
          QStringLiteral("date")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const int total = std::clamp(parser.value(QStringLiteral("appointments")).toInt(), 1000, 2000000);
    QDate first = QDate::currentDate().addDays(7);
    if (parser.isSet(QStringLiteral("date"))) {
        const Result<QDate> date = dateOption(parser, QStringLiteral("date"));
        if (!date)
            return context.fail(date.error());
        first = *date;
    }
    auto database = openEmptyForBench(context, QStringLiteral("fill"));
    if (!database)
        return context.fail(database.error());

    const int perDay = (fillClose - fillOpen) / fillSlotMinutes;
    const int future = futureDays * perDay / 2;
    const int pastDays = (std::max(0, total - future) + perDay - 1) / perDay;
    SyntheticStore store;
    Store &s = store.rules.store;
    s.id = 1;
    s.code = QStringLiteral("HIST");
    s.name = QStringLiteral("History bench");
    s.timeZoneId = "America/Chicago";
    s.slotMinutes = fillSlotMinutes;
    s.opensOn = first.addDays(-pastDays);
    store.rules.chairs = {Chair{1, 1, QStringLiteral("Chair 1"), s.opensOn, {}, 1},
                          Chair{2, 1, QStringLiteral("Chair 2"), s.opensOn, {}, 1}};
    HoursVersion hours;
    hours.id = 1;
    hours.storeId = 1;
    hours.effectiveFrom = s.opensOn;
    for (DayIntervals &day : hours.week)
        day = {{fillOpen, fillClose}};
    store.rules.hoursVersions = {hours};
    const QTimeZone zone = s.timeZone();
    AppointmentId id = 0;
    for (QDate day = s.opensOn; day < first.addDays(futureDays) && id < total; day = day.addDays(1)) {
        const bool past = day < first;
        for (int slot = 0; slot < perDay && id < total; slot += past ? 1 : 2) {
            const int minute = fillOpen + slot * fillSlotMinutes;
            store.booked.append({SlotCalculator::instantOf(day, minute, zone).toSecsSinceEpoch(),
                                 SlotCalculator::instantOf(day, minute + fillSlotMinutes, zone).toSecsSinceEpoch(),
                                 ++id, 1});
        }
    }
    QElapsedTimer timer;
    timer.start();
    if (auto ok = loadSyntheticChain(**database, {store}); !ok)
        return context.fail(ok.error());
    // The loader writes the generator's defaults; this store books 15-minute
    // slots two years ahead.
    if (auto ok
        = sql::exec((*database)->connection(),
                    QStringLiteral("UPDATE stores SET slot_minutes = %1, horizon_days = 730").arg(fillSlotMinutes),
                    Text::tr("Setting up the bench store"));
        !ok)
        return context.fail(ok.error());
    context.out << Text::tr("%1: store HIST, Chair 1 holds %2 appointments from %3; bookable from %4 (%5 s)")
                       .arg((*database)->url().displayName())
                       .arg(id)
                       .arg(s.opensOn.toString(Qt::ISODate), first.toString(Qt::ISODate))
                       .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
                << Qt::endl;
    return 0;
}

int runOpsBench(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), Text::tr("ops"));
    parser.addOptions(
        {{QStringLiteral("store"), Text::tr("Store code."), QStringLiteral("code")},
         {QStringLiteral("chair"), Text::tr("Chair name."), QStringLiteral("name")},
         {QStringLiteral("date"), Text::tr("First day of the month read and booked."), QStringLiteral("date")},
         {QStringLiteral("runs"), Text::tr("Runs of each in-process operation."), QStringLiteral("n"),
          QStringLiteral("200")},
         {QStringLiteral("process-runs"), Text::tr("Runs of each samsctl process."), QStringLiteral("n"),
          QStringLiteral("10")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const Result<QString> code = required(parser, QStringLiteral("store"));
    const Result<QString> chairName = required(parser, QStringLiteral("chair"));
    const Result<QDate> date = dateOption(parser, QStringLiteral("date"));
    for (const Error *e :
         {code ? nullptr : &code.error(), chairName ? nullptr : &chairName.error(), date ? nullptr : &date.error()}) {
        if (e)
            return context.fail(*e);
    }
    const int runs = std::clamp(parser.value(QStringLiteral("runs")).toInt(), 5, 5000);
    const int processRuns = std::clamp(parser.value(QStringLiteral("process-runs")).toInt(), 0, 200);

    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    Database &db = **database;
    SqlScheduleRepository repository(db);
    const Result<Store> store = findStore(repository, *code);
    if (!store)
        return context.fail(store.error());
    const Result<Chair> chair = findChair(repository, *store, *chairName);
    if (!chair)
        return context.fail(chair.error());
    const QDate last = date->addDays(futureDays - 1);
    QSqlQuery count(db.connection());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE chair_id = %1").arg(chair->id));
    const qint64 onChair = count.next() ? count.value(0).toLongLong() : -1;
    count.finish();
    context.out << Text::tr("%1: %2 / %3, %4 appointments on the chair; %5 to %6")
                       .arg(db.url().displayName(), store->code, chair->name)
                       .arg(onChair)
                       .arg(date->toString(Qt::ISODate), last.toString(Qt::ISODate))
                << Qt::endl;

    // Free one-slot places of the chair in the month, from the engine.
    const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
    const Result<StoreSchedule> month = loadStoreSchedule(repository, *store, *date, last);
    if (!month)
        return context.fail(month.error());
    QList<SlotOffer> places;
    for (QDate day = *date; day <= last; day = day.addDays(1))
        places.append(openRuns(*month, *chair, day, 1, now));
    const int writes = std::min<int>(runs, int(places.size()) - processRuns - 4);
    if (writes < 5)
        return context.fail(Error::rule(
            Text::tr("%1 has too few free slots from %2 to book into.").arg(chair->name, date->toString(Qt::ISODate))));

    QString failure;
    auto chairDay = [&](int) {
        const Result<StoreSchedule> s = loadStoreSchedule(repository, *store, *date, *date);
        return s && !s->slots(*chair, *date).isEmpty();
    };
    auto chairMonth = [&](int) {
        const Result<StoreSchedule> s = loadStoreSchedule(repository, *store, *date, last);
        if (!s)
            return false;
        qsizetype slots = 0;
        for (QDate day = *date; day <= last; day = day.addDays(1))
            slots += s->slots(*chair, day).size();
        return slots > 0;
    };
    auto storeWeek = [&](int) { return WeekSchedule::load(repository, *store, *date).has_value(); };
    SqlBookingWriter writer(db, QStringLiteral("bench"));
    Appointment details;
    details.customerName = QStringLiteral("Bench customer");
    QList<std::pair<AppointmentId, int>> booked; // id, version
    auto book = [&](int i) {
        BookingRequest request;
        request.chairId = chair->id;
        request.start = places.at(i).span.start;
        const Result<AppointmentId> id = writer.book(*store, request, details);
        if (id)
            booked.append({*id, 1});
        return id.has_value();
    };
    auto move = [&](int i) {
        // Back and forth between two free places.
        auto &[id, version] = booked.last();
        const SlotOffer &to = places.at(writes + 1 - i % 2);
        const Result<int> moved = writer.move(*store, id, chair->id, to.span.start, version);
        if (moved)
            version = *moved;
        return moved.has_value();
    };
    auto cancel = [&](int i) {
        const auto &[id, version] = booked.at(i);
        return writer.cancel(id, QStringLiteral("bench"), version).has_value();
    };
    // Round trips of one more run of `work`, warm, outside the timings (tracing costs time).
    auto trips = [&](const std::function<bool(int)> &work, int i) {
        sql::RoundTripCounter counter(db.connection());
        work(i);
        return counter.isValid() ? counter.count() : -1;
    };

    context.out << Text::tr("in-process, warm connection (%1 runs)").arg(runs) << Qt::endl;
    for (const auto &[name, work] : {std::pair{Text::tr("chair-day slots"), std::function<bool(int)>(chairDay)},
                                     std::pair{Text::tr("chair-month slots"), std::function<bool(int)>(chairMonth)},
                                     std::pair{Text::tr("store-week grid"), std::function<bool(int)>(storeWeek)}}) {
        work(0); // prepares its statements
        const Timing t = timed(runs, work, &failure);
        context.out << line(name, t, trips(work, 0)) << Qt::endl;
    }
    const Timing bookT = timed(writes - 1, book, &failure);
    const int bookTrips = trips(book, writes - 1);
    context.out << line(Text::tr("book"), bookT, bookTrips) << Qt::endl;
    const Timing moveT = timed(writes, move, &failure);
    const int moveTrips = trips(move, writes);
    context.out << line(Text::tr("move"), moveT, moveTrips) << Qt::endl;
    const Timing cancelT = timed(int(booked.size()) - 1, cancel, &failure);
    const int cancelTrips = trips(cancel, int(booked.size()) - 1);
    context.out << line(Text::tr("cancel"), cancelT, cancelTrips) << Qt::endl;

    if (processRuns > 0) {
        context.out << Text::tr("whole samsctl process (%1 runs)").arg(processRuns) << Qt::endl;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SAMS_DB"), db.url().toText());
        auto samsctl = [&](const QStringList &args) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(QCoreApplication::applicationFilePath(), args);
            return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
                && process.exitCode() == 0;
        };
        const QString day = date->toString(Qt::ISODate);
        const QStringList slotsDay = {QStringLiteral("slots"),
                                      QStringLiteral("--store"),
                                      store->code,
                                      QStringLiteral("--chair"),
                                      chair->name,
                                      QStringLiteral("--from"),
                                      day,
                                      QStringLiteral("--to"),
                                      day};
        QStringList slotsMonth = slotsDay;
        slotsMonth.last() = last.toString(Qt::ISODate);
        context.out << line(Text::tr("samsctl slots, a day"),
                            timed(
                                processRuns, [&](int) { return samsctl(slotsDay); }, &failure))
                    << Qt::endl;
        context.out << line(Text::tr("samsctl slots, a month"),
                            timed(
                                processRuns, [&](int) { return samsctl(slotsMonth); }, &failure))
                    << Qt::endl;
        const Timing processBook = timed(
            processRuns,
            [&](int i) {
                const QDateTime start
                    = QDateTime::fromSecsSinceEpoch(places.at(writes + 2 + i).span.start, store->timeZone());
                return samsctl({QStringLiteral("book"), QStringLiteral("--store"), store->code,
                                QStringLiteral("--chair"), chair->name, QStringLiteral("--start"),
                                start.toString(QStringLiteral("yyyy-MM-ddTHH:mm")), QStringLiteral("--customer"),
                                QStringLiteral("Bench customer")});
            },
            &failure);
        context.out << line(Text::tr("samsctl book"), processBook) << Qt::endl;
        // What the processes booked is cancelled again.
        const Result<StoreSchedule> after = loadStoreSchedule(repository, *store, *date, last);
        if (after) {
            for (int i = 0; i < processRuns; ++i) {
                const SlotOffer &place = places.at(writes + 2 + i);
                for (const SlotInfo &slot : after->slots(*chair, month->localDate(place.span.start))) {
                    if (slot.span.start == place.span.start && !slot.appointments.isEmpty()) {
                        const Result<Appointment> a = repository.appointment(slot.appointments.first());
                        if (a)
                            (void)writer.cancel(a->id, QStringLiteral("bench"), a->version);
                    }
                }
            }
        }
    }
    if (!failure.isEmpty())
        return context.fail(Error::failed(Text::tr("bench ops: %1.").arg(failure)));
    return 0;
}

} // namespace sams::cli
