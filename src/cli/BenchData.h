#pragma once

#include "cli/CommandContext.h"
#include "core/ChainData.h"
#include "core/Error.h"
#include "core/SlotSearch.h"
#include "core/SyntheticChain.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace sams {
class Database;
}

namespace sams::cli {

// The benchmarks' own data: bulk loading a generated chain and picking free places.
// Not a path SAMS users take.

// Median and 99th percentile of timed runs, in milliseconds.
struct Timing {
    double median = 0;
    double p99 = 0;
};
Timing summarize(QList<double> samples);

// "  what: median 1.2 ms  p99 3.4 ms  (budget 5 ms)  extra": one line of a bench.
QString timingRow(const QString &what, const Timing &t, const QString &budget, const QString &extra = {});

// Times `run` `runs` times; it returns what it counted (the same every time).
template<typename Run> std::pair<Timing, qsizetype> timed(int runs, Run run)
{
    QList<double> samples;
    qsizetype counted = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        counted = run();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return {summarize(samples), counted};
}

// One store open every day from benchFirstMinute to benchLastMinute (Chicago)
// with `chairs` chairs and a 60-day horizon, from `today`: the outbox's and
// calendar sync's benches.
constexpr int benchFirstMinute = 8 * 60;
constexpr int benchLastMinute = 20 * 60;
ChainData benchStoreChain(QDate today, const QString &code, const QString &name, int chairs);

// The database the command names, refused unless it holds no store yet: the
// benches that fill one never write into a database that holds data.
Result<std::unique_ptr<Database>> openEmptyForBench(const CommandContext &context, const QString &bench);

// Runs `head` followed by the rows as multi-row INSERTs of up to 500 rows each.
Status insertRows(QSqlDatabase &db, const QString &head, const QList<QString> &rows);

// Loads a generated chain (stores, chairs, hours, appointments) into an empty
// database in one transaction, then ANALYZE. On PostgreSQL the appointments'
// change notices are off during the load and the id sequences follow the rows.
Status loadSyntheticChain(Database &database, const QList<SyntheticStore> &chain);

// `wanted` distinct free places of one slot on random chairs, 1 to 60 days after
// `now`, computed by the engine from the generated chain. Deterministic for a seed.
QList<SlotOffer> freeSlots(const QList<SyntheticStore> &chain, qint64 now, int wanted, quint32 seed);

} // namespace sams::cli
