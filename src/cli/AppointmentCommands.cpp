#include "cli/AppointmentCommands.h"

#include "core/SlotCalculator.h"
#include "core/StoreScheduleLoader.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"

#include <QCoreApplication>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::AppointmentCommands)
};

Result<AppointmentId> idArgument(const QCommandLineParser &parser)
{
    bool ok = false;
    const AppointmentId id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::unexpected(
            Error::usage(Text::tr("\"%1\" is not an appointment id.").arg(parser.positionalArguments().first())));
    return id;
}

Result<int> versionOption(const QCommandLineParser &parser)
{
    const Result<QString> text = required(parser, QStringLiteral("version"));
    if (!text)
        return std::unexpected(text.error());
    bool ok = false;
    const int version = text->toInt(&ok);
    if (!ok || version < 1)
        return std::unexpected(Error::usage(Text::tr("--version \"%1\" is not a version number.").arg(*text)));
    return version;
}

// The store an appointment belongs to, as it is now.
Result<Store> storeOf(SqlScheduleRepository &repository, const Appointment &appointment)
{
    const Result<QList<Chair>> chairs = repository.chairs();
    if (!chairs)
        return std::unexpected(chairs.error());
    const auto chair
        = std::find_if(chairs->cbegin(), chairs->cend(), [&](const Chair &c) { return c.id == appointment.chairId; });
    if (chair == chairs->cend())
        return std::unexpected(Error::failed(Text::tr("Appointment %1 has no store.").arg(appointment.id)));
    return repository.store(chair->storeId);
}
} // namespace

int runMove(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), Text::tr("The appointment."));
    parser.addOptions(
        {{QStringLiteral("start"), Text::tr("New store-local start."), QStringLiteral("YYYY-MM-DDTHH:MM")},
         {QStringLiteral("chair"), Text::tr("New chair (default: the same)."), QStringLiteral("name")},
         {QStringLiteral("slots"), Text::tr("New length in slots (default: the same)."), QStringLiteral("n")},
         {QStringLiteral("version"), Text::tr("The version you saw."), QStringLiteral("v")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const Result<AppointmentId> id = idArgument(parser);
    const Result<LocalDateTime> wall = localDateTimeOption(parser, QStringLiteral("start"));
    const Result<int> version = versionOption(parser);
    for (const Error *e :
         {id ? nullptr : &id.error(), wall ? nullptr : &wall.error(), version ? nullptr : &version.error()}) {
        if (e)
            return context.fail(*e);
    }

    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    const Result<Appointment> appointment = repository.appointment(*id);
    if (!appointment)
        return context.fail(appointment.error());
    const Result<Store> store = storeOf(repository, *appointment);
    if (!store)
        return context.fail(store.error());
    ChairId target = appointment->chairId;
    if (parser.isSet(QStringLiteral("chair"))) {
        const Result<Chair> named = findChair(repository, *store, parser.value(QStringLiteral("chair")));
        if (!named)
            return context.fail(named.error());
        target = named->id;
    }
    int slots = 0;
    if (parser.isSet(QStringLiteral("slots"))) {
        bool ok = false;
        slots = parser.value(QStringLiteral("slots")).toInt(&ok);
        if (!ok || slots < 1)
            return context.fail(Error::usage(
                Text::tr("--slots \"%1\" is not a number of slots.").arg(parser.value(QStringLiteral("slots")))));
    }
    const qint64 start = SlotCalculator::instantSecs(wall->date, wall->minute, store->timeZone());
    const Result<int> moved
        = SqlScheduleWriter(**database, (*database)->actor()).reschedule(*store, *id, target, start, slots, *version);
    if (!moved)
        return context.fail(moved.error());
    context.out << *moved << Qt::endl;
    return 0;
}

int runCancel(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), Text::tr("The appointment."));
    parser.addOptions({{QStringLiteral("reason"), Text::tr("Why it is cancelled."), QStringLiteral("reason")},
                       {QStringLiteral("version"), Text::tr("The version you saw."), QStringLiteral("v")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const Result<AppointmentId> id = idArgument(parser);
    const Result<QString> reason = required(parser, QStringLiteral("reason"));
    const Result<int> version = versionOption(parser);
    for (const Error *e :
         {id ? nullptr : &id.error(), reason ? nullptr : &reason.error(), version ? nullptr : &version.error()}) {
        if (e)
            return context.fail(*e);
    }
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    const Result<int> cancelled = SqlScheduleWriter(**database, (*database)->actor()).cancel(*id, *reason, *version);
    if (!cancelled)
        return context.fail(cancelled.error());
    context.out << *cancelled << Qt::endl;
    return 0;
}

int runStatus(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), Text::tr("The appointment."));
    parser.addOptions(
        {{QStringLiteral("to"), Text::tr("The new status: pending, confirmed, checked_in, completed or no_show."),
          QStringLiteral("status")},
         {QStringLiteral("reason"), Text::tr("Why (optional; kept in history)."), QStringLiteral("reason")},
         {QStringLiteral("version"), Text::tr("The version you saw."), QStringLiteral("v")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const Result<AppointmentId> id = idArgument(parser);
    const Result<QString> toText = required(parser, QStringLiteral("to"));
    const Result<int> version = versionOption(parser);
    for (const Error *e :
         {id ? nullptr : &id.error(), toText ? nullptr : &toText.error(), version ? nullptr : &version.error()}) {
        if (e)
            return context.fail(*e);
    }
    const std::optional<AppointmentStatus> to = parseStatus(*toText);
    // Cancelling has its own verb: it asks for a reason.
    if (!to || *to == AppointmentStatus::Cancelled)
        return context.fail(Error::usage(
            Text::tr("--to \"%1\" is not one of pending, confirmed, checked_in, completed, no_show (use samsctl "
                     "cancel to cancel).")
                .arg(*toText)));
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    const Result<Appointment> appointment = repository.appointment(*id);
    if (!appointment)
        return context.fail(appointment.error());
    const Result<Store> store = storeOf(repository, *appointment);
    if (!store)
        return context.fail(store.error());
    const Result<int> changed = SqlScheduleWriter(**database, (*database)->actor())
                                    .setStatus(*store, *id, *to, *version, parser.value(QStringLiteral("reason")));
    if (!changed)
        return context.fail(changed.error());
    context.out << *changed << Qt::endl;
    return 0;
}

int runUnlock(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), Text::tr("The lock (its id, as samsctl lock printed it)."));
    parser.addOptions({{QStringLiteral("reason"), Text::tr("Why it is removed."), QStringLiteral("reason")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    bool numeric = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&numeric);
    if (!numeric || id <= 0)
        return context.fail(
            Error::usage(Text::tr("\"%1\" is not a lock id.").arg(parser.positionalArguments().first())));
    const Result<QString> reason = required(parser, QStringLiteral("reason"));
    if (!reason)
        return context.fail(reason.error());
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    const Result<Lock> removed = SqlScheduleWriter(**database, (*database)->actor()).removeLock(id, *reason);
    if (!removed)
        return context.fail(removed.error());
    context.out << Text::tr("Removed lock %1 (%2).").arg(id).arg(removed->reason) << Qt::endl;
    return 0;
}

} // namespace sams::cli
