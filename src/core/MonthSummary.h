#pragma once

#include "core/StoreSchedule.h"

#include <QDate>
#include <QList>

namespace sams {

// What one store-local day of a store holds, for the month overview
// (docs/month-view.md). Slot counts are slot places: a slot of a store with
// capacity 2 is two places. Every place in open hours is exactly one of booked,
// open or locked, so capacity = booked places + open + locked.
struct DayCounts {
    QDate date; // store-local
    int booked = 0; // active appointments starting this day (displaced ones included)
    int open = 0; // free places in open hours, not locked: what can still be booked
    int locked = 0; // free places in open hours under a lock
    int displaced = 0; // of `booked`: active appointments whose slots are no longer open for them
    int capacity = 0; // slot places in open hours, every chair
    bool closed = false; // no chair has open hours this day (capacity 0)

    // Places taken by appointments (an appointment of three slots takes three).
    int bookedPlaces() const { return capacity - open - locked; }
    // bookedPlaces / (open + bookedPlaces), 0 .. 1; 0 when nothing is bookable.
    // Locked places count neither way: a lock is not a free place nor a booking.
    double utilisation() const;

    friend bool operator==(const DayCounts &, const DayCounts &) = default;
};

// One DayCounts per store-local date in [from, to], in date order, computed with
// the engine (StoreSchedule::slots and displacedIn), so DST days have the slots
// their 23 or 25 hours give.
QList<DayCounts> summariseDays(const StoreSchedule &schedule, QDate from, QDate to);

// The month view's grid: six weeks from the Monday on or before the 1st.
inline constexpr int monthGridDays = 42;
QDate monthGridStart(QDate anyDayOfMonth);

} // namespace sams
