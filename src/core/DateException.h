#pragma once

#include "core/Chair.h"
#include "core/TimeInterval.h"

#include <optional>

namespace sams {

// One date on which a store or a chair keeps other hours: closed all day (no
// intervals) or open only at the given intervals.
struct DateException {
    qint64 id = 0;
    StoreId storeId = 0;
    std::optional<ChairId> chairId; // empty: the whole store
    QDate date;
    DayIntervals intervals; // empty: closed all day
    QString reason;
    int version = 1;
};

} // namespace sams
