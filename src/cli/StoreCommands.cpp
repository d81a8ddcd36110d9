#include "cli/RuleOptions.h"
#include "cli/RulesCommands.h"

#include "core/TextRules.h"
#include "storage/SqlRulesWriter.h"
#include "storage/SqlScheduleRepository.h"

#include <QCoreApplication>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::StoreCommands)
};

// A date option that may say "none" (no date: open-ended, not active).
Result<QDate> dateOrNone(const QCommandLineParser &parser, const QString &name)
{
    if (parser.value(name) == QLatin1String("none"))
        return QDate();
    return dateOption(parser, name);
}

Result<int> number(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok)
        return std::unexpected(Error::usage(Text::tr("--%1 takes a whole number.").arg(name)));
    return value;
}
} // namespace

int runChair(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add | end | rename"));
    parser.addOptions({{QStringLiteral("store"), Text::tr("Store code."), QStringLiteral("code")},
                       {QStringLiteral("chair"), Text::tr("The chair's name."), QStringLiteral("name")},
                       {QStringLiteral("starts"), Text::tr("Its first day (add)."), QStringLiteral("date")},
                       {QStringLiteral("ends"), Text::tr("Its last day (add; optional)."), QStringLiteral("date")},
                       {QStringLiteral("on"), Text::tr("Its last day, or none (end)."), QStringLiteral("date")},
                       {QStringLiteral("to"), Text::tr("The new name (rename)."), QStringLiteral("name")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const QString action = parser.positionalArguments().value(0);
    if (action != QLatin1String("add") && action != QLatin1String("end") && action != QLatin1String("rename"))
        return context.fail(Error::usage(Text::tr("Say which: add, end, rename.")));
    const Result<QString> name = required(parser, QStringLiteral("chair"));
    const Result<QString> code = required(parser, QStringLiteral("store"));
    if (!name || !code)
        return context.fail(!name ? name.error() : code.error());
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    const Result<StoreAndChair> target
        = storeAndChair(repository, *code, action == QLatin1String("add") ? QString() : *name);
    if (!target)
        return context.fail(target.error());
    Chair chair = target->chair.value_or(Chair{0, target->store.id, *name, {}, {}, 1});
    if (action == QLatin1String("add")) {
        const Result<QDate> starts = dateOption(parser, QStringLiteral("starts"));
        const Result<QDate> ends = parser.isSet(QStringLiteral("ends")) ? dateOrNone(parser, QStringLiteral("ends"))
                                                                        : Result<QDate>(QDate());
        if (!starts || !ends)
            return context.fail(!starts ? starts.error() : ends.error());
        chair.startsOn = *starts;
        chair.endsOn = *ends;
    } else if (action == QLatin1String("end")) {
        const Result<QDate> on = dateOrNone(parser, QStringLiteral("on"));
        if (!on)
            return context.fail(on.error());
        chair.endsOn = *on;
    } else {
        const Result<QString> to = required(parser, QStringLiteral("to"));
        if (!to)
            return context.fail(to.error());
        chair.name = *to;
    }
    const Result<RulesSaved> saved = SqlRulesWriter(**database, (*database)->actor()).saveChair(chair);
    if (!saved)
        return context.fail(saved.error());
    if (action == QLatin1String("add"))
        context.out << saved->id << '\n';
    printDisplaced(context, repository, target->store, saved->displaced);
    return 0;
}

int runStore(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set"));
    const QStringList texts{QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("phone"),
                            QStringLiteral("instructions"), QStringLiteral("timezone")};
    const QStringList numbers{QStringLiteral("slot-minutes"), QStringLiteral("capacity"),
                              QStringLiteral("horizon-days"), QStringLiteral("min-notice-minutes")};
    const QStringList dates{QStringLiteral("visible-from"), QStringLiteral("opens-on"), QStringLiteral("closes-on")};
    parser.addOption({QStringLiteral("store"), Text::tr("Store code."), QStringLiteral("code")});
    for (const QStringList *names : {&texts, &numbers, &dates}) {
        for (const QString &name : *names)
            parser.addOption({name, Text::tr("The new %1.").arg(name), QStringLiteral("value")});
    }
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    if (parser.positionalArguments().value(0) != QLatin1String("set"))
        return context.fail(Error::usage(Text::tr("Say: store set --store CODE ...")));
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    const Result<StoreAndChair> target = storeAndChair(repository, parser);
    if (!target)
        return context.fail(target.error());
    Store store = target->store;
    const std::pair<QString, QString *> textFields[] = {{QStringLiteral("name"), &store.name},
                                                        {QStringLiteral("address"), &store.address},
                                                        {QStringLiteral("phone"), &store.phone},
                                                        {QStringLiteral("instructions"), &store.instructions}};
    for (const auto &[name, field] : textFields) {
        if (parser.isSet(name))
            *field = parser.value(name);
    }
    if (parser.isSet(QStringLiteral("timezone")))
        store.timeZoneId = parser.value(QStringLiteral("timezone")).toUtf8();
    const std::pair<QString, int *> numberFields[] = {{QStringLiteral("slot-minutes"), &store.slotMinutes},
                                                      {QStringLiteral("capacity"), &store.capacity},
                                                      {QStringLiteral("horizon-days"), &store.horizonDays},
                                                      {QStringLiteral("min-notice-minutes"), &store.minNoticeMinutes}};
    for (const auto &[name, field] : numberFields) {
        if (!parser.isSet(name))
            continue;
        const Result<int> value = number(parser, name);
        if (!value)
            return context.fail(value.error());
        *field = *value;
    }
    const std::pair<QString, QDate *> dateFields[] = {{QStringLiteral("visible-from"), &store.visibleFrom},
                                                      {QStringLiteral("opens-on"), &store.opensOn},
                                                      {QStringLiteral("closes-on"), &store.closesOn}};
    for (const auto &[name, field] : dateFields) {
        if (!parser.isSet(name))
            continue;
        const Result<QDate> value
            = name == QLatin1String("closes-on") ? dateOrNone(parser, name) : dateOption(parser, name);
        if (!value)
            return context.fail(value.error());
        *field = *value;
    }
    const Result<RulesSaved> saved = SqlRulesWriter(**database, (*database)->actor()).saveStore(store);
    if (!saved)
        return context.fail(saved.error());
    printDisplaced(context, repository, store, saved->displaced);
    return 0;
}

int runZip(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set"));
    parser.addOptions({{QStringLiteral("store"), Text::tr("Store code."), QStringLiteral("code")},
                       {QStringLiteral("zip"), Text::tr("The zip code."), QStringLiteral("code")},
                       {QStringLiteral("active-from"), Text::tr("First day web customers from it may book, or none."),
                        QStringLiteral("date")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    if (parser.positionalArguments().value(0) != QLatin1String("set"))
        return context.fail(Error::usage(Text::tr("Say: zip set --store CODE --zip CODE --active-from DATE|none")));
    const Result<QString> zip = required(parser, QStringLiteral("zip"));
    const Result<QDate> active = dateOrNone(parser, QStringLiteral("active-from"));
    if (!zip || !active)
        return context.fail(!zip ? zip.error() : active.error());
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    SqlScheduleRepository repository(**database);
    const Result<StoreAndChair> target = storeAndChair(repository, parser);
    if (!target)
        return context.fail(target.error());
    if (auto ok = SqlRulesWriter(**database, (*database)->actor())
                      .saveZipCode(ZipCode{target->store.id, zip->trimmed(), *active});
        !ok)
        return context.fail(ok.error());
    context.out << (active->isValid()
                        ? Text::tr("Zip code %1 of %2 is active from %3.")
                              .arg(zip->trimmed(), target->store.code, active->toString(Qt::ISODate))
                        : Text::tr("Zip code %1 of %2 is not active.").arg(zip->trimmed(), target->store.code))
                << Qt::endl;
    return 0;
}

} // namespace sams::cli
