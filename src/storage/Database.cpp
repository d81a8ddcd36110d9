#include "storage/Database.h"

#include "storage/Migrator.h"
#include "storage/SqlCheck.h"
#include "storage/SqlErrorText.h"
#include "storage/SqliteBusy.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::Database)
};

// SQLite's primary result codes (sqlite3.h); Qt reports the extended ones.
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoError = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADatabase = 26;

int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

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
    sql::dropStatements(m_db);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    sql::forgetBusyWaiting(m_connectionName); // after close: closing may checkpoint, and wait
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, Creation creation)
{
    std::unique_ptr<Database> database(new Database(url));
    if (auto ok = database->connect(creation); !ok)
        return std::unexpected(ok.error());
    sql::keepStatements(database->m_db); // prepared once per connection (sql::Statement)
    // A profile names the environment its user expects; a database that says
    // otherwise (a production copy behind a "staging" profile) is refused before
    // anything, migrations included, touches it.
    const bool labelled = database->m_db.tables().contains(QStringLiteral("meta"));
    if (url.expectedEnvironment && labelled && database->environment() != *url.expectedEnvironment)
        return std::unexpected(Error::rule(Text::tr("Profile \"%1\" expects a %2 database, but %3 says it is %4. "
                                                    "Nothing was changed.")
                                               .arg(url.profileName, environmentName(*url.expectedEnvironment),
                                                    url.displayName(), environmentName(database->environment()))));
    if (auto ok = database->migrate(); !ok)
        return std::unexpected(ok.error());
    return database;
}

Status Database::connect(Creation creation)
{
    if (m_url.kind == DatabaseUrl::Kind::Sqlite)
        return connectSqlite(creation);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(m_url.host);
    m_db.setPort(m_url.port);
    m_db.setUserName(m_url.user);
    m_db.setPassword(m_url.password);
    m_db.setDatabaseName(m_url.databaseName);
    m_db.setConnectOptions(m_url.postgresConnectOptions());
    if (!m_db.isValid())
        return std::unexpected(
            Error::failed(Text::tr("The Qt SQL driver for %1 is not installed.").arg(m_url.displayName())));
    if (!m_db.open()) {
        if (m_db.lastError().text().contains(QLatin1String("timeout expired")))
            return std::unexpected(
                Error::failed(Text::tr("The PostgreSQL server at %1:%2 did not answer within %3 s (connect_timeout; "
                                       "the URL can set another, e.g. ?connect_timeout=30). Nothing was changed.")
                                  .arg(m_url.host)
                                  .arg(m_url.port)
                                  .arg(m_url.connectTimeoutSeconds())));
        return std::unexpected(Error::failed(
            Text::tr("Cannot open %1: %2").arg(m_url.displayName(), sql::databaseReason(m_db.lastError()))));
    }
    return {};
}

Status Database::connectSqlite(Creation creation)
{
    const QFileInfo file(m_url.path);
    const QString name = m_url.displayName();
    if (!file.exists()) {
        if (creation == Creation::MustExist)
            return std::unexpected(Error::failed(Text::tr("There is no SAMS database at %1.").arg(m_url.path)));
        if (!QDir().mkpath(file.absolutePath()))
            return std::unexpected(
                Error::failed(Text::tr("The folder %1 cannot be created.").arg(file.absolutePath())));
    } else if (file.isDir()) {
        return std::unexpected(Error::failed(Text::tr("%1 is a folder, not a SAMS database.").arg(name)));
    } else if (file.size() == 0) {
        // SQLite would take an empty file for a new database; only `init` may create.
        if (creation == Creation::MustExist)
            return std::unexpected(Error::failed(Text::tr("%1 is empty (0 bytes), not a SAMS database (truncated?). "
                                                          "Nothing was changed; restore it from a backup.")
                                                     .arg(name)));
    } else {
        // Checked before SQLite sees the file, so garbage is never "opened".
        QFile header(m_url.path);
        if (!header.open(QIODevice::ReadOnly))
            return std::unexpected(Error::failed(Text::tr("Cannot read %1: %2").arg(name, header.errorString())));
        if (header.read(16) != QByteArray("SQLite format 3", 16))
            return std::unexpected(Error::failed(
                Text::tr("%1 is not a SQLite database, so not a SAMS database. Nothing was changed.").arg(name)));
    }

    // SQLite's journal and WAL files go next to the database: the folder must be
    // writable too.
    const bool exists = file.exists();
    const bool writable = QFileInfo(file.absolutePath()).isWritable() && (!exists || file.isWritable());
    if (!exists && !writable)
        return std::unexpected(
            Error::failed(Text::tr("%1 cannot be created: its folder is read-only.").arg(m_url.path)));
    QSqlError trouble;
    if (writable) {
        const QString wal = m_url.path + QStringLiteral("-wal");
        const QString shm = m_url.path + QStringLiteral("-shm");
        const bool hadSideFiles = QFile::exists(wal) || QFile::exists(shm);
        trouble = openSqlite(false);
        // A full disk (no room for the WAL's shared memory) or a medium that refuses
        // writes still lets SAMS read, read-only.
        const int code = sqliteCode(trouble);
        if (trouble.isValid() && exists && file.size() > 0
            && (code == sqliteReadOnly || code == sqliteIoError || code == sqliteFull || code == sqliteCantOpen)) {
            m_db.close();
            // The side files the failed attempt made would outlive us: an empty WAL
            // and a shared-memory file too small for any reader to have mapped it.
            if (!hadSideFiles && QFileInfo(wal).size() == 0 && QFileInfo(shm).size() < 32768) {
                QFile::remove(wal);
                QFile::remove(shm);
            }
            trouble = openSqlite(true);
        }
    } else {
        trouble = openSqlite(true);
    }
    if (trouble.isValid()) {
        const int code = sqliteCode(trouble);
        if (code == sqliteCorrupt || code == sqliteNotADatabase)
            return std::unexpected(Error::failed(Text::tr("%1 is damaged: SQLite says \"%2\". Nothing was changed; "
                                                          "run samsctl check, or restore a backup.")
                                                     .arg(name, trouble.databaseText())));
        return std::unexpected(Error::failed(Text::tr("Cannot open %1: %2").arg(name, trouble.databaseText())));
    }
    if (auto ok = recogniseSqlite(creation); !ok)
        return ok;
    if (m_readOnly)
        return sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"), Text::tr("Setting up SQLite"));
    // Only now, the file known to be SAMS's: WAL lets readers work while one desktop
    // writes; synchronous as the URL says (docs/durability.md); foreign keys are
    // off by default.
    for (const QString &pragma : {QStringLiteral("PRAGMA journal_mode = WAL"),
                                  QString(QStringLiteral("PRAGMA synchronous = ") + m_url.synchronous),
                                  QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (auto ok = sql::exec(m_db, pragma, Text::tr("Setting up SQLite")); !ok)
            return ok;
    }
    return {};
}

QSqlError Database::openSqlite(bool readOnly)
{
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (readOnly) {
        // SQLite cannot read a WAL file read-only without its shared-memory file,
        // which a read-only folder or a full disk cannot hold. Where nobody can
        // write, the file cannot change under us: "immutable" reads it as it is.
        // Commits still waiting in a -wal file are read through it instead.
        const QFileInfo wal(m_url.path + QStringLiteral("-wal"));
        const QString mode = wal.exists() && wal.size() > 0 ? QStringLiteral("mode=ro") : QStringLiteral("immutable=1");
        m_db.setDatabaseName(QUrl::fromLocalFile(m_url.path).toString(QUrl::FullyEncoded) + QLatin1Char('?') + mode);
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    } else {
        m_db.setDatabaseName(m_url.path);
    }
    m_db.setConnectOptions(options);
    if (!m_db.isValid())
        return QSqlError(Text::tr("The Qt SQL driver for SQLite is not installed."));
    if (!m_db.open())
        return m_db.lastError();
    // Writers queue fairly for the write lock, within the same 10 s.
    sql::waitFairlyWhenBusy(m_db, 10000);
    // The first read: page 1, and for a WAL file its shared memory.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next())
        return probe.lastError();
    m_readOnly = readOnly;
    return {};
}

Status Database::recogniseSqlite(Creation creation)
{
    const QString name = m_url.displayName();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return std::unexpected(
            Error::failed(Text::tr("Cannot read %1: %2").arg(name, query.lastError().databaseText())));
    const qint32 id = query.value(0).toInt();
    if (id == sqliteApplicationId)
        return {};
    if (id != 0)
        return std::unexpected(Error::failed(
            Text::tr("%1 belongs to another program (SQLite application id %2), not SAMS. Nothing was changed.")
                .arg(name)
                .arg(id)));
    QStringList tables;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return std::unexpected(
            Error::failed(Text::tr("Cannot read %1: %2").arg(name, query.lastError().databaseText())));
    while (query.next())
        tables.append(query.value(0).toString());
    if (tables.isEmpty()) {
        if (creation == Creation::MustExist)
            return std::unexpected(Error::failed(
                Text::tr("%1 is an empty SQLite database, not a SAMS database. Nothing was changed; create a SAMS "
                         "database with samsctl init.")
                    .arg(name)));
        return {};
    }
    // Databases of SAMS versions before the application id have these two.
    if (tables.contains(QStringLiteral("schema_version")) && tables.contains(QStringLiteral("meta")))
        return {};
    return std::unexpected(Error::failed(Text::tr("%1 is another program's SQLite database (tables: %2), not a SAMS "
                                                  "database. Nothing was changed.")
                                             .arg(name, QStringList(tables.mid(0, 5)).join(QStringLiteral(", ")))));
}

Status Database::migrate()
{
    Migrator migrator(m_db);
    const Result<int> current = migrator.currentVersion();
    if (!current)
        return std::unexpected(current.error());
    if (*current < migrator.latestVersion()) {
        if (m_readOnly)
            return std::unexpected(Error::failed(
                Text::tr("%1 is read-only here and needs its schema brought from version %2 to %3 first; open it "
                         "once where it can be written. Nothing was changed.")
                    .arg(m_url.displayName())
                    .arg(*current)
                    .arg(migrator.latestVersion())));
        // A migration rewrites tables: never on a damaged file. Once per upgrade,
        // so the cost of reading every page is paid rarely.
        if (isSqlite() && *current > 0) {
            QSqlQuery check(m_db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next()
                || check.value(0).toString() != QLatin1String("ok"))
                return std::unexpected(Error::failed(
                    Text::tr("%1 is damaged: SQLite says \"%2\". Nothing was changed; run samsctl check, or "
                             "restore a backup.")
                        .arg(m_url.displayName(),
                             check.isValid() ? check.value(0).toString() : check.lastError().databaseText())));
        }
    }
    if (auto ok = migrator.migrate(); !ok)
        return ok;
    if (isSqlite() && !m_readOnly) {
        // Marks the file as SAMS's (new, or from a SAMS before the id). Best effort:
        // on a full disk the tables still say what the file is.
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next()
            && query.value(0).toInt() != sqliteApplicationId)
            query.exec(QStringLiteral("PRAGMA application_id = %1").arg(sqliteApplicationId));
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
