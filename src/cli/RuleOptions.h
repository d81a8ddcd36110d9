#pragma once

#include "cli/CommandContext.h"
#include "core/ImpactAnalysis.h"
#include "core/ScheduleRepository.h"

namespace sams::cli {

// "mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00": a week of hours, store-local.
// Usage errors name the part that is not like that.
Result<std::array<DayIntervals, 7>> parseWeek(const QString &text, const QString &option);
// "09:00-12:00,13:00-17:00": one day's intervals; "" or "closed": none.
Result<DayIntervals> parseDayIntervals(const QString &text, const QString &option);

// The store named by --store and the chair named by --chair (if given).
struct StoreAndChair {
    Store store;
    std::optional<Chair> chair;
};
Result<StoreAndChair> storeAndChair(ScheduleRepository &repository, const QCommandLineParser &parser);
// The same for a store code and a chair name (empty: no chair).
Result<StoreAndChair> storeAndChair(ScheduleRepository &repository, const QString &code, const QString &chairName);

// Prints each displaced appointment as one line, "displaces appointment ID at
// YYYY-MM-DD HH:MM (STORE, CHAIR, CUSTOMER)", and a count; the customer is read
// for each (one read for all).
void printDisplaced(const CommandContext &context, ScheduleRepository &repository, const Store &store,
                    const QList<DayImpact> &days, bool wouldOnly = false);

} // namespace sams::cli
