#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/SqlCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::Backup)
};

// Parents before children, so foreign keys hold at every row.
const QStringList tables{QStringLiteral("stores"),
                         QStringLiteral("chairs"),
                         QStringLiteral("zip_codes"),
                         QStringLiteral("hours_versions"),
                         QStringLiteral("hours_intervals"),
                         QStringLiteral("date_exceptions"),
                         QStringLiteral("exception_intervals"),
                         QStringLiteral("locks"),
                         QStringLiteral("appointments"),
                         QStringLiteral("work_orders"),
                         QStringLiteral("work_order_reschedules"),
                         QStringLiteral("outbox"),
                         QStringLiteral("notify_settings"),
                         QStringLiteral("store_notify"),
                         QStringLiteral("message_templates"),
                         QStringLiteral("contact_preferences"),
                         QStringLiteral("history")};

// Tables keyed by something other than an id column.
bool hasIdColumn(const QString &table)
{
    static const QStringList keyed{
        QStringLiteral("meta"),         QStringLiteral("zip_codes"),         QStringLiteral("notify_settings"),
        QStringLiteral("store_notify"), QStringLiteral("message_templates"), QStringLiteral("contact_preferences")};
    return !keyed.contains(table) && !table.endsWith(QLatin1String("_intervals"));
}

Status copyTable(QSqlDatabase &from, QSqlDatabase &to, const QString &table)
{
    QSqlQuery rows(from);
    rows.setForwardOnly(true);
    const bool hasId = hasIdColumn(table);
    if (!rows.exec(QStringLiteral("SELECT * FROM %1%2").arg(table, hasId ? QStringLiteral(" ORDER BY id") : QString())))
        return std::unexpected(Error::failed(Text::tr("Reading %1 for the copy failed.").arg(table)));
    QSqlQuery insert(to);
    bool prepared = false;
    QStringList columns;
    while (rows.next()) {
        const QSqlRecord record = rows.record();
        if (!prepared) {
            QStringList placeholders;
            for (int i = 0; i < record.count(); ++i) {
                columns.append(record.fieldName(i));
                placeholders.append(QStringLiteral(":c%1").arg(i));
            }
            if (!insert.prepare(
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")))))
                return std::unexpected(Error::failed(Text::tr("Copying %1 failed.").arg(table)));
            prepared = true;
        }
        for (int i = 0; i < record.count(); ++i) {
            QVariant value = record.value(i);
            if (value.typeId() == QMetaType::QDate)
                value = value.toDate().toString(Qt::ISODate); // one spelling of dates in both dialects
            insert.bindValue(QStringLiteral(":c%1").arg(i), value);
        }
        if (auto ok = sql::exec(insert, Text::tr("Copying %1").arg(table)); !ok)
            return ok;
    }
    return {};
}

Status copyAll(QSqlDatabase &from, QSqlDatabase &to, bool withMeta)
{
    // PostgreSQL: the rows keep what they were (the trail's actors, the outbox's
    // states) instead of what the insert triggers would make of new rows; for
    // this transaction, and only for the database's owner (migration 019).
    if (sql::isPostgreSql(to)) {
        if (auto ok
            = sql::exec(to, QStringLiteral("SELECT set_config('sams.restoring', 'on', true)"), Text::tr("Copying"));
            !ok)
            return ok;
    }
    QStringList order = tables;
    if (withMeta)
        order.prepend(QStringLiteral("meta"));
    for (const QString &table : std::as_const(order)) {
        // Rows the migrations wrote (the installation id) give way to the copied ones.
        if (table == QLatin1String("meta") || table == QLatin1String("notify_settings")) {
            if (auto ok = sql::exec(to, QStringLiteral("DELETE FROM %1").arg(table), Text::tr("Copying %1").arg(table));
                !ok)
                return ok;
        }
        if (auto ok = copyTable(from, to, table); !ok)
            return ok;
    }
    return sql::advanceIdentities(to);
}
// Temporary copies: `FILE.sams-PID.partial` next to a backup being written, and
// `sams-restore-PID-XXXXXX` folders in the temporary folder during a restore.
constexpr QLatin1String partialSuffix(".partial");
constexpr QLatin1String restorePrefix("sams-restore-");

void removeWithSideFiles(const QString &path)
{
    for (const char *side : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(side));
}

// Removes a backup's partial file (and SQLite's side files) unless it was renamed
// into place: on errors, returns and exceptions alike.
struct RemoveOnExit {
    const QString path;
    explicit RemoveOnExit(QString file)
        : path(std::move(file))
    { }
    RemoveOnExit(const RemoveOnExit &) = delete;
    RemoveOnExit &operator=(const RemoveOnExit &) = delete;
    ~RemoveOnExit() { removeWithSideFiles(path); }
};

// Whether the process that made a leftover is gone. A live one (or a reused id)
// keeps its files: the safe side.
bool processIsGone(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

// What an earlier, killed run left: its partial backups in `backupFolder` (if
// given) and its restore copies in the temporary folder. Only our own files,
// recognised by their names, and only when their process has died.
void removeStaleLeftovers(const QString &backupFolder)
{
    const uint self = ::geteuid();
    if (!backupFolder.isEmpty()) {
        static const QRegularExpression partial(QStringLiteral("^(.+)\\.sams-(\\d+)\\.partial$"));
        const QFileInfoList files = QDir(backupFolder).entryInfoList({QStringLiteral("*.sams-*.partial")}, QDir::Files);
        for (const QFileInfo &leftover : files) {
            const QRegularExpressionMatch match = partial.match(leftover.fileName());
            if (match.hasMatch() && leftover.ownerId() == self && processIsGone(match.captured(2).toLongLong()))
                removeWithSideFiles(leftover.absoluteFilePath());
        }
    }
    static const QRegularExpression restore(QStringLiteral("^sams-restore-(\\d+)-\\w{6}$"));
    const QFileInfoList folders
        = QDir(QDir::tempPath()).entryInfoList({QStringLiteral("sams-restore-*")}, QDir::Dirs | QDir::NoSymLinks);
    for (const QFileInfo &leftover : folders) {
        const QRegularExpressionMatch match = restore.match(leftover.fileName());
        if (match.hasMatch() && leftover.ownerId() == self && processIsGone(match.captured(1).toLongLong()))
            QDir(leftover.absoluteFilePath()).removeRecursively();
    }
}
} // namespace

Status backupDatabase(Database &source, const QString &file)
{
    if (QFile::exists(file))
        return std::unexpected(Error::usage(Text::tr("%1 exists already; choose a new file name.").arg(file)));
    const QFileInfo info(file);
    removeStaleLeftovers(info.absolutePath());
    // Next to the backup, so the final rename stays on one file system.
    const QString partial = info.absoluteFilePath()
        + QStringLiteral(".sams-%1%2").arg(QCoreApplication::applicationPid()).arg(partialSuffix);
    const RemoveOnExit leftovers(partial);
    {
        // Owner-only from the first byte: a backup holds customers' details.
        QFile created(partial);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
            return std::unexpected(
                Error::failed(Text::tr("Cannot write the backup %1: %2").arg(file, created.errorString())));
    }
    {
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + partial);
        auto target = url ? Database::open(*url) : std::unexpected(url.error());
        if (!target)
            return std::unexpected(target.error());
        if ((*target)->schemaVersion() != source.schemaVersion())
            return std::unexpected(Error::failed(Text::tr("The source is at schema %1, the backup would be at %2.")
                                                     .arg(source.schemaVersion())
                                                     .arg((*target)->schemaVersion())));
        // One snapshot of the source for the whole copy.
        QSqlDatabase &from = source.connection();
        const QString begin = sql::isPostgreSql(from)
            ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            : QStringLiteral("BEGIN");
        if (auto ok = sql::exec(from, begin, Text::tr("Starting the backup")); !ok)
            return ok;
        // Copying everything may well take longer than one ordinary statement may.
        if (sql::isPostgreSql(from)) {
            if (auto ok
                = sql::exec(from, QStringLiteral("SET LOCAL statement_timeout = 0"), Text::tr("Starting the backup"));
                !ok)
                return ok;
        }
        Status copied;
        {
            // The transaction ends (commit or rollback) before its database may close.
            sql::Transaction writing((*target)->connection());
            copied = writing.begin();
            if (copied)
                copied = copyAll(from, (*target)->connection(), true);
            if (copied)
                copied
                    = sql::exec((*target)->connection(), QStringLiteral("DELETE FROM change_log"), Text::tr("Tidying"));
            if (copied)
                copied = writing.commit();
        }
        // Only a read snapshot ends here: a failure leaves nothing half-written.
        (void)sql::exec(from, QStringLiteral("ROLLBACK"), Text::tr("Ending the backup"));
        if (!copied)
            return copied;
    }
    if (!QFile::rename(partial, file))
        return std::unexpected(Error::failed(Text::tr("Cannot move the backup into place at %1.").arg(file)));
    return {};
}

namespace {
Status targetIsEmpty(Database &target)
{
    QSqlQuery count(target.connection());
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM stores")) || !count.next())
        return std::unexpected(Error::failed(Text::tr("Cannot read the target database.")));
    if (count.value(0).toInt() > 0)
        return std::unexpected(Error::rule(Text::tr("%1 already holds data; restore goes only into an empty database "
                                                    "(create one with samsctl init).")
                                               .arg(target.url().displayName())));
    return {};
}
} // namespace

void removeStaleRestoreCopies()
{
    removeStaleLeftovers(QString());
}

Status restoreDatabase(Database &target, const QString &file)
{
    if (!QFile::exists(file))
        return std::unexpected(Error::failed(Text::tr("There is no backup at %1.").arg(file)));
    removeStaleLeftovers(QString());
    QSqlDatabase &to = target.connection();
    // Checked again inside the write transaction below; this early answer only
    // spares copying a large backup for nothing.
    if (auto ok = targetIsEmpty(target); !ok)
        return ok;
    // Work on a copy: migrating an older backup must not change the user's file.
    // The folder is owner-only (QTemporaryDir makes it 0700) and named with our
    // process id, so a run killed here is cleaned up by the next one.
    QTemporaryDir scratch(QDir::tempPath()
                          + QStringLiteral("/%1%2-XXXXXX").arg(restorePrefix).arg(QCoreApplication::applicationPid()));
    if (!scratch.isValid())
        return std::unexpected(
            Error::failed(Text::tr("Cannot create a temporary folder in %1.").arg(QDir::tempPath())));
    const QString copy = scratch.filePath(QStringLiteral("restore.sqlite"));
    if (!QFile::copy(file, copy))
        return std::unexpected(Error::failed(Text::tr("Cannot read the backup %1.").arg(file)));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + copy);
    auto backup = url ? Database::open(*url, Database::Creation::MustExist) : std::unexpected(url.error());
    if (!backup)
        return std::unexpected(Error::failed(
            Text::tr("The backup %1 cannot be restored: %2").arg(file, backup.error().message.replace(copy, file))));
    sql::Transaction writing(to);
    if (auto ok = writing.begin(); !ok)
        return ok;
    // Emptiness is a rule read inside the write transaction (docs/concurrency.md):
    // on PostgreSQL no other restore or import may add a store until this commits.
    if (sql::isPostgreSql(to)) {
        for (const char *statement :
             {"SET LOCAL statement_timeout = 0", "LOCK TABLE stores IN SHARE ROW EXCLUSIVE MODE"}) {
            if (auto ok = sql::exec(to, QString::fromLatin1(statement), Text::tr("Waiting for other writers")); !ok)
                return ok;
        }
    }
    if (auto ok = targetIsEmpty(target); !ok)
        return ok;
    if (auto ok = copyAll((*backup)->connection(), to, false); !ok)
        return ok;
    return writing.commit();
}

} // namespace sams
