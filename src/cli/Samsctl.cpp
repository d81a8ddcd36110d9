#include "cli/Samsctl.h"
#include "cli/RulesCommands.h"

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
#include "cli/NotifyCommands.h"
#include "cli/OrdersCommand.h"
#include "cli/ProfileCommand.h"
#include "cli/SlotsCommand.h"
#include "cli/SyncCommands.h"
#include "core/TextRules.h"
#include "storage/Backup.h"

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
        {QStringLiteral("chair"), runChair},
        {QStringLiteral("check"), runCheck},
        {QStringLiteral("exception"), runException},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("hours"), runHours},
        {QStringLiteral("impact"), runImpact},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("init"), runInit},
        {QStringLiteral("lock"), runLock},
        {QStringLiteral("move"), runMove},
        {QStringLiteral("notify"), runNotify},
        {QStringLiteral("orders"), runOrders},
        {QStringLiteral("outbox"), runOutbox},
        {QStringLiteral("profile"), runProfile},
        {QStringLiteral("restore"), runRestore},
        {QStringLiteral("slots"), runSlots},
        {QStringLiteral("status"), runStatus},
        {QStringLiteral("store"), runStore},
        {QStringLiteral("sync"), runSync},
        {QStringLiteral("unlock"), runUnlock},
        {QStringLiteral("worklist"), runWorklist},
        {QStringLiteral("zip"), runZip},
    };
    // clang-format on
    return table;
}

// stderr carries samsctl's own messages, one line per error (docs/input.md). Qt's
// warnings are for developers: a database driver's ("Unable to free statement:
// ERROR: current transaction is aborted...") would put several lines of noise
// beside the real reason. SAMS_DEBUG=1 shows them.
void quietQtWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    QTextStream(stderr) << "samsctl: " << safeText(message.simplified(), -1) << Qt::endl;
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
    if (!qEnvironmentVariableIsSet("SAMS_DEBUG"))
        qInstallMessageHandler(quietQtWarnings);
    // A restore killed earlier may have left a copy of customer data behind.
    removeStaleRestoreCopies();
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
            err << "samsctl: " << Text::tr("unknown option \"%1\"").arg(safeText(option)) << Qt::endl
                << usage() << Qt::endl;
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
        err << "samsctl: " << Text::tr("unknown command \"%1\"").arg(safeText(name)) << Qt::endl << usage() << Qt::endl;
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
