#pragma once

#include "core/Error.h"
#include "core/StoreSchedule.h"

namespace sams {

// What a writer wants to book (or move an appointment to).
struct BookingRequest {
    ChairId chairId = 0;
    qint64 start = 0; // UTC seconds
    int slotCount = 1;
    BookingChannel channel = BookingChannel::Staff;
    QString customerZip;
    bool overrideLock = false; // asks to book into locked slots
    bool mayOverrideLocks = false; // the writer holds the override right
    QString overrideReason;
    AppointmentId replacing = 0; // a move: the appointment's own slots do not count as taken
    // The caller's key for this request (empty: none). A retry with the same key
    // returns the appointment the first try made instead of booking twice.
    QString requestKey;
};

// The one booking check every writer calls (desktop, samsctl, import, web shop
// checks). Returns the instants the appointment would hold, or why not:
// Error::Rule for closed, past, horizon, notice, zip, lock and lifespan refusals,
// Error::Conflict when the slots are taken, Error::Permission for an override
// without the right, Error::Usage for a malformed request.
Result<SlotSpan> checkBooking(const StoreSchedule &schedule, const BookingRequest &request, qint64 now);

} // namespace sams
