#pragma once

#include "core/Error.h"
#include "core/ImpactAnalysis.h"
#include "core/ZipCode.h"

namespace sams {

// What a saved rule change did: the id and version of the row it wrote and the
// appointments it displaced (still booked, now on the worklist: a rule change
// never moves or cancels one, docs/manager-guide.md).
struct RulesSaved {
    qint64 id = 0;
    int version = 0;
    QList<DayImpact> displaced; // from the store's today a year on
};

// A manager's dated edits of a store's rules (docs/manager-guide.md). Each runs as
// one write transaction that holds the store's bookings back while it writes,
// records history with before and after, and is refused with
// Error::Conflict/StaleVersion when the row changed since `version` was read
// (version 0: the row must not exist yet). Dates are store-local; the rules of
// core/RulesValidation.h apply with the store's today. Errors: Usage (a bad
// value), Rule (Past, ChairEnded: see RulesValidation.h), Conflict (stale, or a
// chair name taken), Permission (the role may not: PostgreSQL grants), Failed.
class RulesWriter
{
public:
    virtual ~RulesWriter() = default;

    // Adds or replaces the hours version with hours' key (store, chair,
    // effectiveFrom); `version` is that of the one replaced (0: none yet).
    virtual Result<RulesSaved> saveHours(const HoursVersion &hours, int version) = 0;
    // Removes a version that has not taken effect yet.
    virtual Result<RulesSaved> removeHours(qint64 id, int version) = 0;
    // Version -1 replaces whatever exception has its key (a holiday set for
    // several stores at once, after the preview showed what it displaces).
    virtual Result<RulesSaved> saveException(const DateException &exception, int version) = 0;
    virtual Result<RulesSaved> removeException(qint64 id, int version, const QString &reason) = 0;
    // Adds a chair (chair.id 0) or changes its name, start or end date at chair.version.
    virtual Result<RulesSaved> saveChair(const Chair &chair) = 0;
    // Puts the store's chairs' lanes in this order (every chair of the store,
    // each once; Conflict/StaleVersion when the chairs changed since). Moves no
    // booking and displaces nothing.
    virtual Status reorderChairs(StoreId store, const QList<ChairId> &order) = 0;
    // Changes the store's settings and dates at store.version.
    virtual Result<RulesSaved> saveStore(const Store &store) = 0;
    // Adds a zip code or changes its activation date (null: not active).
    virtual Status saveZipCode(const ZipCode &zip) = 0;
    // The worklist's "customer contacted" mark on an appointment at `version`;
    // returns the appointment's new version.
    virtual Result<int> markContacted(AppointmentId id, int version, const QString &note) = 0;
};

} // namespace sams
