#pragma once

#include "core/ScheduleRepository.h"
#include "core/StoreSchedule.h"

namespace sams {

// A store's schedule from the repository, for local dates [from, to]: all its
// chairs, hours and zip codes, and the exceptions, locks and active appointments
// of those days.
Result<StoreSchedule> loadStoreSchedule(ScheduleRepository &repository, const Store &store, QDate from, QDate to);

// The spans of the appointments that hold slots (all but cancelled ones).
QList<BookedSpan> activeSpans(const QList<Appointment> &appointments);

// The store as it is now, for a writer that computed instants from `seen` (read
// before its transaction): Error::Conflict when the store's time zone changed
// meanwhile, since those instants would mean other wall times
// (docs/concurrency.md). Call it inside the write transaction, after the locks.
Result<Store> reloadStore(ScheduleRepository &repository, const Store &seen);
// The same check on a store already read again (a writer's snapshot).
Status checkSameZone(const Store &seen, const Store &current);

// The store with this code: spelled the same, or else the one store whose code
// differs only in case; never the first of several (docs/input.md).
Result<Store> findStore(ScheduleRepository &repository, const QString &code);
// The store's chair with this name, by the same rule as findStore.
Result<Chair> findChair(ScheduleRepository &repository, const Store &store, const QString &name);

} // namespace sams
