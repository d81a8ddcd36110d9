#pragma once

#include "core/StoreSchedule.h"

namespace sams {

// A large generated chain for benchmarks: `stores` stores across the US zones,
// `chairsPerStore` chairs each, Mon-Sat 08:00-12:00 and 13:00-20:00, and busy
// chairs (about eleven appointments a day) over `days` days from `firstDay`.
// Deterministic for a seed. Appointments are kept as BookedSpans only, so two
// million of them fit in well under 100 MB.
struct SyntheticStore {
    StoreRules rules;
    QList<BookedSpan> booked;
};

QList<SyntheticStore> generateSyntheticChain(int stores, int chairsPerStore, QDate firstDay, int days,
                                             quint32 seed = 42);

} // namespace sams
