#pragma once

#include "core/StoreRules.h"

namespace sams {

// How much a snapshot carries of the appointments. Engine: what slot and booking
// checks need (where, when, status, seat, version, the locks it overrides), of
// active appointments only; Full: cancelled ones too, with the customer's
// details, notes and channel, for the grid.
enum class AppointmentDetail { Engine, Full };

// One store's schedule over a range of store-local days, read at one instant
// (ScheduleRepository::snapshot).
struct StoreSnapshot {
    StoreRules rules; // rules.store is the store as it is now
    // The appointments overlapping the days, by chair then start.
    QList<Appointment> appointments;
};

} // namespace sams
