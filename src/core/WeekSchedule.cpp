#include "core/WeekSchedule.h"

#include "core/HoursResolver.h"
#include "core/SlotCalculator.h"

namespace sams {

namespace {
// Splits [start, end) into per-day pieces in the store's zone, within the week.
QList<DayBlock> placeOnDays(const QDateTime &start, const QDateTime &end, const QTimeZone &zone, QDate firstDay,
                            int chairIndex)
{
    QList<DayBlock> pieces;
    const QDateTime localStart = start.toTimeZone(zone);
    const QDateTime localEnd = end.toTimeZone(zone);
    for (QDate date = std::max(localStart.date(), firstDay);
         date <= localEnd.date() && date < firstDay.addDays(WeekSchedule::dayCount); date = date.addDays(1)) {
        const int from = date == localStart.date() ? localStart.time().msecsSinceStartOfDay() / 60000 : 0;
        const int to = date == localEnd.date() ? localEnd.time().msecsSinceStartOfDay() / 60000 : 24 * 60;
        if (to > from)
            pieces.append({chairIndex, int(firstDay.daysTo(date)), from, to});
    }
    return pieces;
}
} // namespace

Result<WeekSchedule> WeekSchedule::load(ScheduleRepository &repository, const Store &store, QDate day)
{
    WeekSchedule week;
    week.store = store;
    week.firstDay = mondayOf(day);
    const QDate lastDay = week.firstDay.addDays(dayCount - 1);
    const QTimeZone zone = store.timeZone();
    const QDateTime from = SlotCalculator::instantOf(week.firstDay, 0, zone);
    const QDateTime to = SlotCalculator::instantOf(lastDay, 24 * 60, zone);

    const Result<QList<Chair>> chairs = repository.chairs(store.id);
    const Result<QList<HoursVersion>> versions = repository.hoursVersions(store.id);
    const Result<QList<DateException>> exceptions = repository.exceptions(store.id, week.firstDay, lastDay);
    const Result<QList<Lock>> locks = repository.locks(store.id, from, to);
    const Result<QList<Appointment>> appointments = repository.appointments(store.id, from, to);
    for (const Error *error : {chairs ? nullptr : &chairs.error(), versions ? nullptr : &versions.error(),
                               exceptions ? nullptr : &exceptions.error(), locks ? nullptr : &locks.error(),
                               appointments ? nullptr : &appointments.error()}) {
        if (error)
            return std::unexpected(*error);
    }

    // Chairs in service on some day of the week, in their stored order.
    QHash<ChairId, int> chairIndex;
    for (const Chair &chair : *chairs) {
        const bool inService = chair.startsOn <= lastDay && (!chair.endsOn.isValid() || chair.endsOn >= week.firstDay);
        if (inService) {
            chairIndex.insert(chair.id, int(week.chairs.size()));
            week.chairs.append(chair);
        }
    }

    const HoursResolver resolver(store, *versions, *exceptions);
    int earliest = 24 * 60;
    int latest = 0;
    for (const Chair &chair : std::as_const(week.chairs)) {
        for (int d = 0; d < dayCount; ++d) {
            const DayIntervals open = resolver.openIntervals(chair, week.dayDate(d));
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

    for (const Lock &lock : *locks) {
        const int index = lock.chairId ? chairIndex.value(*lock.chairId, -2) : -1;
        if (index == -2)
            continue; // a chair not in service this week
        for (const DayBlock &piece : placeOnDays(lock.startsAt, lock.endsAt, zone, week.firstDay, index))
            week.locks.append({piece, lock.reason});
    }
    for (const Appointment &appointment : *appointments) {
        const auto index = chairIndex.constFind(appointment.chairId);
        if (index == chairIndex.cend())
            continue;
        for (const DayBlock &piece : placeOnDays(appointment.startsAt, appointment.endsAt, zone, week.firstDay, *index))
            week.appointments.append({piece, appointment});
    }
    return week;
}

} // namespace sams
