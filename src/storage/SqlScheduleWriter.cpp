#include "storage/SqlScheduleWriter.h"

#include "storage/Database.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlLockWriter.h"

#include <QSqlQuery>

namespace sams {

SqlScheduleWriter::SqlScheduleWriter(Database &database, const QString &actor)
    : m_database(database)
    , m_actor(actor)
{ }

Rights SqlScheduleWriter::rights()
{
    if (m_rights)
        return *m_rights;
    Rights rights;
    if (m_database.isSqlite()) {
        // The embedded database's one local user holds every right; a read-only
        // file allows nothing.
        const bool writable = !m_database.isReadOnly();
        rights = {QStringLiteral("owner"), writable, writable, writable, writable, writable};
    } else {
        // The job roles of migration 005; a login outside them is a service account
        // with every right the server grants it (docs/security.md).
        QSqlQuery query(m_database.connection());
        const bool ok = query.exec(QStringLiteral("SELECT pg_has_role(session_user, 'sams_admin', 'member'), "
                                                  "pg_has_role(session_user, 'sams_manager', 'member'), "
                                                  "pg_has_role(session_user, 'sams_scheduler', 'member'), "
                                                  "pg_has_role(session_user, 'sams_technician', 'member')"))
            && query.next();
        if (ok && query.value(0).toBool())
            rights = {QStringLiteral("admin"), true, true, true, true, true};
        else if (ok && query.value(1).toBool())
            rights = {QStringLiteral("manager"), true, true, true, true, true};
        else if (ok && query.value(2).toBool())
            rights = {QStringLiteral("scheduler"), true, true, false, false, true};
        else if (ok && query.value(3).toBool())
            rights = {QStringLiteral("technician"), false, false, false, false, true};
        else
            rights = {QStringLiteral("owner"), ok, ok, ok, ok, ok};
    }
    m_rights = rights;
    return rights;
}

Result<AppointmentId> SqlScheduleWriter::book(const Store &seen, const BookingRequest &request,
                                              const Appointment &details)
{
    BookingRequest checked = request;
    checked.mayOverrideLocks = rights().overrideLocks;
    return SqlBookingWriter(m_database, m_actor).book(seen, checked, details);
}

Result<int> SqlScheduleWriter::reschedule(const Store &seen, AppointmentId id, ChairId chair, qint64 start,
                                          int slotCount, int version)
{
    return SqlBookingWriter(m_database, m_actor).move(seen, id, chair, start, version, slotCount);
}

Result<int> SqlScheduleWriter::updateDetails(AppointmentId id, const Appointment &details, int version)
{
    return SqlBookingWriter(m_database, m_actor).updateDetails(id, details, version);
}

Result<int> SqlScheduleWriter::cancel(AppointmentId id, const QString &reason, int version)
{
    return SqlBookingWriter(m_database, m_actor).cancel(id, reason, version);
}

Result<int> SqlScheduleWriter::setStatus(const Store &seen, AppointmentId id, AppointmentStatus to, int version,
                                         const QString &reason)
{
    return SqlBookingWriter(m_database, m_actor).setStatus(seen, id, to, version, reason);
}

Result<AddedLock> SqlScheduleWriter::addLock(const Store &seen, const Lock &lock)
{
    return SqlLockWriter(m_database, m_actor).add(seen, lock);
}

Result<Lock> SqlScheduleWriter::removeLock(qint64 lockId, const QString &reason)
{
    return SqlLockWriter(m_database, m_actor).remove(lockId, reason);
}

} // namespace sams
