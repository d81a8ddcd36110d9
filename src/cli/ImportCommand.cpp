#include "cli/ImportCommand.h"

#include "storage/SqlSpreadsheetImporter.h"

#include <QCoreApplication>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::ImportCommand)
};
} // namespace

int runImport(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("folder"), Text::tr("The spreadsheet folder."));
    parser.addOptions(
        {{QStringLiteral("dry-run"), Text::tr("Show what would change; write nothing.")},
         {QStringLiteral("prune"), Text::tr("Also remove what the sheet does not name.")},
         {QStringLiteral("confirm"), Text::tr("Name the environment to write into."), QStringLiteral("environment")}});
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    const SpreadsheetReadResult read = readSpreadsheet(parser.positionalArguments().first());
    if (!read.problems.isEmpty()) {
        for (const ImportProblem &problem : read.problems)
            context.err << problem.toString() << '\n';
        context.err << "samsctl: "
                    << Text::tr("%1 problem(s) in the spreadsheet; nothing was imported.").arg(read.problems.size())
                    << Qt::endl;
        return static_cast<int>(Error::Kind::Failed);
    }

    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    const Environment environment = (*database)->environment();
    if (environment != Environment::Local && !dryRun
        && parser.value(QStringLiteral("confirm")) != environmentName(environment))
        return context.fail(
            Error::permission(Text::tr("%1 is a %2 database: add --confirm %2 to import into it.")
                                  .arg((*database)->url().displayName(), environmentName(environment))));

    const QString actor = (*database)->actor();
    const Result<ImportSummary> summary
        = SqlSpreadsheetImporter(**database, actor).apply(read.sheet, dryRun, parser.isSet(QStringLiteral("prune")));
    if (!summary)
        return context.fail(summary.error());
    context.out << (dryRun ? Text::tr("Would import (nothing was written):") : Text::tr("Imported:")) << '\n';
    for (const QString &line : importDiffLines(*summary))
        context.out << "  " << line << '\n';
    // Like `lock` and `impact`: what the change displaces, still booked, to reschedule.
    for (const ImportDisplaced &d : summary->displaced)
        context.out << (dryRun ? Text::tr("would displace appointment %1 at %2 (%3, %4, %5)")
                               : Text::tr("displaces appointment %1 at %2 (%3, %4, %5)"))
                           .arg(d.appointment)
                           .arg(d.localStart.toString(QStringLiteral("yyyy-MM-dd HH:mm")), d.storeCode, d.chairName,
                                d.customerName)
                    << '\n';
    context.out << (dryRun ? Text::tr("%n appointment(s) would be displaced.", nullptr, int(summary->displaced.size()))
                           : Text::tr("%n appointment(s) displaced: on the rescheduling worklist.", nullptr,
                                      int(summary->displaced.size())))
                << Qt::endl;
    return 0;
}

} // namespace sams::cli
