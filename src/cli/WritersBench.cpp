#include "cli/WritersBench.h"

#include "cli/BenchData.h"

#include "core/Clock.h"
#include "core/SlotSearch.h"
#include "core/StoreScheduleLoader.h"
#include "core/SyntheticChain.h"
#include "storage/IntegrityCheck.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::WritersBench)
};

constexpr int chairsPerStore = 5;
// How long the parent waits for the workers to load their chairs and say ready.
constexpr int readyTimeoutMs = 180000;
// Time between the start instant being sent and the workers starting to book, so
// every worker has read it before it passes.
constexpr qint64 startMarginMs = 500;
// A booking that hangs is cut off by the busy timeout (SQLite) or the statement
// timeout (PostgreSQL); this is the parent's margin on top of the run's seconds.
constexpr int finishMarginMs = 120000;

// sqlSqlError's refusal when SQLite's write lock stayed taken past the busy
// timeout; the wording is matched loosely in case it is reworded.
bool isBusy(const Error &error)
{
    return error.kind == Error::Kind::Conflict
        && (error.message
                == QCoreApplication::translate(
                    "sams::sql", "The database is busy with other writers; nothing was changed. Try again.")
            || error.message.contains(QLatin1String("busy"), Qt::CaseInsensitive));
}

struct WorkerReport {
    int worker = -1;
    qint64 booked = 0;
    qint64 taken = 0;
    qint64 busy = 0;
    qint64 errors = 0;
    QString firstError;
    double maxMs = 0;
    bool exhausted = false;
};

std::optional<WorkerReport> parseReport(const QByteArray &output)
{
    const QList<QByteArray> lines = output.split('\n');
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        const QJsonDocument document = QJsonDocument::fromJson(line->trimmed());
        if (!document.isObject() || !document.object().contains(QLatin1String("worker")))
            continue;
        const QJsonObject o = document.object();
        WorkerReport report;
        report.worker = o.value(QLatin1String("worker")).toInt(-1);
        report.booked = o.value(QLatin1String("booked")).toInteger();
        report.taken = o.value(QLatin1String("taken")).toInteger();
        report.busy = o.value(QLatin1String("busy")).toInteger();
        report.errors = o.value(QLatin1String("errors")).toInteger();
        report.firstError = o.value(QLatin1String("first_error")).toString();
        report.maxMs = o.value(QLatin1String("max_ms")).toDouble();
        report.exhausted = o.value(QLatin1String("exhausted")).toBool();
        return report;
    }
    return std::nullopt;
}

struct Worker {
    std::unique_ptr<QProcess> process;
    bool ready = false;
    std::optional<WorkerReport> report;
};
} // namespace

int runWritersBench(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), Text::tr("writers"));
    parser.addOptions(
        {{QStringLiteral("writers"), Text::tr("Writing processes."), QStringLiteral("n"), QStringLiteral("16")},
         {QStringLiteral("seconds"), Text::tr("How long they write."), QStringLiteral("s"), QStringLiteral("10")},
         {QStringLiteral("stores"), Text::tr("Stores in the chain (5 chairs each)."), QStringLiteral("n"),
          QStringLiteral("20")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const int storeCount = std::clamp(parser.value(QStringLiteral("stores")).toInt(), 1, 1000);
    const int writers = std::clamp(parser.value(QStringLiteral("writers")).toInt(), 1, 64);
    const int seconds = std::clamp(parser.value(QStringLiteral("seconds")).toInt(), 1, 120);
    if (writers > storeCount * chairsPerStore)
        return context.fail(Error::usage(Text::tr("%1 writers need at least %1 chairs; %2 stores have %3.")
                                             .arg(writers)
                                             .arg(storeCount)
                                             .arg(storeCount * chairsPerStore)));

    auto database = openEmptyForBench(context, QStringLiteral("writers"));
    if (!database)
        return context.fail(database.error());
    // The same fixed "now" as bench storage; the workers get it on their command line.
    const QDate today(2027, 3, 1);
    const qint64 now = QDateTime(today, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));

    QElapsedTimer timer;
    timer.start();
    const QList<SyntheticStore> chain = generateSyntheticChain(storeCount, chairsPerStore, today.addDays(-30), 365);
    qsizetype total = 0;
    for (const SyntheticStore &s : chain)
        total += s.booked.size();
    if (auto ok = loadSyntheticChain(**database, chain); !ok)
        return context.fail(ok.error());
    context.out << Text::tr("%1: %2 stores, %3 chairs, %4 appointments loaded in %5 s")
                       .arg((*database)->url().displayName())
                       .arg(storeCount)
                       .arg(storeCount * chairsPerStore)
                       .arg(total)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << Qt::endl;

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SAMS_DB"), (*database)->url().toText());
    std::vector<Worker> workers(static_cast<std::size_t>(writers));
    QStringList failures;
    for (int i = 0; i < writers; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        // A worker's own error messages go straight to our stderr.
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("bench"), QStringLiteral("writer"), QStringLiteral("--worker"),
                        QString::number(i), QStringLiteral("--of"), QString::number(writers),
                        QStringLiteral("--seconds"), QString::number(seconds), QStringLiteral("--now"),
                        QString::number(now)});
        workers[i].process = std::move(process);
    }
    // Each worker loads its chairs first; the clock starts once all say ready.
    QElapsedTimer waiting;
    waiting.start();
    for (int i = 0; i < writers; ++i) {
        QProcess &p = *workers[i].process;
        while (!workers[i].ready) {
            if (p.canReadLine()) {
                workers[i].ready = p.readLine().trimmed() == "ready";
                continue;
            }
            const int left = int(std::max<qint64>(0, readyTimeoutMs - waiting.elapsed()));
            if (p.state() == QProcess::NotRunning || left == 0 || !p.waitForReadyRead(left))
                break;
        }
        if (!workers[i].ready)
            failures.append(Text::tr("writer %1 did not get ready (%2)").arg(i).arg(p.errorString()));
    }
    if (!failures.isEmpty()) {
        for (Worker &w : workers) {
            if (w.process->state() != QProcess::NotRunning) {
                w.process->kill();
                w.process->waitForFinished(5000);
            }
        }
        context.out << Text::tr("FAILED: %1").arg(failures.join(QStringLiteral("; "))) << Qt::endl;
        return 1;
    }
    const qint64 start = QDateTime::currentMSecsSinceEpoch() + startMarginMs;
    for (Worker &w : workers) {
        w.process->write(QByteArray::number(start) + '\n');
        w.process->waitForBytesWritten(5000);
        w.process->closeWriteChannel();
    }
    for (int i = 0; i < writers; ++i) {
        QProcess &p = *workers[i].process;
        const qint64 deadline = start + qint64(seconds) * 1000 + finishMarginMs;
        if (!p.waitForFinished(int(std::max<qint64>(1, deadline - QDateTime::currentMSecsSinceEpoch())))) {
            p.kill();
            p.waitForFinished(5000);
            failures.append(Text::tr("writer %1 did not finish").arg(i));
            continue;
        }
        workers[i].report = parseReport(p.readAllStandardOutput());
        if (!workers[i].report)
            failures.append(Text::tr("writer %1 reported nothing (exit code %2)").arg(i).arg(p.exitCode()));
    }

    QList<qint64> perWriter;
    qint64 booked = 0, taken = 0, busy = 0, errors = 0;
    double longest = 0;
    QString firstError;
    int idle = 0, exhausted = 0;
    for (const Worker &w : std::as_const(workers)) {
        const WorkerReport r = w.report.value_or(WorkerReport{});
        perWriter.append(r.booked);
        booked += r.booked;
        taken += r.taken;
        busy += r.busy;
        errors += r.errors;
        longest = std::max(longest, r.maxMs);
        if (firstError.isEmpty())
            firstError = r.firstError;
        idle += r.booked == 0 ? 1 : 0;
        exhausted += r.exhausted ? 1 : 0;
    }
    std::sort(perWriter.begin(), perWriter.end());
    context.out << Text::tr("  %1 writer processes, %2 s: %3 bookings, %4 bookings/s")
                       .arg(writers)
                       .arg(seconds)
                       .arg(booked)
                       .arg(double(booked) / seconds, 0, 'f', 0)
                << Qt::endl;
    context.out << Text::tr("  bookings per writer       min %1  median %2  max %3")
                       .arg(perWriter.first())
                       .arg(perWriter.at(perWriter.size() / 2))
                       .arg(perWriter.last())
                << Qt::endl;
    context.out << Text::tr("  busy refusals %1, taken %2, errors %3, longest booking %4 ms")
                       .arg(busy)
                       .arg(taken)
                       .arg(errors)
                       .arg(longest, 0, 'f', 1)
                << Qt::endl;
    if (!firstError.isEmpty())
        context.out << Text::tr("  first error: %1").arg(firstError) << Qt::endl;
    if (exhausted > 0)
        context.out << Text::tr("  %1 writer(s) ran out of free places before the end").arg(exhausted) << Qt::endl;
    const Result<QStringList> problems = checkOverlaps(**database);
    if (!problems)
        return context.fail(problems.error());
    context.out << Text::tr("  overlaps %1").arg(problems->size()) << Qt::endl;
    for (const QString &problem : problems->mid(0, 10))
        context.out << QStringLiteral("    ") << problem << Qt::endl;

    if (!problems->isEmpty())
        failures.append(Text::tr("%1 overlaps").arg(problems->size()));
    if (errors > 0)
        failures.append(Text::tr("%1 errors").arg(errors));
    if (busy > 0)
        failures.append(Text::tr("%1 busy refusals").arg(busy));
    if (idle > 0)
        failures.append(Text::tr("%1 writer(s) booked nothing").arg(idle));
    if (!failures.isEmpty()) {
        context.out << Text::tr("FAILED: %1").arg(failures.join(QStringLiteral("; "))) << Qt::endl;
        return 1;
    }
    context.out << Text::tr("OK: no overlaps, errors or busy refusals; every writer booked") << Qt::endl;
    return 0;
}

int runWritersBenchWorker(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), Text::tr("writer"));
    parser.addOptions({{QStringLiteral("worker"), Text::tr("This worker's number, from 0."), QStringLiteral("i")},
                       {QStringLiteral("of"), Text::tr("How many workers."), QStringLiteral("n")},
                       {QStringLiteral("seconds"), Text::tr("How long to write."), QStringLiteral("s")},
                       {QStringLiteral("now"), Text::tr("The fixed \"now\", UTC seconds."), QStringLiteral("t")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    bool okWorker = false, okOf = false, okSeconds = false, okNow = false;
    const int index = parser.value(QStringLiteral("worker")).toInt(&okWorker);
    const int of = parser.value(QStringLiteral("of")).toInt(&okOf);
    const int seconds = parser.value(QStringLiteral("seconds")).toInt(&okSeconds);
    const qint64 now = parser.value(QStringLiteral("now")).toLongLong(&okNow);
    if (!okWorker || !okOf || !okSeconds || !okNow || of < 1 || index < 0 || index >= of || seconds < 1)
        return context.fail(Error::usage(Text::tr("bench writer needs --worker I --of N --seconds S --now T.")));
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));

    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    const Result<QList<Store>> stores = repository.stores();
    if (!stores)
        return context.fail(stores.error());
    Result<QList<Chair>> chairs = repository.chairs();
    if (!chairs)
        return context.fail(chairs.error());
    std::sort(chairs->begin(), chairs->end(), [](const Chair &a, const Chair &b) { return a.id < b.id; });
    QHash<StoreId, Store> storeById;
    for (const Store &s : *stores)
        storeById.insert(s.id, s);

    // Free one-slot places on this worker's chairs, from the engine. Nobody else
    // books these chairs, so a place stays free until this worker takes it: the
    // coming weeks first (days 1 to 60, shuffled), then later days.
    QRandomGenerator random(quint32(1000 + index));
    QList<SlotOffer> soon, later;
    std::map<StoreId, StoreSchedule> schedules;
    for (qsizetype position = index; position < chairs->size(); position += of) {
        const Chair &chair = chairs->at(position);
        const Store store = storeById.value(chair.storeId);
        auto found = schedules.find(store.id);
        if (found == schedules.end()) {
            const QDate local = QDateTime::fromSecsSinceEpoch(now, store.timeZone()).date();
            Result<StoreSchedule> schedule = loadStoreSchedule(repository, store, local, local.addDays(300));
            if (!schedule)
                return context.fail(schedule.error());
            found = schedules.emplace(store.id, std::move(*schedule)).first;
        }
        const StoreSchedule &schedule = found->second;
        const QDate today = schedule.localDate(now);
        for (int day = 1; day <= 300; ++day)
            (day <= 60 ? soon : later) += openRuns(schedule, chair, today.addDays(day), 1, now);
    }
    std::shuffle(soon.begin(), soon.end(), random);
    std::shuffle(later.begin(), later.end(), random);
    QList<SlotOffer> offers = soon + later;

    // Start-up is not measured: wait for the parent's start instant.
    context.out << "ready" << Qt::endl;
    std::string line;
    if (!std::getline(std::cin, line))
        return context.fail(Error::failed(Text::tr("bench writer got no start instant.")));
    const qint64 start = QByteArray::fromStdString(line).trimmed().toLongLong();
    if (const qint64 wait = start - QDateTime::currentMSecsSinceEpoch(); wait > 0)
        QThread::msleep(static_cast<unsigned long>(wait));
    const qint64 end = start + qint64(seconds) * 1000;

    SqlBookingWriter writer(**database, QStringLiteral("bench-writer-%1").arg(index));
    qint64 booked = 0, taken = 0, busy = 0, errors = 0;
    double maxMs = 0;
    QString firstError;
    qsizetype next = 0;
    QElapsedTimer timer;
    while (QDateTime::currentMSecsSinceEpoch() < end && next < offers.size()) {
        const SlotOffer offer = offers.at(next++);
        BookingRequest request;
        request.chairId = offer.chairId;
        request.start = offer.span.start;
        Appointment details;
        details.customerName = QStringLiteral("Writer %1").arg(index);
        timer.start();
        const Result<AppointmentId> id = writer.book(storeById.value(offer.storeId), request, details);
        maxMs = std::max(maxMs, double(timer.nsecsElapsed()) / 1e6);
        if (id) {
            ++booked;
        } else if (isBusy(id.error())) {
            ++busy;
            offers.append(offer); // nothing was written: the place is still free
        } else if (id.error().kind == Error::Kind::Conflict) {
            ++taken;
        } else {
            ++errors;
            if (firstError.isEmpty())
                firstError = id.error().message;
        }
    }
    const QJsonObject report{{QStringLiteral("worker"), index},  {QStringLiteral("booked"), booked},
                             {QStringLiteral("taken"), taken},   {QStringLiteral("busy"), busy},
                             {QStringLiteral("errors"), errors}, {QStringLiteral("first_error"), firstError},
                             {QStringLiteral("max_ms"), maxMs},  {QStringLiteral("exhausted"), next >= offers.size()}};
    context.out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)) << Qt::endl;
    return 0;
}

} // namespace sams::cli
