#pragma once

#include "core/Error.h"

#include <QDate>

namespace sams::limits {

// Bounds on the ranges a user can type, so that no request makes SAMS work for
// minutes (inside a write lock or not) over a typo such as a lock from year 1 to
// 9999. The choices and their reasons are in docs/limits.md.

// Calendar dates SAMS accepts anywhere (store-local): 1970-01-01 to 2199-12-31.
QDate earliestDate();
QDate latestDate();

inline constexpr int longestLockDays = 366; // a longer closure is a chair end or store close date
inline constexpr int longestSlotListDays = 366; // slots listings
inline constexpr int longestImpactDays = 731; // how far an impact preview looks ahead
// The longest an appointment and a lock last, in UTC seconds: an appointment's
// slots lie within one day (the databases refuse longer ones since migrations
// 004 and 013). Every read of a time range relies on these as its lower bound
// (starts_at after `from` minus the longest), so it never reads the past
// (docs/performance.md).
inline constexpr qint64 longestAppointmentSeconds = 86400;
inline constexpr qint64 longestLockSeconds = qint64(longestLockDays) * 86400;

// Error::Usage naming `what` unless `date` lies within [earliestDate(), latestDate()].
Status checkDate(const QDate &date, const QString &what);
// Error::Usage unless from <= to, both plausible, and the range covers at most
// `longestDays` days (counting both ends).
Status checkDateRange(const QDate &from, const QDate &to, int longestDays, const QString &what);
// Error::Usage unless a lock [start, end) (UTC seconds) ends after it starts, lies
// within the plausible dates and lasts at most longestLockDays.
Status checkLockSpan(qint64 start, qint64 end);

} // namespace sams::limits
