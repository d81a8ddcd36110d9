#include "cli/SyncBench.h"

#include "calendarsync/CalDavClient.h"
#include "calendarsync/SyncWorker.h"
#include "cli/BenchData.h"
#include "core/Clock.h"
#include "net/HttpClient.h"
#include "storage/Database.h"
#include "storage/SqlCalendarSync.h"
#include "storage/SqlNotifyConfig.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::SyncBench)
};

constexpr int chairCount = 20;

// Times each request of one kind.
class TimedClient : public CalendarClient
{
public:
    TimedClient(std::unique_ptr<CalendarClient> inner, QHash<QString, QList<double>> &samples)
        : m_inner(std::move(inner))
        , m_samples(samples)
    { }
    RemoteResult ensureCalendar(const QString &installation) override { return m_inner->ensureCalendar(installation); }
    RemoteResult create(const EventContent &e) override
    {
        return timed(QStringLiteral("create"), [&] { return m_inner->create(e); });
    }
    RemoteResult update(const QString &id, const QString &etag, const EventContent &e) override
    {
        return timed(QStringLiteral("update"), [&] { return m_inner->update(id, etag, e); });
    }
    RemoteResult remove(const QString &id, const QString &etag) override
    {
        return timed(QStringLiteral("delete"), [&] { return m_inner->remove(id, etag); });
    }
    RemoteResult lookup(const EventContent &e) override { return m_inner->lookup(e); }
    RemoteResult removeCalendar() override { return m_inner->removeCalendar(); }
    RemoteResult checkCalendar() override { return m_inner->checkCalendar(); }

private:
    template<typename Call> RemoteResult timed(const QString &kind, Call call)
    {
        QElapsedTimer timer;
        timer.start();
        RemoteResult r = call();
        m_samples[kind].append(double(timer.nsecsElapsed()) / 1e6);
        return r;
    }
    std::unique_ptr<CalendarClient> m_inner;
    QHash<QString, QList<double>> &m_samples;
};

// Events in the collection (PROPFIND Depth 1, the collection's own answer not counted).
int eventsIn(const QString &calendar, const QString &login, const QString &password)
{
    HttpRequest r;
    r.method = "PROPFIND";
    r.url = calendar;
    r.user = login;
    r.password = password;
    r.headers = {{"Depth", "1"}, {"Content-Type", "application/xml"}};
    r.body = "<?xml version=\"1.0\"?><d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/></d:prop></d:propfind>";
    r.timeoutSeconds = 120;
    const HttpResponse answer = httpRequest(r);
    if (answer.status != 207)
        return -1;
    return int(answer.body.count("<response>") + answer.body.count("<d:response>") + answer.body.count("<D:response>"))
        - 1;
}
} // namespace

int runSyncBench(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("sync"));
    parser.addOptions({{QStringLiteral("caldav"), Text::tr("The CalDAV server."), QStringLiteral("url")},
                       {QStringLiteral("login"), Text::tr("Its login."), QStringLiteral("login")},
                       {QStringLiteral("password-stdin"), Text::tr("Read the password from standard input.")},
                       {QStringLiteral("changes"), Text::tr("Bookings, then as many moves and cancellations."),
                        QStringLiteral("n"), QStringLiteral("1000")},
                       {QStringLiteral("rows"), Text::tr("Rows for the sync view's read."), QStringLiteral("n"),
                        QStringLiteral("10000")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const Result<QString> url = required(parser, QStringLiteral("caldav"));
    if (!url)
        return context.fail(url.error());
    const Result<QString> login = required(parser, QStringLiteral("login"));
    if (!login)
        return context.fail(login.error());
    const QString password = parser.isSet(QStringLiteral("password-stdin")) ? QTextStream(stdin).readLine() : QString();
    const int changes = std::clamp(parser.value(QStringLiteral("changes")).toInt(), 10, 5000);
    const int rows = std::clamp(parser.value(QStringLiteral("rows")).toInt(), changes, 20000);
    auto database = openEmptyForBench(context, QStringLiteral("sync"));
    if (!database)
        return context.fail(database.error());
    const QTimeZone zone("America/Chicago");
    const QDate today = Clock::nowUtc().toTimeZone(zone).date();
    SqlScheduleRepository repository(**database);
    if (auto ok = repository.insertChain(
            benchStoreChain(today, QStringLiteral("CAL"), QStringLiteral("Calendar Bench"), chairCount));
        !ok)
        return context.fail(ok.error());
    const Result<Store> store = repository.store(1);
    if (!store)
        return context.fail(store.error());
    SqlCalendarSync sync(**database);
    const QString installation = SqlNotifyConfig(**database).settings()->installation;
    CalDavClient connect({*url, {}, *login, password, 30, nullptr});
    const RemoteResult calendar = connect.ensureCalendar(installation);
    if (calendar.kind != RemoteResult::Kind::Done)
        return context.fail(
            Error::failed(Text::tr("The CalDAV server did not give a calendar: %1").arg(calendar.error)));
    CalendarAccount account;
    account.provider = CalendarProvider::CalDav;
    account.accountUrl = *url;
    account.login = *login;
    account.calendarRef = calendar.remoteId;
    account.label = QStringLiteral("bench");
    account.stores = {1};
    if (auto id = sync.addAccount(account, Clock::nowUtc().toSecsSinceEpoch()); !id)
        return context.fail(id.error());
    context.out << Text::tr("%1: one store, %2 chairs; %3 bookings, %3 moves, %3 cancellations pushed to %4")
                       .arg((*database)->url().displayName())
                       .arg(chairCount)
                       .arg(changes)
                       .arg(calendar.remoteId)
                << Qt::endl;

    QHash<QString, QList<double>> samples;
    SyncWorker worker(
        sync, [&](const CalendarAccount &, bool) { return std::optional(passwordCredentials(password)); },
        [&](const CalendarAccount &a, const CalendarCredentials &c,
            AbortFlag abort) -> std::unique_ptr<CalendarClient> {
            return std::make_unique<TimedClient>(makeCalendarClient(a, c, abort), samples);
        },
        {});
    const auto pass = [&](const QString &what) -> bool {
        QElapsedTimer wall;
        wall.start();
        const Result<SyncTally> tally = worker.runOnce();
        if (!tally) {
            context.fail(tally.error());
            return false;
        }
        context.out << Text::tr("  %1: pushed %2, deleted %3, retrying %4, failed %5 in %6 s")
                           .arg(what)
                           .arg(tally->pushed)
                           .arg(tally->deleted)
                           .arg(tally->retrying)
                           .arg(tally->dead)
                           .arg(double(wall.elapsed()) / 1000.0, 0, 'f', 2)
                    << Qt::endl;
        return true;
    };

    SqlScheduleWriter writer(**database, (*database)->actor());
    const int slotsPerDay = (benchLastMinute - benchFirstMinute) / store->slotMinutes;
    const auto placeStart = [&](int place) {
        return QDateTime(today.addDays(1 + place / (slotsPerDay * chairCount)),
                         QTime(0, 0).addSecs(
                             (benchFirstMinute + (place / chairCount % slotsPerDay) * store->slotMinutes) * 60),
                         zone)
            .toSecsSinceEpoch();
    };
    QList<AppointmentId> ids;
    for (int i = 0; i < changes; ++i) {
        BookingRequest request;
        request.chairId = 1 + i % chairCount;
        request.start = placeStart(i);
        Appointment details;
        details.customerName = QStringLiteral("Customer %1").arg(i);
        details.service = QStringLiteral("Cut");
        const Result<AppointmentId> id = writer.book(*store, request, details);
        if (!id)
            return context.fail(id.error());
        ids.append(*id);
    }
    if (!pass(Text::tr("creates")))
        return 1;
    const int afterCreate = eventsIn(calendar.remoteId, *login, password);
    for (int i = 0; i < changes; ++i) {
        // To the place `changes` further on: free, as only the first `changes` are booked.
        const Result<int> moved
            = writer.reschedule(*store, ids.at(i), 1 + (changes + i) % chairCount, placeStart(changes + i), 1, 1);
        if (!moved)
            return context.fail(moved.error());
    }
    if (!pass(Text::tr("updates")))
        return 1;
    const int afterUpdate = eventsIn(calendar.remoteId, *login, password);
    for (int i = 0; i < changes; ++i) {
        if (auto cancelled = writer.cancel(ids.at(i), QStringLiteral("bench"), 2); !cancelled)
            return context.fail(cancelled.error());
    }
    if (!pass(Text::tr("deletes")))
        return 1;
    const int afterDelete = eventsIn(calendar.remoteId, *login, password);
    for (const QString &kind : {QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete")})
        context.out << timingRow(Text::tr("one %1 (request to answer)").arg(kind), summarize(samples.value(kind)),
                                 QStringLiteral("-"), Text::tr("%1 requests").arg(samples.value(kind).size()))
                    << Qt::endl;
    context.out << Text::tr("  events in the calendar: %1 after %2 bookings, %3 after the moves, %4 after the "
                            "cancellations; duplicates: %5")
                       .arg(afterCreate)
                       .arg(changes)
                       .arg(afterUpdate)
                       .arg(afterDelete)
                       .arg(std::max(0, afterCreate - changes) + std::max(0, afterUpdate - changes)
                            + std::max(0, afterDelete))
                << Qt::endl;

    // The sync view's read: `rows` rows (the cancelled ones, and new bookings not pushed).
    for (int i = changes; i < rows; ++i) {
        BookingRequest request;
        request.chairId = 1 + (2 * changes + i) % chairCount;
        request.start = placeStart(2 * changes + i);
        Appointment details;
        details.customerName = QStringLiteral("Customer %1").arg(i);
        if (auto id = writer.book(*store, request, details); !id)
            return context.fail(id.error());
    }
    SyncFilter view;
    view.brief = true;
    const auto [read, count] = timed(20, [&] { return sync.list(view).value_or(QList<SyncEntry>()).size(); });
    context.out << timingRow(Text::tr("sync view's read of every row (the view's columns)"), read, QStringLiteral("-"),
                             Text::tr("%1 rows").arg(count))
                << Qt::endl;
    const auto [full, fullCount] = timed(10, [&] { return sync.list({}).value_or(QList<SyncEntry>()).size(); });
    context.out << timingRow(Text::tr("the same with every column (samsctl sync status)"), full, QStringLiteral("-"),
                             Text::tr("%1 rows").arg(fullCount))
                << Qt::endl;
    return 0;
}

} // namespace sams::cli
