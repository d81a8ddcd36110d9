#pragma once

#include "core/StoreRules.h"

namespace sams {

// How much of each appointment a snapshot carries. Engine: what slot and booking
// checks need (where, when, status, seat, version, the locks it overrides);
// Full: also the customer's details, notes and channel, for the grid.
enum class AppointmentDetail { Engine, Full };

// One store's schedule over a range of store-local days, read at one instant
// (ScheduleRepository::snapshot).
struct StoreSnapshot {
    StoreRules rules; // rules.store is the store as it is now
    // Every appointment overlapping the days, cancelled ones included, by chair then start.
    QList<Appointment> appointments;
};

} // namespace sams
