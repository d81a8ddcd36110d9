#include "cli/BenchCommand.h"

#include "cli/ManagerBench.h"
#include "cli/OrdersBench.h"
#include "cli/OutboxBench.h"
#include "cli/SyncBench.h"

#include "cli/OpsBench.h"
#include "cli/StorageBench.h"
#include "cli/WritersBench.h"

#include "core/ImpactAnalysis.h"
#include "core/SlotSearch.h"
#include "core/SyntheticChain.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <functional>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::BenchCommand)
};

struct Timing {
    double median = 0; // milliseconds
    double p99 = 0;
};

// Runs `work` `runs` times and returns the median and 99th percentile in ms.
Timing measure(int runs, const std::function<void(int)> &work)
{
    QList<double> samples;
    samples.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work(i);
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2),
            samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 99 / 100))};
}

QString row(const QString &what, const Timing &t, const QString &budget)
{
    return QStringLiteral("  %1 median %2 ms  p99 %3 ms  (budget %4)")
        .arg(what, -46)
        .arg(t.median, 8, 'f', 3)
        .arg(t.p99, 8, 'f', 3)
        .arg(budget);
}

void benchScale(QTextStream &out, int storeCount, int chairs, int days)
{
    const QDate today = QDate(2027, 3, 1);
    const qint64 now = QDateTime(today, QTime(17, 0), Qt::UTC).toSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    const QList<SyntheticStore> chain = generateSyntheticChain(storeCount, chairs, today.addDays(-30), days);
    qsizetype appointments = 0;
    for (const SyntheticStore &s : chain)
        appointments += s.booked.size();
    const qint64 generated = timer.restart();
    QList<StoreSchedule> schedules;
    schedules.reserve(chain.size());
    for (const SyntheticStore &s : chain)
        schedules.append(StoreSchedule(s.rules, s.booked));
    QList<const StoreSchedule *> all;
    for (const StoreSchedule &s : schedules)
        all.append(&s);
    out << Text::tr("%1 stores x %2 chairs, %3 appointments over %4 days (generated in %5 ms, indexed in %6 ms)")
               .arg(storeCount)
               .arg(chairs)
               .arg(appointments)
               .arg(days)
               .arg(generated)
               .arg(timer.elapsed())
        << Qt::endl;

    QRandomGenerator random(7);
    const Timing week = measure(400, [&](int) {
        const StoreSchedule &s = schedules.at(random.bounded(int(schedules.size())));
        const QDate monday = today.addDays(1 - today.dayOfWeek() + 7 * random.bounded(40));
        qsizetype slots = 0;
        for (const Chair &chair : s.rules().chairs) {
            for (int d = 0; d < 7; ++d)
                slots += s.slots(chair, monday.addDays(d)).size();
        }
        Q_ASSERT(slots > 0);
    });
    out << row(Text::tr("slots of one store-week (all chairs, states)"), week, QStringLiteral("0.5 ms")) << Qt::endl;

    for (int length : {1, 4}) {
        const Timing first = measure(length == 1 ? 200 : 20, [&](int i) {
            const std::optional<SlotOffer> offer = firstAvailable(all, length, now + qint64(i % 48) * 3600, 18);
            Q_UNUSED(offer);
        });
        out << row(Text::tr("first available, %1 slot(s), all stores, 18 days").arg(length), first,
                   QStringLiteral("10 ms"))
            << Qt::endl;
    }

    HoursVersion shorter;
    shorter.id = 999999;
    shorter.effectiveFrom = today.addDays(1);
    shorter.setDays(1, 6, {{9 * 60, 12 * 60}, {13 * 60, 18 * 60}});
    qsizetype displaced = 0;
    const Timing impact = measure(40, [&](int) {
        const StoreSchedule &s = schedules.at(random.bounded(int(schedules.size())));
        HoursVersion change = shorter;
        change.storeId = s.store().id;
        displaced = 0;
        for (const DayImpact &day : impactOf(s, change, today.addDays(1), today.addDays(365)))
            displaced += day.appointments.size();
    });
    out << row(Text::tr("impact of an hours change, one store, 365 days"), impact, QStringLiteral("20 ms")) << "  "
        << Text::tr("%1 displaced").arg(displaced) << Qt::endl;
    const Timing scan = measure(20, [&](int) {
        const StoreSchedule &s = schedules.at(random.bounded(int(schedules.size())));
        displacedIn(s, today, today.addDays(365));
    });
    out << row(Text::tr("displaced in current data, one store, 365 days"), scan, QStringLiteral("-")) << Qt::endl;
}
} // namespace

int runBench(const CommandContext &context, const QStringList &arguments)
{
    // arguments[0] is the program name; each benchmark takes its own options.
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("storage"))
        return runStorageBench(context, arguments);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("manager"))
        return runManagerBench(context, arguments);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("orders"))
        return runOrdersBench(context, arguments);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("outbox"))
        return runOutboxBench(context, arguments);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("sync"))
        return runSyncBench(context, arguments);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("ops"))
        return runOpsBench(context, arguments);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("fill"))
        return runFillBench(context, arguments);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("writers"))
        return runWritersBench(context, arguments);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("writer")) // bench writers' worker processes
        return runWritersBenchWorker(context, arguments);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"),
                                 Text::tr("engine, storage, writers, fill, ops, manager, orders, outbox or sync"));
    parser.addOptions(
        {{QStringLiteral("stores"), Text::tr("Comma-separated chain sizes."), QStringLiteral("list"),
          QStringLiteral("10,100,1000")},
         {QStringLiteral("chairs"), Text::tr("Chairs per store."), QStringLiteral("n"), QStringLiteral("5")},
         {QStringLiteral("days"), Text::tr("Days of appointments."), QStringLiteral("n"), QStringLiteral("365")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    if (parser.positionalArguments().first() != QLatin1String("engine"))
        return context.fail(Error::usage(
            Text::tr("samsctl bench knows \"engine\", \"storage\", \"writers\", \"fill\", \"ops\", \"manager\", "
                     "\"orders\", \"outbox\" and \"sync\".")));
    QList<int> sizes;
    for (const QString &part : parser.value(QStringLiteral("stores")).split(QLatin1Char(','))) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 1 || n > 5000)
            return context.fail(Error::usage(Text::tr("--stores \"%1\": use numbers from 1 to 5000.").arg(part)));
        sizes.append(n);
    }
    const int chairs = parser.value(QStringLiteral("chairs")).toInt();
    const int days = parser.value(QStringLiteral("days")).toInt();
    if (chairs < 1 || chairs > 50 || days < 30 || days > 800)
        return context.fail(Error::usage(Text::tr("--chairs must be 1 to 50 and --days 30 to 800.")));
    for (int size : sizes)
        benchScale(context.out, size, chairs, days);
    return 0;
}

} // namespace sams::cli
