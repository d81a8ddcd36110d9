#include "core/WeekSchedule.h"

#include "core/StoreScheduleLoader.h"

#include "core/SlotCalculator.h"
#include <QSet>

#include <algorithm>

namespace sams {

namespace {
// Splits [start, end) into per-day pieces in the store's zone, within the week.
QList<DayBlock> placeOnDays(const QDateTime &start, const QDateTime &end, const QTimeZone &zone, QDate firstDay,
                            int days, int chairIndex)
{
    QList<DayBlock> pieces;
    const QDateTime localStart = start.toTimeZone(zone);
    const QDateTime localEnd = end.toTimeZone(zone);
    for (QDate date = std::max(localStart.date(), firstDay); date <= localEnd.date() && date < firstDay.addDays(days);
         date = date.addDays(1)) {
        const int from = date == localStart.date() ? localStart.time().msecsSinceStartOfDay() / 60000 : 0;
        const int to = date == localEnd.date() ? localEnd.time().msecsSinceStartOfDay() / 60000 : 24 * 60;
        if (to > from)
            pieces.append({chairIndex, int(firstDay.daysTo(date)), from, to});
    }
    return pieces;
}
} // namespace

const AppointmentBlock *WeekSchedule::block(AppointmentId id) const
{
    // An appointment over midnight has a piece per day: the first day's, whatever
    // order in-place updates left the rows in.
    const AppointmentBlock *first = nullptr;
    for (const AppointmentBlock &b : appointments) {
        if (b.appointment.id == id && (!first || b.place.day < first->place.day))
            first = &b;
    }
    return first;
}

Result<WeekSchedule> WeekSchedule::load(ScheduleRepository &repository, const Store &store, QDate day)
{
    return load(repository, store, mondayOf(day), dayCount);
}

Result<WeekSchedule> WeekSchedule::load(ScheduleRepository &repository, const Store &store, QDate firstDay, int days)
{
    WeekSchedule week;
    week.store = store;
    week.firstDay = firstDay;
    week.days = days;
    const QDate lastDay = week.lastDay();
    const QTimeZone zone = store.timeZone();

    // One read of the whole week (docs/performance.md).
    Result<StoreSnapshot> snapshot = repository.snapshot(store, week.firstDay, lastDay, AppointmentDetail::Full);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    const QList<Appointment> &appointments = snapshot->appointments;
    week.schedule = std::make_shared<const StoreSchedule>(std::move(snapshot->rules), activeSpans(appointments));
    const StoreSchedule &schedule = *week.schedule;

    // Chairs in service on some day of the week, and chairs that still hold
    // appointments this week (displaced ones must stay visible), in stored order.
    QSet<ChairId> holding;
    for (const Appointment &a : appointments) {
        if (a.isActive())
            holding.insert(a.chairId);
    }
    QHash<ChairId, int> chairIndex;
    for (const Chair &chair : schedule.rules().chairs) {
        const bool inService = chair.startsOn <= lastDay && (!chair.endsOn.isValid() || chair.endsOn >= week.firstDay);
        if (inService || holding.contains(chair.id)) {
            chairIndex.insert(chair.id, int(week.chairs.size()));
            week.chairs.append(chair);
        }
    }

    int earliest = 24 * 60;
    int latest = 0;
    for (const Chair &chair : std::as_const(week.chairs)) {
        for (int d = 0; d < days; ++d) {
            const DayIntervals open = schedule.openIntervals(chair, week.dayDate(d));
            for (const TimeInterval &interval : open) {
                earliest = std::min(earliest, interval.openMinute);
                latest = std::max(latest, interval.closeMinute);
            }
            week.openHours.append(open);
        }
    }
    if (earliest < latest) {
        week.firstMinute = std::max(0, (earliest / 60) * 60);
        week.lastMinute = std::min(24 * 60, ((latest + 59) / 60) * 60);
    }

    for (const Lock &lock : schedule.rules().locks) {
        const int index = lock.chairId ? chairIndex.value(*lock.chairId, -2) : -1;
        if (index == -2)
            continue; // a chair not in service this week
        for (const DayBlock &piece : placeOnDays(lock.startsAt, lock.endsAt, zone, week.firstDay, days, index))
            week.locks.append({piece, lock.reason, lock});
    }
    for (const Appointment &appointment : appointments) {
        const auto index = chairIndex.constFind(appointment.chairId);
        if (index == chairIndex.cend())
            continue;
        const bool displaced = appointment.isActive() && !schedule.fits(bookedSpanOf(appointment));
        for (const DayBlock &piece :
             placeOnDays(appointment.startsAt, appointment.endsAt, zone, week.firstDay, days, *index))
            week.appointments.append({piece, appointment, displaced});
    }
    return week;
}

} // namespace sams
