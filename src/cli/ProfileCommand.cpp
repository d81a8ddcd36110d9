#include "cli/ProfileCommand.h"

#include "storage/ConnectionProfiles.h"

#include <QCoreApplication>

#include <cstdio>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::ProfileCommand)
};
} // namespace

int runProfile(const CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("add, list or remove"));
    parser.addOptions({{QStringLiteral("environment"), Text::tr("local, staging or production."),
                        QStringLiteral("name"), QStringLiteral("local")},
                       {QStringLiteral("password-stdin"), Text::tr("Read the password from standard input.")}});
    if (!parser.parse(arguments))
        return context.fail(Error::usage(parser.errorText()));
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    ConnectionProfiles profiles;

    if (action == QLatin1String("list") && args.size() == 1) {
        for (const ConnectionProfile &p : profiles.all())
            context.out << p.name << '\t' << environmentName(p.environment) << '\t' << p.url << '\n';
        context.out.flush();
        return 0;
    }
    if (action == QLatin1String("remove") && args.size() == 2) {
        if (!profiles.find(args.at(1)))
            return context.fail(
                Error::failed(Text::tr("There is no connection profile named \"%1\".").arg(args.at(1))));
        profiles.remove(args.at(1));
        if (auto ok = PasswordStore::remove(args.at(1)); !ok)
            return context.fail(ok.error());
        return 0;
    }
    if (action == QLatin1String("add") && args.size() == 3) {
        const std::optional<Environment> environment = parseEnvironment(parser.value(QStringLiteral("environment")));
        if (!environment)
            return context.fail(Error::usage(Text::tr("Unknown environment \"%1\": use local, staging or production.")
                                                 .arg(parser.value(QStringLiteral("environment")))));
        if (auto ok = profiles.save({args.at(1), args.at(2), *environment}); !ok)
            return context.fail(ok.error());
        if (parser.isSet(QStringLiteral("password-stdin"))) {
            QTextStream in(stdin);
            const QString password = in.readLine();
            if (auto ok = PasswordStore::store(args.at(1), password); !ok)
                return context.fail(ok.error());
        }
        context.out << Text::tr("Saved profile %1 (%2). Use it with --db profile:%1.")
                           .arg(args.at(1), environmentName(*environment))
                    << Qt::endl;
        return 0;
    }
    return context.fail(Error::usage(Text::tr("usage: samsctl profile add NAME URL [--environment ENV] "
                                              "[--password-stdin] | list | remove NAME")));
}

} // namespace sams::cli
