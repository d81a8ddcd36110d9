#include "cli/InitCommand.h"

#include "core/Clock.h"
#include "core/DemoChainGenerator.h"
#include "storage/Database.h"
#include "storage/SqlScheduleRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::InitCommand)
};
} // namespace

int runInit(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"), Text::tr("Add a realistic demo chain."));
    const QCommandLineOption environment(QStringLiteral("environment"),
                                         Text::tr("Label the database local, staging or production."),
                                         QStringLiteral("name"));
    const QCommandLineOption confirm(QStringLiteral("confirm"), Text::tr("Name the environment being relabelled."),
                                     QStringLiteral("environment"));
    parser.addOptions({demo, environment, confirm});
    if (auto ok = parseArguments(parser, arguments); !ok)
        return context.fail(ok.error());

    std::optional<Environment> label;
    if (parser.isSet(environment)) {
        label = parseEnvironment(parser.value(environment));
        if (!label)
            return context.fail(Error::usage(Text::tr("Unknown environment \"%1\": use local, staging or production.")
                                                 .arg(parser.value(environment))));
    }

    Result<std::unique_ptr<Database>> database = Database::open(context.databaseUrl);
    if (!database)
        return context.fail(database.error());
    if (label) {
        // Relabelling production is how mistakes start: it takes saying so.
        const Environment current = (*database)->environment();
        if (current == Environment::Production && *label != current
            && parser.value(QStringLiteral("confirm")) != environmentName(current))
            return context.fail(
                Error::permission(Text::tr("%1 is labelled production; relabelling it needs --confirm production.")
                                      .arg((*database)->url().displayName())));
        if (auto ok = (*database)->setEnvironment(*label); !ok)
            return context.fail(ok.error());
    }

    if (parser.isSet(demo)) {
        if ((*database)->environment() == Environment::Production)
            return context.fail(Error::rule(Text::tr("Demo data is never written into a production database.")));
        SqlScheduleRepository repository(**database);
        const Result<QList<Store>> existing = repository.stores();
        if (!existing)
            return context.fail(existing.error());
        if (!existing->isEmpty())
            return context.fail(
                Error::rule(Text::tr("Demo data goes only into an empty database, and %1 already holds stores.")
                                .arg((*database)->url().displayName())));
        const ChainData chain = DemoChainGenerator(Clock::nowUtc()).generate();
        if (auto ok = repository.insertChain(chain); !ok)
            return context.fail(ok.error());
        context.out << Text::tr("Added demo data: %1 stores, %2 chairs, %3 appointments, %4 work orders.")
                           .arg(chain.stores.size())
                           .arg(chain.chairs.size())
                           .arg(chain.appointments.size())
                           .arg(chain.workOrders.size())
                    << Qt::endl;
    }
    context.out << Text::tr("%1 is at schema version %2 (%3).")
                       .arg((*database)->url().displayName())
                       .arg((*database)->schemaVersion())
                       .arg(environmentName((*database)->environment()))
                << Qt::endl;
    return 0;
}

} // namespace sams::cli
