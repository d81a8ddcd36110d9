#pragma once

#include "core/Chair.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace sams {

using AppointmentId = qint64;

enum class AppointmentStatus { Pending, Confirmed, CheckedIn, Completed, Cancelled, NoShow };
enum class BookingChannel { Staff, Phone, Web };

struct Appointment {
    AppointmentId id = 0;
    ChairId chairId = 0;
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC, exclusive
    int slotCount = 1;
    QString customerName;
    QString customerPhone;
    QString customerEmail;
    QString customerZip;
    QString service;
    AppointmentStatus status = AppointmentStatus::Pending;
    BookingChannel channel = BookingChannel::Staff;
    QString notes;
    QString internalNotes;
    QString overrideReason; // set when booked into a locked slot
    // The locks that override covered, and only those: a lock added later
    // displaces the appointment like any other (docs/decisions.md, "Displaced").
    QList<qint64> overriddenLocks;
    int version = 1;
    // Which of the chair's capacity places it holds, 0 .. capacity-1: kept by
    // storage so that the database itself refuses a double booking (docs/rules.md).
    int seat = 0;
    // The worklist's "customer contacted" mark (docs/manager-guide.md, Worklist):
    // it holds while the appointment is still at contactedVersion.
    QString contactNote;
    QDateTime contactedAt; // UTC; null: never contacted
    int contactedVersion = 0;
    // Work orders (not cancelled) that prepare for it (docs/technician-guide.md);
    // read with the full details, not stored on the appointment.
    int workOrderCount = 0;
    bool isContacted() const { return contactedVersion > 0 && contactedVersion == version; }

    // Active appointments hold their slots; cancelled ones do not.
    bool isActive() const { return status != AppointmentStatus::Cancelled; }
};

// Stable identifiers as stored and printed by samsctl ("checked_in").
QString statusName(AppointmentStatus status);
std::optional<AppointmentStatus> parseStatus(const QString &name);
QString channelName(BookingChannel channel);
std::optional<BookingChannel> parseChannel(const QString &name);

// What a person reads ("Checked in"), translated.
QString statusLabel(AppointmentStatus status);

} // namespace sams
