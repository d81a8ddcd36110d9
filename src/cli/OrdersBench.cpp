#include "cli/OrdersBench.h"

#include "cli/BenchData.h"
#include "core/Clock.h"
#include "core/DueToday.h"
#include "storage/Database.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlWorkOrderService.h"

#include <QCoreApplication>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::OrdersBench)
};

Store benchStore(StoreId id, const QString &code, QDate today)
{
    Store store;
    store.id = id;
    store.code = code;
    store.name = code;
    store.timeZoneId = "America/Denver";
    store.opensOn = today.addYears(-1);
    store.visibleFrom = store.opensOn;
    return store;
}

WorkOrder benchOrder(qint64 id, StoreId store, QDate due, int minute, WorkOrderStatus status)
{
    WorkOrder w;
    w.id = id;
    w.storeId = store;
    w.title = QStringLiteral("Fills");
    w.customerName = QStringLiteral("Customer %1").arg(id);
    w.status = status;
    w.dueDate = due;
    if (due.isValid()) {
        w.dueSlot = minute < 0 ? DueSlot::Afternoon : DueSlot::Exact;
        w.dueMinute = minute;
        w.originalDate = due;
    }
    return w;
}

// Store 1: 10,000 open orders of which 40 are due today, 40 overdue from the
// past week and 40 walk-ins; the rest spread over the next 200 days; plus 2,000
// completed. Store 2: 10,000 open orders all due today or earlier.
ChainData ordersChain(QDate today)
{
    ChainData chain;
    chain.stores = {benchStore(1, QStringLiteral("ORD-1"), today), benchStore(2, QStringLiteral("BACKLOG"), today)};
    qint64 id = 1;
    const auto add = [&](StoreId store, QDate due, int minute, WorkOrderStatus status) {
        chain.workOrders.append(benchOrder(id++, store, due, minute, status));
    };
    for (int i = 0; i < 40; ++i) {
        add(1, today, 8 * 60 + i * 15, WorkOrderStatus::Pending);
        add(1, today.addDays(-1 - i % 7), -1, WorkOrderStatus::Pending);
        add(1, QDate(), -1, WorkOrderStatus::Pending);
    }
    for (int i = 0; i < 10000 - 120; ++i)
        add(1, today.addDays(1 + i % 200), 8 * 60 + (i % 48) * 15, WorkOrderStatus::Pending);
    for (int i = 0; i < 2000; ++i)
        add(1, today.addDays(-1 - i % 300), -1, WorkOrderStatus::Completed);
    for (int i = 0; i < 10000; ++i)
        add(2, today.addDays(-(i % 30)), 8 * 60 + (i % 48) * 15, WorkOrderStatus::Pending);
    return chain;
}
} // namespace

int runOrdersBench(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("orders"));
    parser.addOption(
        {QStringLiteral("runs"), Text::tr("Timed runs of each step."), QStringLiteral("n"), QStringLiteral("200")});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const int runs = std::clamp(parser.value(QStringLiteral("runs")).toInt(), 3, 10000);
    auto database = openEmptyForBench(context, QStringLiteral("orders"));
    if (!database)
        return context.fail(database.error());
    const QDateTime now = Clock::nowUtc();
    const QDate today = now.toTimeZone(QTimeZone("America/Denver")).date();
    SqlScheduleRepository repository(**database);
    if (auto ok = repository.insertChain(ordersChain(today)); !ok)
        return context.fail(ok.error());
    SqlWorkOrderService orders(**database, (*database)->actor());
    context.out << Text::tr("%1: store ORD-1 with 10,000 open work orders (120 on today's panel) and 2,000 done; "
                            "store BACKLOG with 10,000 open orders all due by today")
                       .arg((*database)->url().displayName())
                << Qt::endl;

    const auto panel = [&](StoreId store) {
        return timed(runs, [&]() -> qsizetype {
            const Result<QList<OpenOrders>> open = orders.openOrders({store}, now);
            if (!open)
                return -1;
            return dueTodayEntries(open->first().store, open->first().orders, now).size();
        });
    };
    const auto [due, rows] = panel(1);
    context.out << timingRow(Text::tr("due-today read and classification, 10,000 open orders"), due,
                             QStringLiteral("5 ms"), Text::tr("%1 rows").arg(rows))
                << Qt::endl;
    const auto [month, counted] = timed(runs, [&]() -> qsizetype {
        const Result<QList<WorkOrder>> read
            = orders.ordersDue(1, today.addDays(-today.day() + 1), today.addDays(today.daysInMonth() - today.day()));
        return read ? read->size() : -1;
    });
    context.out << timingRow(Text::tr("month view's orders, one month"), month, QStringLiteral("-"),
                             Text::tr("%1 orders").arg(counted))
                << Qt::endl;
    // Make today's reminder, then time the job as every desktop runs it each minute.
    const QDateTime late = now.toTimeZone(QTimeZone("America/Denver")).date().endOfDay(QTimeZone("America/Denver"));
    if (const Result<QList<OrderReminder>> first = orders.runReminders(late, {}); !first)
        return context.fail(first.error());
    const auto [remind, made] = timed(runs, [&]() -> qsizetype {
        const Result<QList<OrderReminder>> again = orders.runReminders(late, {});
        return again ? again->size() : -1;
    });
    context.out << timingRow(
        Text::tr("reminder job once the day's reminders are made or nothing is due (each desktop, each minute)"),
        remind, QStringLiteral("-"), Text::tr("%1 made").arg(made))
                << Qt::endl;
    const auto [backlog, backlogRows] = panel(2);
    context.out << timingRow(Text::tr("due-today, 10,000 orders all due by today (for scale)"), backlog,
                             QStringLiteral("-"), Text::tr("%1 rows").arg(backlogRows))
                << Qt::endl;
    return 0;
}

} // namespace sams::cli
