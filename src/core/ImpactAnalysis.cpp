#include "core/ImpactAnalysis.h"

namespace sams {

namespace {
template<typename T, typename SameKey> void replaceOrAdd(QList<T> &list, const T &item, SameKey sameKey)
{
    list.removeIf([&](const T &existing) { return sameKey(existing, item); });
    list.append(item);
}

// Appointments of one chair starting on a local date, checked one by one.
template<typename Decide>
void collectDay(const StoreSchedule &schedule, const Chair &chair, QDate date, Decide displaced, DayImpact &day)
{
    const qint64 from = SlotCalculator::instantSecs(date, 0, schedule.zone());
    const qint64 to = SlotCalculator::instantSecs(date.addDays(1), 0, schedule.zone());
    for (const BookedSpan &span : schedule.bookedStarting(chair.id, from, to)) {
        if (displaced(span))
            day.appointments.append(span);
    }
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
        next.locks.append(*lock);
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
        for (const Chair &chair : current.rules().chairs) {
            const Chair *changed = next.chair(chair.id);
            const bool hoursDiffer = current.openIntervals(chair, date) != next.openIntervals(*changed, date);
            const bool locked = lockFrom.isValid() && date >= lockFrom && date <= lockTo;
            if (!hoursDiffer && !locked)
                continue;
            collectDay(
                current, chair, date, [&](const BookedSpan &span) { return current.fits(span) && !next.fits(span); },
                day);
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
        for (const Chair &chair : schedule.rules().chairs)
            collectDay(
                schedule, chair, date, [&](const BookedSpan &span) { return !schedule.fits(span); }, day);
        appendDay(days, std::move(day));
    }
    return days;
}

} // namespace sams
