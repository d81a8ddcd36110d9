#include "core/Worklist.h"

#include "core/Clock.h"
#include "core/ImpactAnalysis.h"
#include "core/InputLimits.h"
#include "core/StoreScheduleLoader.h"

namespace sams {

QList<WorklistItem> worklistOf(const StoreSchedule &schedule, const QHash<AppointmentId, Appointment> &details,
                               qint64 now, QDate from, QDate to, int alternatives)
{
    QList<WorklistItem> items;
    QHash<ChairId, QString> names;
    for (const Chair &chair : schedule.rules().chairs)
        names.insert(chair.id, chair.name);
    for (const DayImpact &day : displacedIn(schedule, from, to)) {
        for (const BookedSpan &span : day.appointments) {
            const auto found = details.constFind(span.id);
            if (found == details.cend())
                continue;
            items.append({schedule.store(), names.value(span.chairId), *found,
                          alternativesFor(schedule, span, now, alternatives), names});
        }
    }
    return items;
}

Result<QList<WorklistItem>> loadWorklist(ScheduleRepository &repository, const Store &store, qint64 now,
                                         bool includeContacted, int alternatives)
{
    const QDate from = Clock::todayIn(store.timeZone());
    const QDate to = from.addDays(limits::longestSlotListDays - 1);
    const Result<StoreSchedule> schedule = loadStoreSchedule(repository, store, from, to);
    if (!schedule)
        return std::unexpected(schedule.error());
    QList<AppointmentId> ids;
    for (const DayImpact &day : displacedIn(*schedule, from, to)) {
        for (const BookedSpan &span : day.appointments)
            ids.append(span.id);
    }
    if (ids.isEmpty())
        return QList<WorklistItem>();
    const Result<QList<Appointment>> read = repository.appointmentsWithIds(ids);
    if (!read)
        return std::unexpected(read.error());
    QHash<AppointmentId, Appointment> details;
    for (const Appointment &a : *read) {
        // Read after the schedule: one cancelled or moved meanwhile is left to the next load.
        if (a.isActive() && (includeContacted || !a.isContacted()))
            details.insert(a.id, a);
    }
    return worklistOf(*schedule, details, now, from, to, alternatives);
}

} // namespace sams
