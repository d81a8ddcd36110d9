#pragma once

#include "core/ImpactAnalysis.h"
#include "core/ScheduleRepository.h"

#include <QHash>

namespace sams {

// What a proposed rule change would displace, as the impact preview shows it
// (docs/manager-guide.md, Impact preview): per store-local day, with each
// appointment's details (customer name and phone) and chair names.
struct ChangePreview {
    Store store;
    QList<DayImpact> days;
    QHash<AppointmentId, Appointment> details; // id, customer name and phone
    QHash<ChairId, QString> chairNames;
    qsizetype count() const;
};

// The preview of `change` for `store` from its today a year on (the longest the
// engine looks ahead); nothing is written. Errors: those of the repository's reads.
Result<ChangePreview> previewChange(ScheduleRepository &repository, const Store &store, const ProposedChange &change);

// The same for a change already written, from its report (RulesSaved::displaced).
Result<ChangePreview> describeDisplaced(ScheduleRepository &repository, const Store &store,
                                        const QList<DayImpact> &days);

} // namespace sams
