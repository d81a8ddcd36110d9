#include "core/ImpactAnalysis.h"

#include <algorithm>

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

// The appointments of one chair's day that lie in open slots and, taken in
// booking order (the earliest booked keep their place), still find room under
// the capacity; everything else is displaced.
QList<BookedSpan> displacedOf(const StoreSchedule &schedule, QList<BookedSpan> booked, const QList<SlotSpan> &open)
{
    QList<BookedSpan> displaced, kept;
    std::sort(booked.begin(), booked.end(), [](const BookedSpan &a, const BookedSpan &b) { return a.id < b.id; });
    const int capacity = schedule.store().capacity;
    for (const BookedSpan &span : booked) {
        if (!schedule.fitsWithin(span, open)) {
            displaced.append(span);
            continue;
        }
        // The most places in use at once among those kept that overlap it: the
        // overlap peaks at the start of one of them (or its own start).
        const auto inUseAt = [&](qint64 instant) {
            return std::count_if(kept.cbegin(), kept.cend(),
                                 [&](const BookedSpan &k) { return k.start <= instant && instant < k.end; });
        };
        qsizetype peak = inUseAt(span.start);
        for (const BookedSpan &k : kept) {
            if (k.start > span.start && k.start < span.end)
                peak = std::max(peak, inUseAt(k.start));
        }
        if (peak >= capacity)
            displaced.append(span);
        else
            kept.append(span);
    }
    return displaced;
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
    } else if (const auto *chair = std::get_if<Chair>(&change)) {
        replaceOrAdd(next.chairs, *chair, [](const Chair &a, const Chair &b) { return b.id != 0 && a.id == b.id; });
    } else if (const auto *store = std::get_if<Store>(&change)) {
        next.store = *store;
    } else if (const auto *removedHours = std::get_if<HoursRemoval>(&change)) {
        next.hoursVersions.removeIf([&](const HoursVersion &v) {
            return v.chairId == removedHours->chairId && v.effectiveFrom == removedHours->effectiveFrom;
        });
    } else if (const auto *removed = std::get_if<ExceptionRemoval>(&change)) {
        next.exceptions.removeIf(
            [&](const DateException &e) { return e.chairId == removed->chairId && e.date == removed->date; });
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

    // A new slot length or capacity can displace on any day.
    const Store &was = current.store();
    const Store &will = next.store();
    const bool everyDay = was.slotMinutes != will.slotMinutes || was.capacity != will.capacity;

    QList<DayImpact> days;
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        DayImpact day{date, {}};
        std::optional<DayBounds> bounds;
        for (const Chair &chair : current.rules().chairs) {
            const DayIntervals before = current.openIntervals(chair, date);
            const DayIntervals after = next.openIntervals(*next.chair(chair.id), date);
            const bool locked = lockFrom.isValid() && date >= lockFrom && date <= lockTo;
            if (before == after && !locked && !everyDay)
                continue;
            if (!bounds)
                bounds = boundsOf(current, date);
            const QList<BookedSpan> booked = current.bookedStarting(chair.id, bounds->from, bounds->to);
            if (booked.isEmpty())
                continue;
            // Displaced after and not before: what this change displaces.
            const QList<BookedSpan> displacedBefore
                = displacedOf(current, booked, SlotCalculator::intervalInstants(date, before, current.zone()));
            for (const BookedSpan &span :
                 displacedOf(next, booked, SlotCalculator::intervalInstants(date, after, current.zone()))) {
                if (!std::ranges::any_of(displacedBefore, [&](const BookedSpan &d) { return d.id == span.id; }))
                    day.appointments.append(span);
            }
        }
        appendDay(days, std::move(day));
    }
    return days;
}

namespace {
// `spans` less every part of them that `minus` covers; both in time order.
QList<SlotSpan> without(const QList<SlotSpan> &spans, const QList<SlotSpan> &minus)
{
    QList<SlotSpan> left;
    for (SlotSpan piece : spans) {
        for (const SlotSpan &m : minus) {
            if (m.end <= piece.start || m.start >= piece.end)
                continue;
            if (m.start > piece.start)
                left.append({piece.start, m.start});
            piece.start = m.end;
            if (piece.start >= piece.end)
                break;
        }
        if (piece.start < piece.end)
            left.append(piece);
    }
    return left;
}

void addRange(QList<ChairRange> &ranges, ChairId chair, const SlotSpan &span)
{
    // Touching ranges of one chair join: fewer for the database to look up.
    if (!ranges.isEmpty() && ranges.last().chairId == chair && ranges.last().to >= span.start)
        ranges.last().to = std::max(ranges.last().to, span.end);
    else
        ranges.append({chair, span.start, span.end});
}
} // namespace

std::optional<QList<ChairRange>> rangesTouched(const StoreSchedule &current, const ProposedChange &change, QDate from,
                                               QDate to)
{
    const StoreSchedule next(applyChange(current.rules(), change), {});
    const Store &was = current.store();
    const Store &will = next.store();
    if (was.slotMinutes != will.slotMinutes || was.capacity != will.capacity)
        return std::nullopt;
    QList<ChairRange> ranges;
    if (const auto *lock = std::get_if<Lock>(&change)) {
        for (const Chair &chair : current.rules().chairs) {
            if (!lock->chairId || *lock->chairId == chair.id)
                ranges.append({chair.id, lock->startsAt.toSecsSinceEpoch(), lock->endsAt.toSecsSinceEpoch()});
        }
        return ranges;
    }
    const qint64 step = qint64(was.slotMinutes) * 60;
    for (const Chair &chair : current.rules().chairs) {
        const Chair *after = next.chair(chair.id);
        for (QDate date = from; date <= to; date = date.addDays(1)) {
            const DayIntervals before = current.openIntervals(chair, date);
            const DayIntervals now = after ? next.openIntervals(*after, date) : DayIntervals();
            if (before == now)
                continue;
            const QList<SlotSpan> openBefore = SlotCalculator::intervalInstants(date, before, current.zone());
            const QList<SlotSpan> openAfter = SlotCalculator::intervalInstants(date, now, current.zone());
            QList<SlotSpan> touched = without(openBefore, openAfter);
            // Open both times but on another grid (09:00 became 09:15): an
            // appointment there is off the new grid.
            for (const SlotSpan &b : openBefore) {
                for (const SlotSpan &a : openAfter) {
                    if (a.start < b.end && b.start < a.end && (a.start - b.start) % step != 0)
                        touched.append({std::max(a.start, b.start), std::min(a.end, b.end)});
                }
            }
            std::sort(touched.begin(), touched.end(),
                      [](const SlotSpan &x, const SlotSpan &y) { return x.start < y.start; });
            for (const SlotSpan &span : touched)
                addRange(ranges, chair.id, span);
        }
    }
    return ranges;
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
            day.appointments += displacedOf(schedule, booked, schedule.openInstants(chair, date));
        }
        appendDay(days, std::move(day));
    }
    return days;
}

} // namespace sams
