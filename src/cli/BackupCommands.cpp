#include "cli/BackupCommands.h"

#include "storage/Backup.h"

#include <QCoreApplication>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::BackupCommands)
};
} // namespace

int runBackup(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The backup file to write."));
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    if (auto ok = backupDatabase(**database, parser.positionalArguments().first()); !ok)
        return context.fail(ok.error());
    context.out
        << Text::tr("Backed up %1 to %2.").arg((*database)->url().displayName(), parser.positionalArguments().first())
        << Qt::endl;
    return 0;
}

int runRestore(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The backup file to read."));
    if (auto ok = parseArguments(parser, arguments, 1); !ok)
        return context.fail(ok.error());
    auto database = context.openExisting();
    if (!database)
        return context.fail(database.error());
    if (auto ok = restoreDatabase(**database, parser.positionalArguments().first()); !ok)
        return context.fail(ok.error());
    context.out
        << Text::tr("Restored %1 into %2.").arg(parser.positionalArguments().first(), (*database)->url().displayName())
        << Qt::endl;
    return 0;
}

} // namespace sams::cli
