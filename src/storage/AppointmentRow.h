#pragma once

#include "core/Appointment.h"
#include "core/StoreSnapshot.h"
#include "storage/SqlValues.h"

#include <QStringList>

namespace sams::sql {

// The columns every appointment read selects (table alias `a`), in this order:
// the engine's columns first, then the customer's details. The per-table reads,
// the store snapshot's JSON rows and its plain-text engine lines all use it.
inline const QStringList &appointmentColumns()
{
    static const QStringList columns
        = {QStringLiteral("a.id"), QStringLiteral("a.chair_id"), QStringLiteral("a.starts_at"),
           QStringLiteral("a.ends_at"), QStringLiteral("a.slot_count"), QStringLiteral("a.status"),
           QStringLiteral("a.seat"), QStringLiteral("a.version"), QStringLiteral("a.override_lock_ids"),
           QStringLiteral("a.channel"), QStringLiteral("a.override_reason"), QStringLiteral("a.customer_name"),
           QStringLiteral("a.customer_phone"), QStringLiteral("a.customer_email"), QStringLiteral("a.customer_zip"),
           QStringLiteral("a.service"), QStringLiteral("a.notes"), QStringLiteral("a.internal_notes"),
           QStringLiteral("a.contact_note"), QStringLiteral("a.contacted_at"), QStringLiteral("a.contacted_version"),
           // Work orders to prepare for it (the grid's marker; an index lookup).
           QStringLiteral("(SELECT COUNT(*) FROM work_orders w WHERE w.appointment_id = "
                          "a.id AND w.status <> 'cancelled')")};
    return columns;
}
inline constexpr int engineColumnCount = 9;

inline QStringList appointmentColumns(AppointmentDetail detail)
{
    return detail == AppointmentDetail::Full ? appointmentColumns() : appointmentColumns().mid(0, engineColumnCount);
}

// An appointment from a row of appointmentColumns(): `value(i)` gives column i as
// a QVariant; `count` says how many columns the row has (engine or full).
template<typename Value> Appointment appointmentFrom(Value value, int count)
{
    Appointment a;
    a.id = value(0).toLongLong();
    a.chairId = value(1).toLongLong();
    a.startsAt = toInstant(value(2));
    a.endsAt = toInstant(value(3));
    a.slotCount = value(4).toInt();
    a.status = parseStatus(value(5).toString()).value_or(AppointmentStatus::Pending);
    a.seat = value(6).toInt();
    a.version = value(7).toInt();
    // "12,15": the locks the override covered (migration 011).
    const QStringList locks = value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &lock : locks)
        a.overriddenLocks.append(lock.toLongLong());
    if (count > engineColumnCount) {
        a.channel = parseChannel(value(9).toString()).value_or(BookingChannel::Staff);
        a.overrideReason = value(10).toString();
        a.customerName = value(11).toString();
        a.customerPhone = value(12).toString();
        a.customerEmail = value(13).toString();
        a.customerZip = value(14).toString();
        a.service = value(15).toString();
        a.notes = value(16).toString();
        a.internalNotes = value(17).toString();
    }
    if (count > 20) {
        a.contactNote = value(18).toString();
        if (!value(19).isNull())
            a.contactedAt = toInstant(value(19));
        a.contactedVersion = value(20).toInt();
    }
    if (count > 21)
        a.workOrderCount = value(21).toInt();
    return a;
}

} // namespace sams::sql
