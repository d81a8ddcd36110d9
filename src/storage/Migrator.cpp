#include "storage/Migrator.h"

#include "storage/SqlCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

// A .qrc in a static library needs an explicit init, outside any namespace.
static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::Migrator)
};

QString dialectFolder(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? QStringLiteral(":/migrations/postgresql")
                                                     : QStringLiteral(":/migrations/sqlite");
}
} // namespace

Migrator::Migrator(QSqlDatabase &db)
    : m_db(db)
{
    initMigrationResources();
    const QDir folder(dialectFolder(db));
    const QStringList names = folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        m_files.append(folder.filePath(name));
}

Result<int> Migrator::currentVersion() const
{
    if (!m_db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return std::unexpected(Error::failed(Text::tr("The schema_version table of this database cannot be read.")));
    return query.value(0).toInt();
}

Status Migrator::migrate()
{
    return migrateTo(latestVersion());
}

Status Migrator::migrateTo(int target)
{
    if (m_files.isEmpty())
        return std::unexpected(
            Error::failed(Text::tr("This build of SAMS has no schema for the %1 driver.").arg(m_db.driverName())));
    const Result<int> current = currentVersion();
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion()) {
        return std::unexpected(
            Error::failed(Text::tr("This database has schema version %1, but this SAMS knows versions up to %2 only. "
                                   "Open it with a newer SAMS; nothing was changed.")
                              .arg(*current)
                              .arg(latestVersion())));
    }
    if (*current >= target)
        return {};

    sql::Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    // Two programs upgrading one PostgreSQL database at once take turns here
    // (SQLite's BEGIN IMMEDIATE already did that).
    // The lock is in the two-key space, apart from the chairs' one-key locks
    // (docs/concurrency.md). A migration (an index rebuild, a history backfill) or
    // the wait for another one may take longer than the statement timeout meant
    // for ordinary work, so that timeout is lifted for this transaction only.
    if (sql::isPostgreSql(m_db)) {
        for (const char *statement : {"SET LOCAL statement_timeout = 0", "SELECT pg_advisory_xact_lock(727001, 0)"}) {
            if (auto ok = sql::exec(m_db, QString::fromLatin1(statement), Text::tr("Waiting to migrate")); !ok)
                return ok;
        }
    }
    // Another program may have migrated while we waited for the write lock.
    const Result<int> locked = currentVersion();
    if (!locked)
        return std::unexpected(locked.error());
    // The version table comes first, so the grants of later steps cover it.
    const QString setVersion = *locked == 0 ? QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")
                                            : QStringLiteral("DELETE FROM schema_version");
    if (auto ok = sql::exec(m_db, setVersion, Text::tr("Recording the schema version")); !ok)
        return ok;
    for (int version = *locked + 1; version <= target; ++version) {
        if (auto ok = apply(version); !ok)
            return ok;
    }
    if (auto ok = sql::exec(m_db, QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(target),
                            Text::tr("Recording the schema version"));
        !ok)
        return ok;
    return transaction.commit();
}

Status Migrator::apply(int version)
{
    QFile file(m_files.at(version - 1));
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::failed(Text::tr("Migration %1 cannot be read.").arg(file.fileName())));
    const QString script = QString::fromUtf8(file.readAll());
    static const QRegularExpression statementEnd(QStringLiteral(";[ \\t]*(\\r?\\n|$)"));
    const QStringList statements = script.split(statementEnd, Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        QString code;
        const QStringList lines = statement.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.trimmed().startsWith(QLatin1String("--")))
                code += line + QLatin1Char('\n');
        }
        if (code.trimmed().isEmpty())
            continue;
        const QString what = Text::tr("Migration %1").arg(QFileInfo(file).fileName());
        if (auto ok = sql::exec(m_db, code, what); !ok)
            return ok;
    }
    return {};
}

} // namespace sams
