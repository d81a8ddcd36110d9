#include "core/MonthSummary.h"

#include "core/ImpactAnalysis.h"

#include <QHash>

namespace sams {

double DayCounts::utilisation() const
{
    const int bookable = open + bookedPlaces();
    return bookable > 0 ? double(bookedPlaces()) / bookable : 0.0;
}

QDate monthGridStart(QDate anyDayOfMonth)
{
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    return first.addDays(1 - first.dayOfWeek());
}

namespace {
// Adds one chair-day's places. A slot's places are taken by the appointments on
// it (at most the capacity); the free ones are locked or open (docs/rules.md).
void addPlaces(DayCounts &day, const QList<SlotInfo> &slots, int capacity)
{
    for (const SlotInfo &slot : slots) {
        const int taken = std::min(int(slot.appointments.size()), capacity);
        const int free = capacity - taken;
        day.capacity += capacity;
        if (slot.state == SlotState::Locked)
            day.locked += free;
        else
            day.open += free;
    }
}
} // namespace

QList<DayCounts> summariseDays(const StoreSchedule &schedule, QDate from, QDate to)
{
    QList<DayCounts> days;
    if (!from.isValid() || !to.isValid() || to < from)
        return days;
    QHash<QDate, int> displaced;
    for (const DayImpact &impact : displacedIn(schedule, from, to))
        displaced.insert(impact.date, int(impact.appointments.size()));

    const int capacity = std::max(1, schedule.store().capacity);
    days.reserve(from.daysTo(to) + 1);
    qint64 dayStart = SlotCalculator::instantSecs(from, 0, schedule.zone());
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        // Local midnight to midnight: 23 or 25 hours on DST days.
        const qint64 dayEnd = SlotCalculator::instantSecs(date.addDays(1), 0, schedule.zone());
        DayCounts day;
        day.date = date;
        for (const Chair &chair : schedule.rules().chairs) {
            addPlaces(day, schedule.slots(chair, date), capacity);
            day.booked += int(schedule.bookedStarting(chair.id, dayStart, dayEnd).size());
        }
        day.displaced = displaced.value(date);
        day.closed = day.capacity == 0;
        days.append(day);
        dayStart = dayEnd;
    }
    return days;
}

} // namespace sams
