#pragma once

#include "core/Appointment.h"
#include "core/Error.h"
#include "core/SlotSearch.h"
#include "core/Store.h"
#include "core/StoreSchedule.h"

#include <QDate>
#include <QString>

#include <optional>

namespace sams {

class ScheduleRepository;

// A "first available" search from `from` (a store-local day) forward for
// `slotCount` slots, as `channel` may book them.
struct FirstAvailableQuery {
    enum class Scope { Chair, AnyChair, AnyStore };
    Scope scope = Scope::AnyChair;
    ChairId chairId = 0; // for Scope::Chair
    int slotCount = 1;
    QDate from;
    BookingChannel channel = BookingChannel::Staff;
    QString customerZip;
};

// Its answer: the place found, its store and chair, and (for a place in the
// store searched from) that store's schedule holding the day.
struct FirstAvailableAnswer {
    Store store;
    QString chairName;
    SlotOffer offer;
    std::optional<StoreSchedule> schedule;
};

struct FirstAvailableResult {
    std::optional<FirstAvailableAnswer> answer; // empty: nothing within `days`
    int days = 0; // store-local days searched
};

// "First available" beyond one day (docs/editing.md, Dialogs): reads the stores' snapshots for the days searched and
// asks the engine (core/SlotSearch.h firstAvailable) for the earliest place `query` allows from max(now, the start of
// query.from in `current`'s zone). Runs on the database thread. It searches the stores' horizon plus one day, at most
// 120 days. Errors: the repository's read errors.
Result<FirstAvailableResult> searchFirstAvailable(ScheduleRepository &repository, const Store &current,
                                                  const FirstAvailableQuery &query, qint64 now);

} // namespace sams
