// sams-desktop-bench --db URL [--rounds N]: times what a scheduler waits for in
// the desktop on a database filled by `samsctl bench storage --stores 100`
// (docs/performance.md, Desktop). Like sams/main.cpp, the one other place that
// names Sql* types: it builds the same window the desktop shows.
#include "core/Clock.h"
#include "core/SlotSearch.h"
#include "editing/ScheduleEditor.h"
#include "editing/ScheduleWorker.h"
#include "models/WeekScheduleModel.h"
#include "storage/Database.h"
#include "storage/SqlChangeFeed.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleSession.h"
#include "storage/SqlScheduleWriter.h"
#include "widgets/MainWindow.h"
#include "widgets/WeekGridView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

namespace {
struct Timing {
    double median = 0;
    double p99 = 0;
};

Timing summarize(QList<double> samples)
{
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) { return samples.at(qsizetype(q * double(samples.size() - 1))); };
    return {at(0.5), at(0.99)};
}

// Runs the event loop until `done` or 20 s; the elapsed milliseconds.
template<typename Done> double waitFor(const QElapsedTimer &timer, Done done)
{
    while (!done() && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("Database URL."), QStringLiteral("url")},
                       {QStringLiteral("rounds"), QStringLiteral("Timed runs of each step."), QStringLiteral("n"),
                        QStringLiteral("60")}});
    parser.process(app);
    QTextStream out(stdout);
    const auto url = sams::DatabaseUrl::resolve(parser.value(QStringLiteral("db")));
    if (!url) {
        out << url.error().message << Qt::endl;
        return 2;
    }
    auto database = sams::Database::open(*url, sams::Database::Creation::MustExist);
    if (!database) {
        out << database.error().message << Qt::endl;
        return 1;
    }
    const int rounds = std::clamp(parser.value(QStringLiteral("rounds")).toInt(), 5, 1000);
    // The day `bench storage` fills around.
    const QDate today(2027, 3, 1);
    sams::Clock::setFixed(QDateTime(today, QTime(12, 0), Qt::UTC));

    sams::SqlScheduleRepository repository(**database);
    const sams::DatabaseUrl opened = (*database)->url();
    sams::ScheduleWorker worker([opened] { return sams::SqlScheduleSession::open(opened); });
    sams::ScheduleEditor editor(worker);
    sams::MainWindow window(repository, opened.displayName(), (*database)->environment());
    window.setEditing(&worker, &editor, sams::SqlScheduleWriter(**database, (*database)->actor()).rights());
    auto feed = sams::SqlChangeFeed::open(opened);
    if (feed)
        window.setChangeFeed(feed->get());
    if (auto ok = window.reload(); !ok) {
        out << ok.error().message << Qt::endl;
        return 1;
    }
    window.resize(1366, 768);
    window.show();
    const auto stores = repository.stores();
    if (!stores || stores->isEmpty()) {
        out << "no stores: fill the database with samsctl bench storage first" << Qt::endl;
        return 1;
    }
    QRandomGenerator random(7);
    QElapsedTimer timer;
    auto settle = [&] {
        timer.start();
        waitFor(timer, [&] { return !window.isLoading() && worker.pending() == 0; });
    };
    out << "sams-desktop-bench: " << opened.displayName() << ", " << stores->size() << " stores, " << rounds
        << " runs each, window 1366x768" << Qt::endl;

    // Switching store and days: request, the worker's read, the model, one paint.
    for (const auto &[view, name, budget] :
         {std::tuple{sams::ScheduleView::Week, "week", 16.7}, std::tuple{sams::ScheduleView::Day, "day", 16.7},
          std::tuple{sams::ScheduleView::Month, "month", 30.0}}) {
        window.setView(view);
        settle();
        QList<double> samples;
        for (int i = 0; i < rounds; ++i) {
            const sams::Store &store = stores->at(random.bounded(int(stores->size())));
            const QDate day = today.addDays(random.bounded(300));
            timer.start();
            window.selectStore(store.code);
            window.showWeekOf(day);
            waitFor(timer, [&] { return !window.isLoading(); });
            window.repaint(); // the first paint of what was loaded
            samples.append(double(timer.nsecsElapsed()) / 1e6);
        }
        const Timing t = summarize(samples);
        out << QStringLiteral("  switch %1 view   median %2 ms  p99 %3 ms  (budget %4 ms)")
                   .arg(QString::fromLatin1(name).leftJustified(5))
                   .arg(t.median, 0, 'f', 2)
                   .arg(t.p99, 0, 'f', 2)
                   .arg(budget)
            << Qt::endl;
    }

    // Drop -> committed -> repainted: a move through the editor, the reload in
    // place, one paint. Each moved appointment goes to a free slot the engine finds.
    window.setView(sams::ScheduleView::Week);
    QList<double> drops;
    int moved = 0;
    for (int i = 0; i < rounds * 3 && moved < rounds; ++i) {
        const sams::Store &store = stores->at(random.bounded(int(stores->size())));
        window.selectStore(store.code);
        window.showWeekOf(today.addDays(7 + random.bounded(200)));
        settle();
        const sams::WeekSchedule &week = window.weekView()->model()->week();
        if (week.appointments.isEmpty() || !week.schedule)
            continue;
        const sams::AppointmentBlock &block = week.appointments.at(random.bounded(int(week.appointments.size())));
        const QList<sams::SlotOffer> offers = sams::alternativesFor(
            *week.schedule, sams::bookedSpanOf(block.appointment), sams::Clock::nowUtc().toSecsSinceEpoch(), 1, 7);
        if (offers.isEmpty() || !block.appointment.isActive())
            continue;
        bool done = false;
        const auto connection = QObject::connect(&window, &sams::MainWindow::loaded, &window, [&] { done = true; });
        timer.start();
        Q_EMIT window.weekView()->moveRequested(block.appointment.id, offers.first().chairId,
                                                offers.first().span.start);
        waitFor(timer, [&] { return done && worker.pending() == 0; });
        window.repaint();
        drops.append(double(timer.nsecsElapsed()) / 1e6);
        QObject::disconnect(connection);
        ++moved;
    }
    const Timing dropT = summarize(drops);
    out << QStringLiteral("  drop -> committed -> repainted   median %1 ms  p99 %2 ms  (budget %3 ms, %4 moves)")
               .arg(dropT.median, 0, 'f', 2)
               .arg(dropT.p99, 0, 'f', 2)
               .arg((*database)->isSqlite() ? 20 : 30)
               .arg(moved)
        << Qt::endl;

    // Another client's booking on screen: committed by a second connection, seen
    // through the change feed, read in place, painted.
    QList<double> live;
    sams::SqlScheduleWriter other(**database, QStringLiteral("bench-other"));
    for (int i = 0; i < rounds * 3 && live.size() < rounds; ++i) {
        const sams::Store &store = stores->at(random.bounded(int(stores->size())));
        window.selectStore(store.code);
        window.showWeekOf(today.addDays(7 + random.bounded(200)));
        settle();
        const sams::WeekSchedule &week = window.weekView()->model()->week();
        if (!week.schedule || week.chairs.isEmpty())
            continue;
        const sams::Chair &chair = week.chairs.at(random.bounded(int(week.chairs.size())));
        const QList<sams::SlotOffer> open = sams::openRuns(*week.schedule, chair, week.dayDate(random.bounded(6)), 1,
                                                           sams::Clock::nowUtc().toSecsSinceEpoch());
        if (open.isEmpty())
            continue;
        sams::BookingRequest request;
        request.chairId = chair.id;
        request.start = open.first().span.start;
        sams::Appointment details;
        details.customerName = QStringLiteral("Live bench");
        timer.start();
        const sams::Result<sams::AppointmentId> id = other.book(store, request, details);
        if (!id)
            continue;
        const double ms = waitFor(timer, [&] { return window.weekView()->model()->rowOf(*id) >= 0; });
        window.repaint();
        live.append(double(timer.nsecsElapsed()) / 1e6);
        (void)ms;
    }
    const Timing liveT = summarize(live);
    out << QStringLiteral("  another client's booking on screen   median %1 ms  p99 %2 ms  (budget 1000 ms; p50 100 ms "
                          "on PostgreSQL)")
               .arg(liveT.median, 0, 'f', 1)
               .arg(liveT.p99, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("  resident memory %1 MB  (budget 200 MB)").arg(double(residentKiB()) / 1024.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}
