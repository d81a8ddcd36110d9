#include "cli/Samsctl.h"

#include "cli/AppointmentCommands.h"
#include "cli/BackupCommands.h"
#include "cli/BenchCommand.h"
#include "cli/BookCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CommandContext.h"
#include "cli/ExportCommand.h"
#include "cli/ImpactCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InitCommand.h"
#include "cli/LockCommand.h"
#include "cli/ProfileCommand.h"
#include "cli/SlotsCommand.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::Samsctl)
};

using Command = std::function<int(const CommandContext &, const QStringList &)>;

const std::map<QString, Command> &commands()
{
    // clang-format off
    static const std::map<QString, Command> table{
        {QStringLiteral("backup"), runBackup},
        {QStringLiteral("bench"), runBench},
        {QStringLiteral("book"), runBook},
        {QStringLiteral("cancel"), runCancel},
        {QStringLiteral("check"), runCheck},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("impact"), runImpact},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("init"), runInit},
        {QStringLiteral("lock"), runLock},
        {QStringLiteral("move"), runMove},
        {QStringLiteral("profile"), runProfile},
        {QStringLiteral("restore"), runRestore},
        {QStringLiteral("slots"), runSlots},
    };
    // clang-format on
    return table;
}

QString usage()
{
    QStringList names;
    for (const auto &[name, command] : commands())
        names.append(name);
    return Text::tr("usage: samsctl [--db URL] COMMAND [ARGS...]; commands: %1").arg(names.join(QStringLiteral(", ")));
}
} // namespace

int runSamsctl(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Global options come before the command; each command parses the rest itself.
    QString databaseOption;
    qsizetype index = 1;
    while (index < arguments.size() && arguments.at(index).startsWith(QLatin1String("--"))) {
        const QString &option = arguments.at(index);
        if (option == QLatin1String("--help")) {
            out << usage() << Qt::endl;
            return 0;
        }
        if (option == QLatin1String("--db") && index + 1 < arguments.size()) {
            databaseOption = arguments.at(index + 1);
            index += 2;
        } else if (option.startsWith(QLatin1String("--db="))) {
            databaseOption = option.mid(5);
            ++index;
        } else {
            err << "samsctl: " << Text::tr("unknown option \"%1\"").arg(option) << Qt::endl << usage() << Qt::endl;
            return static_cast<int>(Error::Kind::Usage);
        }
    }
    if (index >= arguments.size()) {
        err << usage() << Qt::endl;
        return static_cast<int>(Error::Kind::Usage);
    }
    const QString &name = arguments.at(index);
    const auto command = commands().find(name);
    if (command == commands().end()) {
        err << "samsctl: " << Text::tr("unknown command \"%1\"").arg(name) << Qt::endl << usage() << Qt::endl;
        return static_cast<int>(Error::Kind::Usage);
    }

    const Result<DatabaseUrl> url = DatabaseUrl::resolve(databaseOption);
    CommandContext context{url.value_or(DatabaseUrl{}), out, err};
    if (!url)
        return context.fail(url.error());
    // QCommandLineParser expects the program name first.
    QStringList commandArguments{QStringLiteral("samsctl ") + name};
    commandArguments += arguments.mid(index + 1);
    return command->second(context, commandArguments);
}

} // namespace sams::cli
