#pragma once

#include "core/Chair.h"
#include "core/TimeInterval.h"

#include <array>
#include <optional>

namespace sams {

// A weekly template of open intervals in effect from a date, for a whole store or
// one chair. Breaks are gaps between intervals; a weekday with none is closed.
struct HoursVersion {
    qint64 id = 0;
    StoreId storeId = 0;
    std::optional<ChairId> chairId; // empty: the whole store
    QDate effectiveFrom;
    bool followsStore = false; // chair versions only: ends an override
    std::array<DayIntervals, 7> week; // index 0 = Monday
    int version = 1;

    const DayIntervals &intervalsOn(QDate date) const { return week.at(date.dayOfWeek() - 1); }
    void setDays(int firstWeekday, int lastWeekday, const DayIntervals &intervals); // 1 = Monday
};

} // namespace sams
