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
// Removing an hours version or a date exception (by its key: chair, date).
struct HoursRemoval {
    std::optional<ChairId> chairId; // empty: the store's own hours
    QDate effectiveFrom;
};
struct ExceptionRemoval {
    std::optional<ChairId> chairId;
    QDate date;
};
// A Chair adds a chair (id 0) or replaces the one with its id (rename, start and
// end dates); a Store replaces the store's settings (slot length, capacity,
// opening and closing dates).
using ProposedChange = std::variant<HoursVersion, DateException, Lock, ChairEndChange, StoreCloseChange, Chair, Store,
                                    HoursRemoval, ExceptionRemoval>;

// The rules with the change applied: an hours version or exception replaces the
// one with the same key (store, chair, date), a lock is added as a new one (id 0,
// so it displaces appointments booked into other locks with an override).
StoreRules applyChange(const StoreRules &rules, const ProposedChange &change);

struct DayImpact {
    QDate date; // store-local
    QList<BookedSpan> appointments;
};

// Active appointments in [from, to] that fit now and would be displaced by the
// change: they no longer lie on open slots of the new slot grid, or a smaller
// capacity leaves no place for them (the earliest booked keep theirs,
// docs/manager-guide.md, Impact preview).
QList<DayImpact> impactOf(const StoreSchedule &current, const ProposedChange &change, QDate from, QDate to);

// A span of one chair's time, UTC seconds [from, to).
struct ChairRange {
    ChairId chairId = 0;
    qint64 from = 0;
    qint64 to = 0;
    friend bool operator==(const ChairRange &, const ChairRange &) = default;
};

// Where on the chairs' timelines over [from, to] `change` can displace an
// appointment, from the rules alone (`current` needs no appointments): the open
// time it closes, the time where the slot grid shifts, a lock's own span. An
// appointment that overlaps none of them is not displaced by it, so a preview
// reads only those (docs/performance.md, Manager's tools). Nothing when the
// change can displace anywhere (a new slot length or capacity).
std::optional<QList<ChairRange>> rangesTouched(const StoreSchedule &current, const ProposedChange &change, QDate from,
                                               QDate to);

// Active appointments in [from, to] that are displaced in the data as it is, by
// the same two rules.
QList<DayImpact> displacedIn(const StoreSchedule &schedule, QDate from, QDate to);

} // namespace sams
