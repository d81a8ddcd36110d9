#pragma once

#include "core/Chair.h"

#include <QDateTime>
#include <optional>

namespace sams {

// A blockout: slots of a chair (or of every chair of a store) in [startsAt, endsAt)
// are LOCKED.
struct Lock {
    qint64 id = 0;
    StoreId storeId = 0;
    std::optional<ChairId> chairId; // empty: every chair of the store
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC, exclusive
    QString reason;
    QString createdBy;
    int version = 1;
};

} // namespace sams
