#include "core/ChangePreview.h"

#include "core/Clock.h"
#include "core/InputLimits.h"
#include "core/StoreScheduleLoader.h"

namespace sams {

qsizetype ChangePreview::count() const
{
    qsizetype n = 0;
    for (const DayImpact &day : days)
        n += day.appointments.size();
    return n;
}

Result<ChangePreview> describeDisplaced(ScheduleRepository &repository, const Store &store,
                                        const QList<DayImpact> &days)
{
    ChangePreview preview{store, days, {}, {}};
    QList<AppointmentId> ids;
    for (const DayImpact &day : days) {
        for (const BookedSpan &span : day.appointments)
            ids.append(span.id);
    }
    const Result<QList<Chair>> chairs = repository.chairs(store.id);
    if (!chairs)
        return std::unexpected(chairs.error());
    for (const Chair &chair : *chairs)
        preview.chairNames.insert(chair.id, chair.name);
    if (ids.isEmpty())
        return preview;
    const Result<QList<Appointment>> details = repository.appointmentsWithIds(ids);
    if (!details)
        return std::unexpected(details.error());
    for (const Appointment &a : *details)
        preview.details.insert(a.id, a);
    return preview;
}

Result<ChangePreview> previewChange(ScheduleRepository &repository, const Store &store, const ProposedChange &change)
{
    const QDate from = Clock::todayIn(store.timeZone());
    const QDate to = from.addDays(limits::longestSlotListDays - 1);
    const Result<StoreSchedule> schedule = loadStoreSchedule(repository, store, from, to);
    if (!schedule)
        return std::unexpected(schedule.error());
    return describeDisplaced(repository, schedule->store(), impactOf(*schedule, change, from, to));
}

} // namespace sams
