// The sync view's opening on a real database (docs/performance.md, "Calendar
// sync"): the view's read (SqlCalendarSync::list, brief), the model's reset,
// and the dialog shown and painted once, each timed over 7 runs; prints the
// medians and the worst. A benchmark, not a test: run it on a database filled
// by `samsctl bench sync` (QT_QPA_PLATFORM=offscreen bench_syncview --db URL).
#include "models/SyncModel.h"
#include "storage/Database.h"
#include "storage/SqlCalendarSync.h"
#include "widgets/CalendarSyncDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace sams;

namespace {
double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("The database."), QStringLiteral("url")});
    parser.process(app);
    const Result<DatabaseUrl> url = DatabaseUrl::parse(parser.value(QStringLiteral("db")));
    if (!url) {
        std::fprintf(stderr, "bench_syncview: %s\n", qPrintable(url.error().message));
        return 2;
    }
    auto database = Database::open(*url, Database::Creation::MustExist);
    if (!database) {
        std::fprintf(stderr, "bench_syncview: %s\n", qPrintable(database.error().message));
        return 1;
    }
    SqlCalendarSync sync(**database);
    QList<double> reads, resets, shows, totals;
    qsizetype rows = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer total;
        total.start();
        QElapsedTimer step;
        step.start();
        SyncFilter filter;
        filter.brief = true;
        const Result<QList<SyncEntry>> entries = sync.list(filter);
        if (!entries)
            return 1;
        reads.append(ms(step));
        rows = entries->size();
        CalendarSyncDialog view;
        step.restart();
        view.setEntries(*entries);
        resets.append(ms(step));
        step.restart();
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return 1;
        view.table()->viewport()->repaint();
        shows.append(ms(step));
        totals.append(ms(total));
    }
    const auto line = [](const char *what, QList<double> v) {
        std::sort(v.begin(), v.end());
        std::printf("  %-48s median %7.2f ms  worst %7.2f ms\n", what, v.at(v.size() / 2), v.last());
    };
    std::printf("sync view on %s, %lld rows\n", qPrintable((*database)->url().displayName()), qlonglong(rows));
    line("read (brief columns, off the GUI thread)", reads);
    line("model reset and first column widths", resets);
    line("dialog shown and painted", shows);
    line("all of it (budget 100 ms)", totals);
    return 0;
}
