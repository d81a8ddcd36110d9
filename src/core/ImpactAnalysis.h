#pragma once

#include "core/StoreSchedule.h"

#include <variant>

namespace sams {

// Changes a manager can propose; none of them ever touches an appointment.
struct ChairEndChange {
    ChairId chairId = 0;
    QDate endsOn; // null: no end
};
struct StoreCloseChange {
    QDate closesOn; // null: open-ended again
};
using ProposedChange = std::variant<HoursVersion, DateException, Lock, ChairEndChange, StoreCloseChange>;

// The rules with the change applied: an hours version or exception replaces the
// one with the same key (store, chair, date), a lock is added as a new one (id 0,
// so it displaces appointments booked into other locks with an override).
StoreRules applyChange(const StoreRules &rules, const ProposedChange &change);

struct DayImpact {
    QDate date; // store-local
    QList<BookedSpan> appointments;
};

// Active appointments in [from, to] that fit now and would be displaced by the change.
QList<DayImpact> impactOf(const StoreSchedule &current, const ProposedChange &change, QDate from, QDate to);

// Active appointments in [from, to] that are displaced in the data as it is.
QList<DayImpact> displacedIn(const StoreSchedule &schedule, QDate from, QDate to);

} // namespace sams
