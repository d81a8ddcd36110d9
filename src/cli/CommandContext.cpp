#include "cli/CommandContext.h"

#include <QCoreApplication>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::CommandContext)
};
} // namespace

int exitCodeFor(const Error &error)
{
    return static_cast<int>(error.kind);
}

int CommandContext::fail(const Error &error) const
{
    err << "samsctl: " << error.message << Qt::endl;
    return exitCodeFor(error);
}

Result<std::unique_ptr<Database>> CommandContext::openExisting() const
{
    return Database::open(databaseUrl, Database::Creation::MustExist);
}

Status parseArguments(QCommandLineParser &parser, const QStringList &arguments, int positional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return std::unexpected(Error::usage(parser.errorText()));
    const QStringList extra = parser.positionalArguments().mid(positional);
    if (!extra.isEmpty())
        return std::unexpected(Error::usage(Text::tr("Unexpected argument \"%1\".").arg(extra.join(QLatin1Char(' ')))));
    if (parser.positionalArguments().size() < positional)
        return std::unexpected(Error::usage(Text::tr("An argument is missing.")));
    return {};
}

Result<QString> required(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name) || parser.value(name).isEmpty())
        return std::unexpected(Error::usage(Text::tr("--%1 is required.").arg(name)));
    return parser.value(name);
}

Result<QDate> dateOption(const QCommandLineParser &parser, const QString &name)
{
    const Result<QString> text = required(parser, name);
    if (!text)
        return std::unexpected(text.error());
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid() || text->size() != 10)
        return std::unexpected(Error::usage(Text::tr("--%1 \"%2\" is not a date; use YYYY-MM-DD.").arg(name, *text)));
    return date;
}

Result<LocalDateTime> localDateTimeOption(const QCommandLineParser &parser, const QString &name)
{
    const Result<QString> text = required(parser, name);
    if (!text)
        return std::unexpected(text.error());
    const std::optional<LocalDateTime> wall = parseLocalDateTime(*text);
    if (!wall)
        return std::unexpected(
            Error::usage(Text::tr("--%1 \"%2\" is not a local time; use YYYY-MM-DDTHH:MM.").arg(name, *text)));
    return *wall;
}

} // namespace sams::cli
