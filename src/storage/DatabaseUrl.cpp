#include "storage/DatabaseUrl.h"

#include "storage/ConnectionProfiles.h"

#include <QCoreApplication>
#include <QDir>
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

} // namespace sams
