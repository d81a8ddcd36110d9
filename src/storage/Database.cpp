#include "storage/Database.h"

#include "storage/Migrator.h"
#include "storage/SqlCheck.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::Database)
};

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("sams-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(const DatabaseUrl &url)
    : m_url(url)
    , m_connectionName(nextConnectionName())
{ }

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, Creation creation)
{
    std::unique_ptr<Database> database(new Database(url));
    if (auto ok = database->connect(creation); !ok)
        return std::unexpected(ok.error());
    // A profile names the environment its user expects; a database that says
    // otherwise (a production copy behind a "staging" profile) is refused before
    // anything, migrations included, touches it.
    const bool labelled = database->m_db.tables().contains(QStringLiteral("meta"));
    if (url.expectedEnvironment && labelled && database->environment() != *url.expectedEnvironment)
        return std::unexpected(Error::rule(Text::tr("Profile \"%1\" expects a %2 database, but %3 says it is %4. "
                                                    "Nothing was changed.")
                                               .arg(url.profileName, environmentName(*url.expectedEnvironment),
                                                    url.displayName(), environmentName(database->environment()))));
    Migrator migrator(database->m_db);
    if (auto ok = migrator.migrate(); !ok)
        return std::unexpected(ok.error());
    return database;
}

Status Database::connect(Creation creation)
{
    if (m_url.kind == DatabaseUrl::Kind::Sqlite) {
        const QFileInfo file(m_url.path);
        if (!file.exists() && creation == Creation::MustExist)
            return std::unexpected(Error::failed(Text::tr("There is no SAMS database at %1.").arg(m_url.path)));
        if (!QDir().mkpath(file.absolutePath()))
            return std::unexpected(
                Error::failed(Text::tr("The folder %1 cannot be created.").arg(file.absolutePath())));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(m_url.path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_db.setHostName(m_url.host);
        m_db.setPort(m_url.port);
        m_db.setUserName(m_url.user);
        m_db.setPassword(m_url.password);
        m_db.setDatabaseName(m_url.databaseName);
        m_db.setConnectOptions(m_url.connectOptions);
    }
    if (!m_db.isValid())
        return std::unexpected(
            Error::failed(Text::tr("The Qt SQL driver for %1 is not installed.").arg(m_url.displayName())));
    if (!m_db.open())
        return std::unexpected(
            Error::failed(Text::tr("Cannot open %1: %2").arg(m_url.displayName(), m_db.lastError().text())));

    if (isSqlite()) {
        // WAL lets readers work while one desktop writes; foreign keys are off by default.
        for (const char *pragma :
             {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"}) {
            if (auto ok = sql::exec(m_db, QString::fromLatin1(pragma), Text::tr("Setting up SQLite")); !ok)
                return ok;
        }
    }
    return {};
}

Environment Database::environment() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'environment'"));
    if (query.exec() && query.next())
        return parseEnvironment(query.value(0).toString()).value_or(Environment::Local);
    return Environment::Local;
}

Status Database::setEnvironment(Environment environment)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('environment', :value) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":value"), environmentName(environment));
    return sql::exec(query, Text::tr("Recording the environment"));
}

QString Database::actor() const
{
    if (!isSqlite()) {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("SELECT session_user")) && query.next())
            return query.value(0).toString();
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("local") : user;
}

bool Database::mayOverrideLocks() const
{
    if (isSqlite())
        return true;
    QSqlQuery query(m_db);
    const bool ok = query.exec(QStringLiteral("SELECT pg_has_role(session_user, 'sams_admin', 'member') "
                                              "OR pg_has_role(session_user, 'sams_manager', 'member') "
                                              "OR NOT (pg_has_role(session_user, 'sams_scheduler', 'member') "
                                              "OR pg_has_role(session_user, 'sams_technician', 'member'))"))
        && query.next();
    return ok && query.value(0).toBool();
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

} // namespace sams
