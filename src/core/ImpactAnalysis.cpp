#include "core/ImpactAnalysis.h"

namespace sams {

namespace {
template<typename T, typename SameKey> void replaceOrAdd(QList<T> &list, const T &item, SameKey sameKey)
{
    list.removeIf([&](const T &existing) { return sameKey(existing, item); });
    list.append(item);
}

// Local midnight to midnight as instants, computed once per date for every chair.
struct DayBounds {
    qint64 from;
    qint64 to;
};
DayBounds boundsOf(const StoreSchedule &schedule, QDate date)
{
    return {SlotCalculator::instantSecs(date, 0, schedule.zone()),
            SlotCalculator::instantSecs(date.addDays(1), 0, schedule.zone())};
}

void appendDay(QList<DayImpact> &days, DayImpact &&day)
{
    if (day.appointments.isEmpty())
        return;
    std::sort(day.appointments.begin(), day.appointments.end(),
              [](const BookedSpan &a, const BookedSpan &b) { return a.start < b.start; });
    days.append(std::move(day));
}
} // namespace

StoreRules applyChange(const StoreRules &rules, const ProposedChange &change)
{
    StoreRules next = rules;
    if (const auto *hours = std::get_if<HoursVersion>(&change)) {
        replaceOrAdd(next.hoursVersions, *hours, [](const HoursVersion &a, const HoursVersion &b) {
            return a.chairId == b.chairId && a.effectiveFrom == b.effectiveFrom;
        });
    } else if (const auto *exception = std::get_if<DateException>(&change)) {
        replaceOrAdd(next.exceptions, *exception, [](const DateException &a, const DateException &b) {
            return a.chairId == b.chairId && a.date == b.date;
        });
    } else if (const auto *lock = std::get_if<Lock>(&change)) {
        // A new lock: no appointment's override covers it, whatever id the caller
        // gave it (saved ids start at 1).
        Lock added = *lock;
        added.id = 0;
        next.locks.append(added);
    } else if (const auto *end = std::get_if<ChairEndChange>(&change)) {
        for (Chair &chair : next.chairs) {
            if (chair.id == end->chairId)
                chair.endsOn = end->endsOn;
        }
    } else if (const auto *close = std::get_if<StoreCloseChange>(&change)) {
        next.store.closesOn = close->closesOn;
    }
    return next;
}

QList<DayImpact> impactOf(const StoreSchedule &current, const ProposedChange &change, QDate from, QDate to)
{
    QList<BookedSpan> all;
    for (const Chair &chair : current.rules().chairs)
        all += current.booked(chair.id);
    const StoreSchedule next(applyChange(current.rules(), change), all);

    // A lock changes no hours: only the days it covers need a look.
    QDate lockFrom, lockTo;
    if (const auto *lock = std::get_if<Lock>(&change)) {
        lockFrom = current.localDate(lock->startsAt.toSecsSinceEpoch());
        lockTo = current.localDate(lock->endsAt.toSecsSinceEpoch());
    }

    QList<DayImpact> days;
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        DayImpact day{date, {}};
        std::optional<DayBounds> bounds;
        for (const Chair &chair : current.rules().chairs) {
            const DayIntervals before = current.openIntervals(chair, date);
            const DayIntervals after = next.openIntervals(*next.chair(chair.id), date);
            const bool locked = lockFrom.isValid() && date >= lockFrom && date <= lockTo;
            if (before == after && !locked)
                continue;
            if (!bounds)
                bounds = boundsOf(current, date);
            const QList<SlotSpan> openBefore = SlotCalculator::intervalInstants(date, before, current.zone());
            const QList<SlotSpan> openAfter = SlotCalculator::intervalInstants(date, after, current.zone());
            for (const BookedSpan &span : current.bookedStarting(chair.id, bounds->from, bounds->to)) {
                if (current.fitsWithin(span, openBefore) && !next.fitsWithin(span, openAfter))
                    day.appointments.append(span);
            }
        }
        appendDay(days, std::move(day));
    }
    return days;
}

QList<DayImpact> displacedIn(const StoreSchedule &schedule, QDate from, QDate to)
{
    QList<DayImpact> days;
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        DayImpact day{date, {}};
        const DayBounds bounds = boundsOf(schedule, date);
        for (const Chair &chair : schedule.rules().chairs) {
            const QList<BookedSpan> booked = schedule.bookedStarting(chair.id, bounds.from, bounds.to);
            if (booked.isEmpty())
                continue;
            const QList<SlotSpan> open = schedule.openInstants(chair, date);
            for (const BookedSpan &span : booked) {
                if (!schedule.fitsWithin(span, open))
                    day.appointments.append(span);
            }
        }
        appendDay(days, std::move(day));
    }
    return days;
}

} // namespace sams
