#include "storage/SqlCheck.h"

#include "storage/SqlErrorText.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace sams::sql {

namespace {
Error sqlError(const QSqlError &error, const QString &what)
{
    // The database's own no-double-booking guard (PostgreSQL's exclusion
    // constraint, SQLite's trigger), deadlocks and serialization failures all
    // mean another writer got there first.
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("23P01") || code == QLatin1String("40P01") || code == QLatin1String("40001")
        || error.text().contains(QLatin1String("sams: slot taken")))
        return Error::conflict(QCoreApplication::translate("sams::sql", "That slot was just taken."));
    // SQLite's write lock stayed taken past the busy timeout: nothing was written.
    if (code == QLatin1String("5") || error.databaseText().contains(QLatin1String("database is locked")))
        return Error::conflict(QCoreApplication::translate(
            "sams::sql", "The database is busy with other writers; nothing was changed. Try again."));
    // The server's own refusal: a GRANT or a row-level security policy said no.
    if (code == QLatin1String("42501"))
        return Error::permission(
            QCoreApplication::translate("sams::sql", "%1: the database refused: %2").arg(what, databaseReason(error)));
    // The file or its disk, not the request (docs/durability.md). SQLite codes are
    // numbers (Qt reports extended ones: the low byte is the primary code);
    // PostgreSQL's are five-character SQLSTATEs.
    if (code == QLatin1String("57014"))
        return Error::failed(
            QCoreApplication::translate("sams::sql",
                                        "%1: the database server did not finish within the statement timeout "
                                        "(statement_timeout, 30 s unless the URL sets it); nothing was changed.")
                .arg(what));
    bool numeric = false;
    const int primary = code.size() < 5 ? code.toInt(&numeric) & 0xff : 0;
    if (numeric) {
        switch (primary) {
        case 13:
            return Error::failed(QCoreApplication::translate("sams::sql", "The disk is full; nothing was changed."));
        case 8:
            return Error::failed(QCoreApplication::translate(
                "sams::sql",
                "The database cannot be written here (a read-only file, folder or disk, or a disk too "
                "full to open it for writing); nothing was changed."));
        case 11:
        case 26:
            return Error::failed(QCoreApplication::translate("sams::sql",
                                                             "The database file is damaged (SQLite: %1); nothing "
                                                             "was changed. Run samsctl check, or restore a backup.")
                                     .arg(error.databaseText()));
        case 10:
            return Error::failed(QCoreApplication::translate("sams::sql",
                                                             "The disk failed to read or write the "
                                                             "database (SQLite: %1); nothing was changed.")
                                     .arg(error.databaseText()));
        default:
            break;
        }
    }
    // The database's own reason, one line: no driver text, no SQL (SqlErrorText.h).
    return Error::failed(QStringLiteral("%1: %2").arg(what, databaseReason(error)));
}
bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}
} // namespace

Status exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return std::unexpected(sqlError(query.lastError(), what));
    return {};
}

Status exec(QSqlDatabase &db, const QString &statement, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return std::unexpected(sqlError(query.lastError(), what));
    return {};
}

Error errorFrom(const QSqlError &error, const QString &what)
{
    return sqlError(error, what);
}

bool isPostgreSql(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

Status lockChairs(QSqlDatabase &db, QList<qint64> chairs)
{
    if (!isPostgreSql(db))
        return {};
    std::sort(chairs.begin(), chairs.end());
    chairs.erase(std::unique(chairs.begin(), chairs.end()), chairs.end());
    for (qint64 chair : std::as_const(chairs)) {
        Statement lock = prepare(db, QStringLiteral("SELECT pg_advisory_xact_lock(:chair)"));
        if (!lock)
            return std::unexpected(lock.error());
        lock->bindValue(QStringLiteral(":chair"), chair);
        if (auto ok = exec(*lock, QCoreApplication::translate("sams::sql", "Waiting for the chair")); !ok)
            return ok;
        lock->finish();
    }
    return {};
}

Status lockStores(QSqlDatabase &db, QList<qint64> stores, StoreLock mode)
{
    if (!isPostgreSql(db))
        return {};
    std::sort(stores.begin(), stores.end());
    stores.erase(std::unique(stores.begin(), stores.end()), stores.end());
    // The two-key space is separate from the chairs' one-key space; 727002 names
    // "store rules" ((727001, 0) is the migration lock).
    const QString statement = mode == StoreLock::Shared
        ? QStringLiteral("SELECT pg_advisory_xact_lock_shared(727002, :store)")
        : QStringLiteral("SELECT pg_advisory_xact_lock(727002, :store)");
    for (qint64 store : std::as_const(stores)) {
        Statement lock = prepare(db, statement);
        if (!lock)
            return std::unexpected(lock.error());
        lock->bindValue(QStringLiteral(":store"), static_cast<int>(store % 2147483647));
        if (auto ok = exec(*lock, QCoreApplication::translate("sams::sql", "Waiting for the store")); !ok)
            return ok;
        lock->finish();
    }
    return {};
}

Status lockForBooking(QSqlDatabase &db, qint64 store, qint64 chair, qint64 movingAppointment)
{
    if (!isPostgreSql(db))
        return {};
    // The target list runs left to right: the store lock first, then the chairs
    // in id order, as lockStores() and lockChairs() take them.
    Statement lock = prepare(
        db,
        movingAppointment == 0
            ? QStringLiteral("SELECT pg_advisory_xact_lock_shared(727002, :store), pg_advisory_xact_lock(:chair)")
            : QStringLiteral("SELECT pg_advisory_xact_lock_shared(727002, :store), "
                             "pg_advisory_xact_lock(LEAST(:chair, o.chair_id)), "
                             "pg_advisory_xact_lock(GREATEST(:chair, o.chair_id)) FROM (SELECT COALESCE((SELECT "
                             "a.chair_id FROM public.appointments a WHERE a.id = :id), :chair) AS chair_id) o"));
    if (!lock)
        return std::unexpected(lock.error());
    lock->bindValue(QStringLiteral(":store"), static_cast<int>(store % 2147483647));
    lock->bindValue(QStringLiteral(":chair"), chair);
    if (movingAppointment != 0)
        lock->bindValue(QStringLiteral(":id"), movingAppointment);
    return exec(*lock, QCoreApplication::translate("sams::sql", "Waiting for the chair"));
}

Status advanceIdentities(QSqlDatabase &db)
{
    if (!isPostgreSql(db))
        return {};
    for (const char *table : {"stores", "chairs", "hours_versions", "date_exceptions", "locks", "appointments",
                              "work_orders", "work_order_reschedules", "outbox", "history"}) {
        const QString name = QString::fromLatin1(table);
        if (auto ok = exec(db,
                           QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                          "GREATEST((SELECT MAX(id) FROM %1), 1))")
                               .arg(name),
                           QCoreApplication::translate("sams::sql", "Advancing ids"));
            !ok)
            return ok;
    }
    return {};
}

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{ }

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (isSqlite(m_db))
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    else
        m_db.rollback();
}

Status Transaction::begin()
{
    if (isSqlite(m_db)) {
        if (auto ok = exec(m_db, QStringLiteral("BEGIN IMMEDIATE"),
                           QCoreApplication::translate("sams::sql", "Starting a transaction"));
            !ok)
            return ok;
    } else if (!m_db.transaction()) {
        return std::unexpected(
            sqlError(m_db.lastError(), QCoreApplication::translate("sams::sql", "Starting a transaction")));
    }
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    if (isSqlite(m_db)) {
        if (auto ok = exec(m_db, QStringLiteral("COMMIT"), QCoreApplication::translate("sams::sql", "Committing")); !ok)
            return ok;
    } else if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        // No SQLSTATE (the connection dropped), a connection exception (08) or an
        // operator intervention (57P): COMMIT may have reached the server and been
        // applied before the answer was lost, so the outcome is unknown
        // (docs/concurrency.md).
        const QString code = error.nativeErrorCode();
        if (code.isEmpty() || code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
            return std::unexpected(Error::failed(QCoreApplication::translate(
                "sams::sql",
                "The connection to the database was lost while saving: the server may have saved "
                "it. Check before retrying.")));
        return std::unexpected(sqlError(error, QCoreApplication::translate("sams::sql", "Committing")));
    }
    m_open = false;
    return {};
}

} // namespace sams::sql
