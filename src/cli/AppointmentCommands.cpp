#include "cli/AppointmentCommands.h"

#include "core/SlotCalculator.h"
#include "core/StoreScheduleLoader.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlScheduleRepository.h"

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
} // namespace

int runMove(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), Text::tr("The appointment."));
    parser.addOptions(
        {{QStringLiteral("start"), Text::tr("New store-local start."), QStringLiteral("YYYY-MM-DDTHH:MM")},
         {QStringLiteral("chair"), Text::tr("New chair (default: the same)."), QStringLiteral("name")},
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
    const Result<QList<Chair>> chairs = repository.chairs();
    const Result<QList<Store>> stores = repository.stores();
    for (const Error *e : {appointment ? nullptr : &appointment.error(), chairs ? nullptr : &chairs.error(),
                           stores ? nullptr : &stores.error()}) {
        if (e)
            return context.fail(*e);
    }
    const auto current
        = std::find_if(chairs->cbegin(), chairs->cend(), [&](const Chair &c) { return c.id == appointment->chairId; });
    const auto store = std::find_if(stores->cbegin(), stores->cend(), [&](const Store &s) {
        return current != chairs->cend() && s.id == current->storeId;
    });
    if (store == stores->cend())
        return context.fail(Error::failed(Text::tr("Appointment %1 has no store.").arg(*id)));
    ChairId target = appointment->chairId;
    if (parser.isSet(QStringLiteral("chair"))) {
        const Result<Chair> named = findChair(repository, *store, parser.value(QStringLiteral("chair")));
        if (!named)
            return context.fail(named.error());
        target = named->id;
    }
    const qint64 start = SlotCalculator::instantSecs(wall->date, wall->minute, store->timeZone());
    const Result<int> moved
        = SqlBookingWriter(**database, (*database)->actor()).move(*store, *id, target, start, *version);
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
    const Result<int> cancelled = SqlBookingWriter(**database, (*database)->actor()).cancel(*id, *reason, *version);
    if (!cancelled)
        return context.fail(cancelled.error());
    context.out << *cancelled << Qt::endl;
    return 0;
}

} // namespace sams::cli
