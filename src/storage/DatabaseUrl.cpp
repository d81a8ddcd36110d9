#include "storage/DatabaseUrl.h"

#include "storage/ConnectionProfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::DatabaseUrl)
};
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    if (text.startsWith(QLatin1String("profile:"))) {
        const QString name = text.mid(8);
        const std::optional<ConnectionProfile> profile = ConnectionProfiles().find(name);
        if (!profile)
            return std::unexpected(Error::failed(Text::tr("There is no connection profile named \"%1\".").arg(name)));
        Result<DatabaseUrl> url = parse(profile->url);
        if (!url)
            return url;
        url->profileName = name;
        url->expectedEnvironment = profile->environment;
        if (url->kind == Kind::PostgreSql && !url->user.isEmpty()) {
            const Result<QString> password = PasswordStore::read(name);
            if (!password)
                return std::unexpected(password.error());
            url->password = *password;
        }
        return url;
    }
    DatabaseUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.kind = Kind::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2); // tolerate sqlite://PATH
        // `?key=value` after the path is an option only when it looks like one, so a
        // file name with a question mark still works.
        static const QRegularExpression options(QStringLiteral("\\?([a-z_]+=[^&=?]*(&[a-z_]+=[^&=?]*)*)$"));
        if (const QRegularExpressionMatch match = options.match(url.path); match.hasMatch()) {
            url.path.chop(match.capturedLength(0));
            const auto items = QUrlQuery(match.captured(1)).queryItems(QUrl::FullyDecoded);
            for (const auto &[key, value] : items) {
                const QString level = value.toUpper();
                if (key != QLatin1String("synchronous")
                    || (level != QLatin1String("FULL") && level != QLatin1String("NORMAL")))
                    return std::unexpected(Error::usage(
                        Text::tr("The database URL \"%1\" has an unknown option \"%2=%3\"; SQLite URLs take "
                                 "only synchronous=full or synchronous=normal.")
                            .arg(text, key, value)));
                url.synchronous = level;
            }
        }
        if (url.path.isEmpty())
            return std::unexpected(Error::usage(Text::tr("The database URL \"%1\" names no SQLite file.").arg(text)));
        url.path = QDir::cleanPath(QDir::current().absoluteFilePath(url.path));
        return url;
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return std::unexpected(
                Error::usage(Text::tr("The database URL \"%1\" is not a valid PostgreSQL URL.").arg(text)));
        url.kind = Kind::PostgreSql;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.databaseName = parsed.path().mid(1);
        if (url.databaseName.isEmpty())
            return std::unexpected(Error::usage(Text::tr("The database URL \"%1\" names no database.").arg(text)));
        QStringList options;
        const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            options.append(key + QLatin1Char('=') + value);
        url.connectOptions = options.join(QLatin1Char(';'));
        return url;
    }
    return std::unexpected(Error::usage(
        Text::tr("The database URL \"%1\" is neither sqlite:PATH nor postgresql://user@host:port/dbname.").arg(text)));
}

DatabaseUrl DatabaseUrl::embeddedDefault()
{
    DatabaseUrl url;
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/sams");
    url.path = folder + QStringLiteral("/sams.sqlite");
    return url;
}

Result<DatabaseUrl> DatabaseUrl::resolve(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return parse(commandLineValue);
    const QString fromEnvironment = qEnvironmentVariable("SAMS_DB");
    if (!fromEnvironment.isEmpty())
        return parse(fromEnvironment);
    return embeddedDefault();
}

QString DatabaseUrl::displayName() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QString userPart = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(userPart, host).arg(port).arg(databaseName);
}

QString DatabaseUrl::toText() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:%1?synchronous=%2").arg(path, synchronous.toLower());
    QUrl text;
    text.setScheme(QStringLiteral("postgresql"));
    text.setHost(host);
    text.setPort(port);
    text.setUserName(user);
    text.setPassword(password);
    text.setPath(QLatin1Char('/') + databaseName);
    QUrlQuery query;
    for (const QString &item : connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        query.addQueryItem(item.section(QLatin1Char('='), 0, 0), item.section(QLatin1Char('='), 1));
    if (!query.isEmpty())
        text.setQuery(query);
    return text.toString(QUrl::FullyEncoded);
}

namespace {
// One libpq conninfo value: quoted when it holds spaces (libpq's own quoting rules).
QString conninfoValue(QString value)
{
    if (!value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\'')) && !value.contains(QLatin1Char('\\')))
        return value;
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}
} // namespace

QString DatabaseUrl::postgresConnectOptions() const
{
    QStringList parts;
    bool hasConnectTimeout = false;
    bool hasStatementTimeout = false;
    QString serverOptions;
    const QStringList items = connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString key = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = item.section(QLatin1Char('='), 1);
        if (key == QLatin1String("connect_timeout"))
            hasConnectTimeout = true;
        if (key == QLatin1String("options")) {
            serverOptions = value; // merged with the statement timeout below
            hasStatementTimeout = value.contains(QLatin1String("statement_timeout"));
            continue;
        }
        parts.append(key + QLatin1Char('=') + conninfoValue(value));
    }
    if (!hasConnectTimeout)
        parts.append(QStringLiteral("connect_timeout=%1").arg(defaultConnectTimeoutSeconds));
    if (!hasStatementTimeout)
        serverOptions
            = QString(serverOptions + QStringLiteral(" -c statement_timeout=%1").arg(defaultStatementTimeoutMs))
                  .trimmed();
    // SAMS keeps its statements prepared (sql::Statement), and every one is an
    // index lookup bounded on both sides, so the generic plan is the custom one
    // without planning on each call (docs/performance.md).
    if (!serverOptions.contains(QLatin1String("plan_cache_mode")))
        serverOptions = QString(serverOptions + QStringLiteral(" -c plan_cache_mode=force_generic_plan")).trimmed();
    parts.append(QStringLiteral("options=") + conninfoValue(serverOptions));
    return parts.join(QLatin1Char(';'));
}

int DatabaseUrl::connectTimeoutSeconds() const
{
    const QStringList items = connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        if (item.section(QLatin1Char('='), 0, 0).trimmed() == QLatin1String("connect_timeout"))
            return item.section(QLatin1Char('='), 1).toInt();
    }
    return defaultConnectTimeoutSeconds;
}

} // namespace sams
