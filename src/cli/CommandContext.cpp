#include "cli/CommandContext.h"

#include "core/InputLimits.h"
#include "core/TextRules.h"

#include <QCoreApplication>

namespace sams::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::cli::CommandContext)
};

// A message from any layer as one readable line: a database's multi-line text
// becomes "first; second", and nothing raw reaches the terminal.
QString oneLine(const QString &message)
{
    QString text = message;
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList parts = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    parts.removeAll(QString());
    return safeText(parts.join(QStringLiteral("; ")), -1);
}
} // namespace

int exitCodeFor(const Error &error)
{
    return static_cast<int>(error.kind);
}

int CommandContext::fail(const Error &error) const
{
    err << "samsctl: " << oneLine(error.message) << Qt::endl;
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
        return std::unexpected(
            Error::usage(Text::tr("Unexpected argument \"%1\".").arg(safeText(extra.join(QLatin1Char(' '))))));
    if (parser.positionalArguments().size() < positional)
        return std::unexpected(Error::usage(Text::tr("An argument is missing.")));
    return {};
}

Result<QString> required(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name) || parser.value(name).isEmpty())
        return std::unexpected(Error::usage(Text::tr("--%1 is required.").arg(name)));
    // A value of only spaces is as missing as an empty one (a customer "   ").
    if (auto ok = checkNameText(parser.value(name), QStringLiteral("--") + name); !ok)
        return std::unexpected(ok.error());
    return parser.value(name);
}

Result<QDate> dateOption(const QCommandLineParser &parser, const QString &name)
{
    const Result<QString> text = required(parser, name);
    if (!text)
        return std::unexpected(text.error());
    const std::optional<QDate> date = parseIsoDate(*text);
    if (!date)
        return std::unexpected(
            Error::usage(Text::tr("--%1 \"%2\" is not a date; use YYYY-MM-DD.").arg(name, safeText(*text))));
    if (auto ok = limits::checkDate(*date, QStringLiteral("--") + name); !ok)
        return std::unexpected(ok.error());
    return *date;
}

Result<LocalDateTime> localDateTimeOption(const QCommandLineParser &parser, const QString &name)
{
    const Result<QString> text = required(parser, name);
    if (!text)
        return std::unexpected(text.error());
    const std::optional<LocalDateTime> wall = parseLocalDateTime(*text);
    if (!wall)
        return std::unexpected(Error::usage(
            Text::tr("--%1 \"%2\" is not a local time; use YYYY-MM-DDTHH:MM.").arg(name, safeText(*text))));
    if (auto ok = limits::checkDate(wall->date, QStringLiteral("--") + name); !ok)
        return std::unexpected(ok.error());
    return *wall;
}

} // namespace sams::cli
