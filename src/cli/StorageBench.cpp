#include "cli/StorageBench.h"

#include "cli/BenchData.h"

#include "core/Clock.h"
#include "core/SlotSearch.h"
#include "core/StoreScheduleLoader.h"
#include "core/SyntheticChain.h"
#include "core/WeekSchedule.h"
#include "storage/IntegrityCheck.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>

#include <atomic>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::StorageBench)
};

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

    auto database = openEmptyForBench(context, QStringLiteral("storage"));
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    const QDate today(2027, 3, 1);
    const qint64 now = QDateTime(today, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));

    QElapsedTimer timer;
    timer.start();
    const QList<SyntheticStore> chain = generateSyntheticChain(storeCount, 5, today.addDays(-30), 365);
    qsizetype total = 0;
    for (const SyntheticStore &s : chain)
        total += s.booked.size();
    if (auto ok = loadSyntheticChain(**database, chain); !ok)
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
