#pragma once

#include "core/StoreSchedule.h"

#include <optional>

namespace sams {

// A place an appointment of some length could go: n consecutive OPEN slots.
struct SlotOffer {
    StoreId storeId = 0;
    ChairId chairId = 0;
    SlotSpan span;
    friend bool operator==(const SlotOffer &, const SlotOffer &) = default;
};

// Every start on a chair's date where `slotCount` consecutive slots are OPEN (not
// booked to capacity, not locked), starting at or after `notBefore`. `ignore` is
// an appointment whose own slots count as free (it is the one being moved).
QList<SlotOffer> openRuns(const StoreSchedule &schedule, const Chair &chair, QDate date, int slotCount,
                          qint64 notBefore, AppointmentId ignore = 0);

// The nearest open places for a displaced appointment, in the order a scheduler
// would offer them: same chair and day, then other chairs that day, then other
// days (nearest first, same chair first). Never in the past.
QList<SlotOffer> alternativesFor(const StoreSchedule &schedule, const BookedSpan &appointment, qint64 now,
                                 int limit = 5, int searchDays = 14);

// The earliest open place for `slotCount` slots in any of the stores, from
// `notBefore` (now) over the next `days` store-local days, that the booking rules
// accept for this channel: a web customer's search keeps to the horizon, the
// notice and their zip code, exactly as checkBooking() will when they book.
std::optional<SlotOffer> firstAvailable(const QList<const StoreSchedule *> &stores, int slotCount, qint64 notBefore,
                                        int days, BookingChannel channel = BookingChannel::Staff,
                                        const QString &customerZip = {});

} // namespace sams
