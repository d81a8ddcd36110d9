#pragma once

#include "core/ScheduleRepository.h"
#include "core/StoreSchedule.h"

namespace sams {

// A store's schedule from the repository, for local dates [from, to]: all its
// chairs, hours and zip codes, and the exceptions, locks and active appointments
// of those days.
Result<StoreSchedule> loadStoreSchedule(ScheduleRepository &repository, const Store &store, QDate from, QDate to);

// The store with this code (case-insensitive), or an error naming the code.
Result<Store> findStore(ScheduleRepository &repository, const QString &code);

} // namespace sams
