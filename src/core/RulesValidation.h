#pragma once

#include "core/DateException.h"
#include "core/Error.h"
#include "core/HoursVersion.h"

namespace sams {

// A problem with one interval of an hours week, for the editor to mark its cell.
struct IntervalProblem {
    int weekday = 0; // 1 = Monday
    int index = 0; // of the interval in that day's list
    QString message;
};

// Each interval must close after it opens, within 00:00-24:00 (24:00 only as a
// close), and must not overlap another of the same day (docs/manager-guide.md,
// Hours). Weekday 0 checks a date exception's intervals.
QList<IntervalProblem> checkDay(const DayIntervals &day, int weekday);
QList<IntervalProblem> checkWeek(const std::array<DayIntervals, 7> &week);

// The rules a manager's dated edit follows, in the store's zone (`today` is its
// local date). All refusals name the problem; nothing is written on any.
//   hours: Usage for a bad interval or a chair version that follows the store and
//   lists hours; Rule/Past for a version from before today; Rule/ChairEnded for
//   one from before the store opens.
Status checkHoursVersion(const Store &store, const HoursVersion &hours, QDate today);
//   exception: Usage for a bad interval or a blank reason; Rule/Past before today.
Status checkException(const Store &store, const DateException &exception, QDate today);
//   chair: Usage for a blank name or an end before the start; Rule/Past for a
//   start moved once it has passed, or an end set before today.
Status checkChair(const Chair *before, const Chair &after, QDate today);
//   store: Usage for a bad setting (slot length 5-480 minutes,
//   capacity 1+, an unknown time zone, visible_from after opens_on, closes_on
//   before opens_on); Rule/Past for moving opens_on once the store has opened (or
//   into the past), or closes_on into the past.
Status checkStore(const Store &before, const Store &after, QDate today);

} // namespace sams
