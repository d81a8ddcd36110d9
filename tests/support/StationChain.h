#pragma once

#include "core/ChainData.h"
#include "core/TimeInterval.h"

#include <QList>

namespace sams::test {

// The small chain the editing tests share: store 1 "Group Color Bar" (GRP,
// America/Chicago, visible and open from 2027-01-01) with chairs 1 and 2
// ("Station 1", "Station 2"), open Monday to Saturday in `hours` (store-local
// minutes) from its opening day. Tests add locks and appointments to it.
ChainData stationChain(const QList<TimeInterval> &hours, int capacity = 1);
// The same chain opening on `opens` instead (its store, chairs and hours).
ChainData stationChainFrom(QDate opens, const QList<TimeInterval> &hours);

} // namespace sams::test
