#include "cli/OutboxBench.h"

#include "cli/BenchData.h"
#include "core/Clock.h"
#include "notify/DeliveryWorker.h"
#include "notify/SmtpMailer.h"
#include "storage/Database.h"
#include "storage/SqlNotifyConfig.h"
#include "storage/SqlOutbox.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>

#include <thread>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::OutboxBench)
};

constexpr int chairCount = 20;

// Records how long each send takes.
class TimedMailer : public MailTransport
{
public:
    TimedMailer(std::unique_ptr<MailTransport> inner, QList<double> &samples, QMutex &mutex)
        : m_inner(std::move(inner))
        , m_samples(samples)
        , m_mutex(mutex)
    { }
    SendOutcome send(const MailMessage &message) override
    {
        QElapsedTimer timer;
        timer.start();
        SendOutcome outcome = m_inner->send(message);
        const QMutexLocker lock(&m_mutex);
        m_samples.append(double(timer.nsecsElapsed()) / 1e6);
        return outcome;
    }

private:
    std::unique_ptr<MailTransport> m_inner;
    QList<double> &m_samples;
    QMutex &m_mutex;
};

// Message-IDs of the messages in a Maildir: how many arrived, how many distinct.
std::pair<int, int> maildirCount(const QString &maildir)
{
    int files = 0;
    QSet<QByteArray> ids;
    for (const char *sub : {"/new", "/cur"}) {
        QDir dir(maildir + QLatin1String(sub));
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            for (const QByteArray &line : f.read(4096).split('\n')) {
                if (line.startsWith("Message-ID:"))
                    ids.insert(line.trimmed());
            }
        }
    }
    return {files, int(ids.size())};
}
} // namespace

int runOutboxBench(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("outbox"));
    parser.addOptions(
        {{QStringLiteral("smtp"), Text::tr("The SMTP server to drain to."), QStringLiteral("host:port")},
         {QStringLiteral("messages"), Text::tr("Messages to queue and send."), QStringLiteral("n"),
          QStringLiteral("1000")},
         {QStringLiteral("workers"), Text::tr("Delivery workers at once."), QStringLiteral("n"), QStringLiteral("2")},
         {QStringLiteral("maildir"), Text::tr("The server's Maildir, to count arrivals."), QStringLiteral("dir")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const Result<QString> smtp = required(parser, QStringLiteral("smtp"));
    if (!smtp)
        return context.fail(smtp.error());
    const int messages = std::clamp(parser.value(QStringLiteral("messages")).toInt(), 10, 5000);
    const int workers = std::clamp(parser.value(QStringLiteral("workers")).toInt(), 1, 8);
    auto database = openEmptyForBench(context, QStringLiteral("outbox"));
    if (!database)
        return context.fail(database.error());
    const QTimeZone zone("America/Chicago");
    const QDate today = Clock::nowUtc().toTimeZone(zone).date();
    SqlScheduleRepository repository(**database);
    if (auto ok = repository.insertChain(
            benchStoreChain(today, QStringLiteral("MAIL"), QStringLiteral("Mail Bench"), chairCount));
        !ok)
        return context.fail(ok.error());
    const Result<Store> store = repository.store(1);
    if (!store)
        return context.fail(store.error());
    SqlNotifyConfig config(**database);
    NotifySettings settings = *config.settings();
    settings.smtpUrl = QStringLiteral("smtp://") + *smtp;
    settings.mailFrom = QStringLiteral("bench@sams.example");
    if (auto ok = config.saveSettings(settings); !ok)
        return context.fail(ok.error());
    context.out << Text::tr("%1: one store, %2 chairs; %3 bookings with an e-mail and %3 without, alternating")
                       .arg((*database)->url().displayName())
                       .arg(chairCount)
                       .arg(messages)
                << Qt::endl;

    // Booking with and without queueing: each in a place of its own, from tomorrow.
    SqlScheduleWriter writer(**database, (*database)->actor());
    QList<double> withMail, without;
    const int slotsPerDay = (benchLastMinute - benchFirstMinute) / store->slotMinutes;
    for (int i = 0; i < 2 * messages; ++i) {
        const int place = i / chairCount;
        BookingRequest request;
        request.chairId = 1 + i % chairCount;
        request.start
            = QDateTime(today.addDays(1 + place / slotsPerDay),
                        QTime(0, 0).addSecs((benchFirstMinute + (place % slotsPerDay) * store->slotMinutes) * 60), zone)
                  .toSecsSinceEpoch();
        Appointment details;
        details.customerName = QStringLiteral("Customer %1").arg(i);
        if (i % 2 == 0)
            details.customerEmail = QStringLiteral("customer%1@example.com").arg(i);
        QElapsedTimer timer;
        timer.start();
        const Result<AppointmentId> id = writer.book(*store, request, details);
        if (!id)
            return context.fail(id.error());
        (i % 2 == 0 ? withMail : without).append(double(timer.nsecsElapsed()) / 1e6);
    }
    const Timing queued = summarize(withMail);
    const Timing plain = summarize(without);
    context.out
        << timingRow(Text::tr("booking with a customer e-mail (queues confirmation and reminder)"), queued,
                     QStringLiteral("-"))
        << Qt::endl
        << timingRow(Text::tr("booking without one (nothing queued)"), plain, QStringLiteral("-")) << Qt::endl
        << Text::tr("  queueing adds %1 ms at the median (budget 1 ms)").arg(queued.median - plain.median, 0, 'f', 3)
        << Qt::endl;

    // Drain: W workers at once, each its own connection, as W desktops would.
    QList<double> sends;
    QMutex mutex;
    QList<DeliveryTally> tallies(workers);
    const DatabaseUrl url = (*database)->url();
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    threads.reserve(size_t(workers));
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&, w] {
            auto own = Database::open(url, Database::Creation::MustExist);
            if (!own)
                return;
            SqlOutbox outbox(**own, (*own)->actor());
            SqlNotifyConfig ownConfig(**own);
            DeliveryWorker worker(
                outbox, ownConfig,
                [&](const NotifySettings &n) {
                    TransportSet set;
                    set.mail = std::make_unique<TimedMailer>(
                        std::make_unique<SmtpMailer>(SmtpConfig{n.smtpUrl, false, {}, {}, 10, 30, nullptr}), sends,
                        mutex);
                    return set;
                },
                {});
            if (const Result<DeliveryTally> tally = worker.runOnce(); tally)
                tallies[w] = *tally;
        });
    }
    for (std::thread &t : threads)
        t.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    int sent = 0;
    int failed = 0;
    for (const DeliveryTally &t : std::as_const(tallies)) {
        sent += t.sent;
        failed += t.retrying + t.dead + t.unknown + t.lost;
    }
    QSqlQuery twice((*database)->connection());
    twice.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'sent' AND attempts > 1"));
    const int resent = twice.next() ? twice.value(0).toInt() : -1;
    context.out << Text::tr("  drained %1 messages with %2 worker(s) in %3 s: %4 messages/s; %5 not sent")
                       .arg(sent)
                       .arg(workers)
                       .arg(seconds, 0, 'f', 2)
                       .arg(sent / seconds, 0, 'f', 0)
                       .arg(failed)
                << Qt::endl
                << timingRow(Text::tr("one message's send (SMTP connection to 250 OK)"), summarize(sends),
                             QStringLiteral("-"))
                << Qt::endl
                << Text::tr("  per message, claim to recorded end, all workers: %1 ms")
                       .arg(seconds * 1000.0 * workers / qMax(1, sent), 0, 'f', 2)
                << Qt::endl
                << Text::tr("  sent more than once (attempts > 1): %1").arg(resent) << Qt::endl;
    if (parser.isSet(QStringLiteral("maildir"))) {
        const auto [files, distinct] = maildirCount(parser.value(QStringLiteral("maildir")));
        context.out << Text::tr("  the server holds %1 messages, %2 distinct Message-IDs: %3 duplicates")
                           .arg(files)
                           .arg(distinct)
                           .arg(files - distinct)
                    << Qt::endl;
    }
    return sent == messages && failed == 0 ? 0 : 1;
}

} // namespace sams::cli
