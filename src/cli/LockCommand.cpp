#include "cli/LockCommand.h"

#include "core/SlotCalculator.h"
#include "core/StoreScheduleLoader.h"
#include "storage/SqlLockWriter.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::LockCommand)
};
} // namespace

int runLock(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("store"), Text::tr("Store code."), QStringLiteral("code")},
         {QStringLiteral("chair"), Text::tr("Only this chair (default: every chair)."), QStringLiteral("name")},
         {QStringLiteral("from"), Text::tr("Store-local start."), QStringLiteral("YYYY-MM-DDTHH:MM")},
         {QStringLiteral("to"), Text::tr("Store-local end."), QStringLiteral("YYYY-MM-DDTHH:MM")},
         {QStringLiteral("reason"), Text::tr("Why."), QStringLiteral("reason")}});
    if (auto ok = parseArguments(parser, arguments); !ok)
        return context.fail(ok.error());
    const Result<QString> code = required(parser, QStringLiteral("store"));
    const Result<LocalDateTime> from = localDateTimeOption(parser, QStringLiteral("from"));
    const Result<LocalDateTime> to = localDateTimeOption(parser, QStringLiteral("to"));
    const Result<QString> reason = required(parser, QStringLiteral("reason"));
    for (const Error *e : {code ? nullptr : &code.error(), from ? nullptr : &from.error(), to ? nullptr : &to.error(),
                           reason ? nullptr : &reason.error()}) {
        if (e)
            return context.fail(*e);
    }
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    const Result<Store> store = findStore(repository, *code);
    if (!store)
        return context.fail(store.error());
    Lock lock;
    lock.storeId = store->id;
    lock.reason = *reason;
    if (parser.isSet(QStringLiteral("chair"))) {
        const Result<Chair> chair = findChair(repository, *store, parser.value(QStringLiteral("chair")));
        if (!chair)
            return context.fail(chair.error());
        lock.chairId = chair->id;
    }
    auto instant = [&](const LocalDateTime &wall) {
        return SlotCalculator::instantOf(wall.date, wall.minute, store->timeZone());
    };
    lock.startsAt = instant(*from);
    lock.endsAt = instant(*to);
    if (lock.endsAt <= lock.startsAt)
        return context.fail(Error::usage(Text::tr("--to must be after --from.")));

    const QString actor = (*database)->actor();
    const Result<AddedLock> added = SqlLockWriter(**database, actor).add(*store, lock);
    if (!added)
        return context.fail(added.error());
    context.out << added->id << Qt::endl;
    if (!added->reportProblem.isEmpty())
        context.err << "samsctl: "
                    << Text::tr("The lock was added, but what it displaces could not be read: %1 Run samsctl check.")
                           .arg(added->reportProblem)
                    << Qt::endl;
    for (const DayImpact &day : added->displaced) {
        for (const BookedSpan &span : day.appointments)
            context.out << Text::tr("displaces appointment %1 at %2")
                               .arg(span.id)
                               .arg(QDateTime::fromSecsSinceEpoch(span.start, Qt::UTC)
                                        .toTimeZone(store->timeZone())
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                        << Qt::endl;
    }
    return 0;
}

} // namespace sams::cli
