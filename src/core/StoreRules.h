#pragma once

#include "core/Appointment.h"
#include "core/DateException.h"
#include "core/HoursVersion.h"
#include "core/Lock.h"
#include "core/ZipCode.h"

#include <QList>

namespace sams {

// Everything that decides which slots one store has: the store, its chairs, dated
// hours, exceptions, locks and zip codes. Proposed changes are applied to a copy.
struct StoreRules {
    Store store;
    QList<Chair> chairs;
    QList<HoursVersion> hoursVersions;
    QList<DateException> exceptions;
    QList<Lock> locks;
    QList<ZipCode> zipCodes;
};

// An active appointment as the engine sees it: where and when, nothing else.
struct BookedSpan {
    qint64 start = 0; // UTC seconds
    qint64 end = 0; // exclusive
    AppointmentId id = 0;
    ChairId chairId = 0;
    QList<qint64> overriddenLocks = {}; // booked into these locks on purpose: they do not displace it
};

BookedSpan bookedSpanOf(const Appointment &appointment);

} // namespace sams
