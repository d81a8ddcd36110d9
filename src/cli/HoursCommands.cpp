#include "cli/RuleOptions.h"
#include "cli/RulesCommands.h"

#include "storage/SqlRulesWriter.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::HoursCommands)
};

// The subcommand, the first positional argument, one of `names`.
Result<QString> subcommand(const QCommandLineParser &parser, const QStringList &names)
{
    const QString name = parser.positionalArguments().value(0);
    if (!names.contains(name))
        return std::unexpected(Error::usage(Text::tr("Say which: %1.").arg(names.join(QStringLiteral(", ")))));
    return name;
}

// --version V, or the version now stored (0: none), for a script that replaces
// whatever is there.
Result<int> versionOption(const QCommandLineParser &parser, int stored)
{
    if (!parser.isSet(QStringLiteral("version")))
        return stored;
    bool ok = false;
    const int version = parser.value(QStringLiteral("version")).toInt(&ok);
    if (!ok || version < 0)
        return std::unexpected(Error::usage(Text::tr("--version takes a number.")));
    return version;
}

int finish(const CommandContext &context, ScheduleRepository &repository, const Store &store,
           const Result<RulesSaved> &saved)
{
    if (!saved)
        return context.fail(saved.error());
    printDisplaced(context, repository, store, saved->displaced);
    return 0;
}
} // namespace

int runHours(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set | remove"));
    parser.addOptions({{QStringLiteral("store"), Text::tr("Store code."), QStringLiteral("code")},
                       {QStringLiteral("chair"), Text::tr("This chair's own hours."), QStringLiteral("name")},
                       {QStringLiteral("from"), Text::tr("The day the hours take effect."), QStringLiteral("date")},
                       {QStringLiteral("hours"), Text::tr("The week, e.g. \"mon-fri 09:00-12:00,13:00-17:00\"."),
                        QStringLiteral("week")},
                       {QStringLiteral("follow-store"), Text::tr("The chair follows the store's hours again.")},
                       {QStringLiteral("version"), Text::tr("The version replaced."), QStringLiteral("n")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const Result<QString> action = subcommand(parser, {QStringLiteral("set"), QStringLiteral("remove")});
    const Result<QDate> from = dateOption(parser, QStringLiteral("from"));
    if (!action || !from)
        return context.fail(!action ? action.error() : from.error());
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    const Result<StoreAndChair> target = storeAndChair(repository, parser);
    if (!target)
        return context.fail(target.error());
    std::optional<ChairId> chairId;
    if (target->chair)
        chairId = target->chair->id;
    const Result<QList<HoursVersion>> versions = repository.hoursVersions(target->store.id);
    if (!versions)
        return context.fail(versions.error());
    const auto stored = std::ranges::find_if(
        *versions, [&](const HoursVersion &v) { return v.chairId == chairId && v.effectiveFrom == *from; });
    const Result<int> version = versionOption(parser, stored == versions->cend() ? 0 : stored->version);
    if (!version)
        return context.fail(version.error());
    SqlRulesWriter writer(**database, (*database)->actor());

    if (*action == QLatin1String("remove")) {
        if (stored == versions->cend())
            return context.fail(Error::usage(
                Text::tr("%1 has no hours from %2 to remove.").arg(target->store.code, from->toString(Qt::ISODate))));
        return finish(context, repository, target->store, writer.removeHours(stored->id, *version));
    }
    HoursVersion hours;
    hours.storeId = target->store.id;
    hours.chairId = chairId;
    hours.effectiveFrom = *from;
    hours.followsStore = parser.isSet(QStringLiteral("follow-store"));
    if (parser.isSet(QStringLiteral("hours")) == hours.followsStore)
        return context.fail(Error::usage(Text::tr("Give either --hours or --follow-store.")));
    if (!hours.followsStore) {
        const Result<std::array<DayIntervals, 7>> week
            = parseWeek(parser.value(QStringLiteral("hours")), QStringLiteral("hours"));
        if (!week)
            return context.fail(week.error());
        hours.week = *week;
    }
    return finish(context, repository, target->store, writer.saveHours(hours, *version));
}

int runException(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add | remove"));
    parser.addOptions(
        {{QStringLiteral("store"), Text::tr("Store code, or several separated by commas."), QStringLiteral("codes")},
         {QStringLiteral("chair"), Text::tr("Only this chair."), QStringLiteral("name")},
         {QStringLiteral("date"), Text::tr("The day."), QStringLiteral("date")},
         {QStringLiteral("hours"), Text::tr("Special hours that day (default: closed all day)."),
          QStringLiteral("intervals")},
         {QStringLiteral("reason"), Text::tr("Why, e.g. \"Inventory\"."), QStringLiteral("text")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const Result<QString> action = subcommand(parser, {QStringLiteral("add"), QStringLiteral("remove")});
    const Result<QDate> date = dateOption(parser, QStringLiteral("date"));
    const Result<QString> reason = required(parser, QStringLiteral("reason"));
    const Result<QString> codes = required(parser, QStringLiteral("store"));
    const Result<DayIntervals> intervals
        = parseDayIntervals(parser.value(QStringLiteral("hours")), QStringLiteral("hours"));
    for (const Error *e :
         {action ? nullptr : &action.error(), date ? nullptr : &date.error(), reason ? nullptr : &reason.error(),
          codes ? nullptr : &codes.error(), intervals ? nullptr : &intervals.error()}) {
        if (e)
            return context.fail(*e);
    }
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    // Every store is found before any is written, so a misspelt code changes nothing.
    QList<StoreAndChair> targets;
    for (const QString &code : codes->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const Result<StoreAndChair> target
            = storeAndChair(repository, code.trimmed(), parser.value(QStringLiteral("chair")));
        if (!target)
            return context.fail(target.error());
        targets.append(*target);
    }
    SqlRulesWriter writer(**database, (*database)->actor());
    for (const StoreAndChair &target : std::as_const(targets)) {
        std::optional<ChairId> chairId;
        if (target.chair)
            chairId = target.chair->id;
        const Result<QList<DateException>> onDate = repository.exceptions(target.store.id, *date, *date);
        if (!onDate)
            return context.fail(onDate.error());
        const auto stored = std::ranges::find_if(*onDate, [&](const DateException &e) { return e.chairId == chairId; });
        const int version = stored == onDate->cend() ? 0 : stored->version;
        Result<RulesSaved> saved = std::unexpected(Error::failed(QString()));
        if (*action == QLatin1String("remove")) {
            if (stored == onDate->cend())
                return context.fail(Error::usage(Text::tr("%1 has no exception on %2 to remove.")
                                                     .arg(target.store.code, date->toString(Qt::ISODate))));
            saved = writer.removeException(stored->id, version, *reason);
        } else {
            saved = writer.saveException(DateException{0, target.store.id, chairId, *date, *intervals, *reason, 1},
                                         version);
        }
        if (const int code = finish(context, repository, target.store, saved); code != 0)
            return code;
    }
    return 0;
}

} // namespace sams::cli
