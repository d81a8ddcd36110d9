#pragma once

#include "widgets/BookingDialog.h"

namespace sams {

class ScheduleRepository;

// The booking dialog's "first available" beyond one day (docs/editing.md,
// Dialogs): reads the stores' snapshots for the days searched and asks the engine
// (core/SlotSearch.h firstAvailable) for the earliest place `query` allows from
// max(now, the start of query.from in `current`'s zone). Runs on the database
// thread. `daysSearched` (out): how many store-local days were searched, the
// stores' horizon plus one, at most 120. Errors: the repository's read errors.
Result<std::optional<FirstAvailableAnswer>> searchFirstAvailable(ScheduleRepository &repository, const Store &current,
                                                                 const FirstAvailableQuery &query, qint64 now,
                                                                 int &daysSearched);

} // namespace sams
