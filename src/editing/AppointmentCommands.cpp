#include "editing/AppointmentCommands.h"

#include <QCoreApplication>
#include <QLocale>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::EditCommand)
};

QString localTime(const Store &store, qint64 instant)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(instant, Qt::UTC).toTimeZone(store.timeZone()),
                              QStringLiteral("ddd d MMM HH:mm"));
}

QString statusVerb(AppointmentStatus to, const QString &who)
{
    switch (to) {
    case AppointmentStatus::CheckedIn:
        return Text::tr("Check in %1").arg(who);
    case AppointmentStatus::Completed:
        return Text::tr("Complete %1").arg(who);
    case AppointmentStatus::NoShow:
        return Text::tr("Mark %1 as no-show").arg(who);
    case AppointmentStatus::Cancelled:
        return Text::tr("Cancel %1").arg(who);
    case AppointmentStatus::Confirmed:
        return Text::tr("Confirm %1").arg(who);
    case AppointmentStatus::Pending:
        return Text::tr("Set %1 to pending").arg(who);
    }
    return who;
}
} // namespace

BookCommand::BookCommand(const Store &store, const BookingRequest &request, const Appointment &details)
    : m_store(store)
    , m_request(request)
    , m_details(details)
{
    setText(Text::tr("Book %1 at %2").arg(details.customerName, localTime(store, request.start)));
}

WriteJob BookCommand::forward() const
{
    if (m_id == 0) {
        return [store = m_store, request = m_request, details = m_details](ScheduleWriter &writer) -> Result<Written> {
            const Result<AppointmentId> id = writer.book(store, request, details);
            if (!id)
                return std::unexpected(id.error());
            return Written{*id, 1};
        };
    }
    // Redo after undo: the same appointment again, so its history stays one story.
    return [store = m_store, id = m_id, version = m_version,
            status = m_details.status](ScheduleWriter &writer) -> Result<Written> {
        const Result<int> v = writer.setStatus(store, id, status, version, Text::tr("Redo of the booking"));
        if (!v)
            return std::unexpected(v.error());
        return Written{id, *v};
    };
}

WriteJob BookCommand::backward() const
{
    return [id = m_id, version = m_version](ScheduleWriter &writer) -> Result<Written> {
        const Result<int> v = writer.cancel(id, Text::tr("Booking undone"), version);
        if (!v)
            return std::unexpected(v.error());
        return Written{id, *v};
    };
}

void BookCommand::applied(bool, const Written &written)
{
    m_id = written.id;
    m_version = written.version;
}

RescheduleCommand::RescheduleCommand(const Store &store, const Appointment &appointment, const Placement &to,
                                     const QString &chairName)
    : m_store(store)
    , m_id(appointment.id)
    , m_from{appointment.chairId, appointment.startsAt.toSecsSinceEpoch(), appointment.slotCount}
    , m_to(to)
{
    m_version = appointment.version;
    if (to.chairId == m_from.chairId && to.start == m_from.start)
        setText(to.slotCount == 1 ? Text::tr("Resize %1 to 1 slot").arg(appointment.customerName)
                                  : Text::tr("Resize %1 to %2 slots").arg(appointment.customerName).arg(to.slotCount));
    else
        setText(Text::tr("Move %1 to %2, %3").arg(appointment.customerName, chairName, localTime(store, to.start)));
}

WriteJob RescheduleCommand::placeAt(const Placement &placement) const
{
    return [store = m_store, id = m_id, placement, version = m_version](ScheduleWriter &writer) -> Result<Written> {
        const Result<int> v
            = writer.reschedule(store, id, placement.chairId, placement.start, placement.slotCount, version);
        if (!v)
            return std::unexpected(v.error());
        return Written{id, *v};
    };
}

WriteJob RescheduleCommand::forward() const
{
    return placeAt(m_to);
}

WriteJob RescheduleCommand::backward() const
{
    return placeAt(m_from);
}

void RescheduleCommand::applied(bool, const Written &written)
{
    m_version = written.version;
}

StatusCommand::StatusCommand(const Store &store, const Appointment &appointment, AppointmentStatus to,
                             const QString &reason)
    : m_store(store)
    , m_id(appointment.id)
    , m_from(appointment.status)
    , m_to(to)
    , m_reason(reason)
{
    m_version = appointment.version;
    setText(statusVerb(to, appointment.customerName));
}

WriteJob StatusCommand::forward() const
{
    return [store = m_store, id = m_id, to = m_to, reason = m_reason,
            version = m_version](ScheduleWriter &writer) -> Result<Written> {
        const Result<int> v = to == AppointmentStatus::Cancelled ? writer.cancel(id, reason, version)
                                                                 : writer.setStatus(store, id, to, version, reason);
        if (!v)
            return std::unexpected(v.error());
        return Written{id, *v};
    };
}

WriteJob StatusCommand::backward() const
{
    return [store = m_store, id = m_id, from = m_from, version = m_version](ScheduleWriter &writer) -> Result<Written> {
        const Result<int> v = writer.setStatus(store, id, from, version, Text::tr("Undone"));
        if (!v)
            return std::unexpected(v.error());
        return Written{id, *v};
    };
}

void StatusCommand::applied(bool, const Written &written)
{
    m_version = written.version;
}

DetailsCommand::DetailsCommand(StoreId store, const Appointment &before, const Appointment &after)
    : m_storeId(store)
    , m_before(before)
    , m_after(after)
{
    m_version = before.version;
    setText(Text::tr("Edit %1's details").arg(after.customerName));
}

WriteJob DetailsCommand::write(AppointmentId id, const Appointment &details, int version)
{
    return [id, details, version](ScheduleWriter &writer) -> Result<Written> {
        const Result<int> v = writer.updateDetails(id, details, version);
        if (!v)
            return std::unexpected(v.error());
        return Written{id, *v};
    };
}

WriteJob DetailsCommand::forward() const
{
    return write(m_before.id, m_after, m_version);
}

WriteJob DetailsCommand::backward() const
{
    return write(m_before.id, m_before, m_version);
}

void DetailsCommand::applied(bool, const Written &written)
{
    m_version = written.version;
}

LockCommand::LockCommand(const Store &store, const Lock &lock, Verb verb, const QString &reason)
    : m_store(store)
    , m_lock(lock)
    , m_verb(verb)
    , m_reason(reason)
{
    setText(verb == Verb::Add
                ? Text::tr("Lock %1 (%2)").arg(localTime(store, lock.startsAt.toSecsSinceEpoch()), lock.reason)
                : Text::tr("Unlock %1 (%2)").arg(localTime(store, lock.startsAt.toSecsSinceEpoch()), lock.reason));
}

WriteJob LockCommand::add() const
{
    return [store = m_store, lock = m_lock](ScheduleWriter &writer) -> Result<Written> {
        Lock fresh = lock;
        fresh.id = 0;
        const Result<AddedLock> added = writer.addLock(store, fresh);
        if (!added)
            return std::unexpected(added.error());
        return Written{added->id, 1};
    };
}

WriteJob LockCommand::remove(const QString &reason) const
{
    return [id = m_lock.id, reason](ScheduleWriter &writer) -> Result<Written> {
        const Result<Lock> removed = writer.removeLock(id, reason);
        if (!removed)
            return std::unexpected(removed.error());
        return Written{0, 0};
    };
}

WriteJob LockCommand::forward() const
{
    return m_verb == Verb::Add ? add() : remove(m_reason);
}

WriteJob LockCommand::backward() const
{
    return m_verb == Verb::Add ? remove(Text::tr("Lock undone")) : add();
}

void LockCommand::applied(bool, const Written &written)
{
    // Adding gave the lock a new id; removing leaves the last one to add it again.
    if (written.id != 0)
        m_lock.id = written.id;
}

} // namespace sams
