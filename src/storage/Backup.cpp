#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/SqlCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

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
                         QStringLiteral("history")};

Status copyTable(QSqlDatabase &from, QSqlDatabase &to, const QString &table)
{
    QSqlQuery rows(from);
    rows.setForwardOnly(true);
    const bool hasId = table != QLatin1String("meta") && table != QLatin1String("zip_codes")
        && !table.endsWith(QLatin1String("_intervals"));
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
    QStringList order = tables;
    if (withMeta)
        order.prepend(QStringLiteral("meta"));
    for (const QString &table : std::as_const(order)) {
        if (table == QLatin1String("meta")) {
            if (auto ok = sql::exec(to, QStringLiteral("DELETE FROM meta"), Text::tr("Copying meta")); !ok)
                return ok;
        }
        if (auto ok = copyTable(from, to, table); !ok)
            return ok;
    }
    return sql::advanceIdentities(to);
}
} // namespace

Status backupDatabase(Database &source, const QString &file)
{
    if (QFile::exists(file))
        return std::unexpected(Error::usage(Text::tr("%1 exists already; choose a new file name.").arg(file)));
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
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
        sql::exec(from, QStringLiteral("ROLLBACK"), Text::tr("Ending the backup"));
        if (!copied) {
            target->reset();
            QFile::remove(partial);
            return copied;
        }
    }
    if (!QFile::rename(partial, file))
        return std::unexpected(Error::failed(Text::tr("Cannot move the backup into place at %1.").arg(file)));
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    return {};
}

Status restoreDatabase(Database &target, const QString &file)
{
    if (!QFile::exists(file))
        return std::unexpected(Error::failed(Text::tr("There is no backup at %1.").arg(file)));
    QSqlDatabase &to = target.connection();
    QSqlQuery count(to);
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM stores")) || !count.next())
        return std::unexpected(Error::failed(Text::tr("Cannot read the target database.")));
    if (count.value(0).toInt() > 0)
        return std::unexpected(Error::rule(Text::tr("%1 already holds data; restore goes only into an empty database "
                                                    "(create one with samsctl init).")
                                               .arg(target.url().displayName())));
    // Work on a copy: migrating an older backup must not change the user's file.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("restore.sqlite"));
    if (!QFile::copy(file, copy))
        return std::unexpected(Error::failed(Text::tr("Cannot read the backup %1.").arg(file)));
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + copy);
    auto backup = url ? Database::open(*url, Database::Creation::MustExist) : std::unexpected(url.error());
    if (!backup)
        return std::unexpected(
            Error::failed(Text::tr("The backup %1 cannot be restored: %2").arg(file, backup.error().message)));
    sql::Transaction writing(to);
    if (auto ok = writing.begin(); !ok)
        return ok;
    if (auto ok = copyAll((*backup)->connection(), to, false); !ok)
        return ok;
    return writing.commit();
}

} // namespace sams
