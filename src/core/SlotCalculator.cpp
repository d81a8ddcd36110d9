#include "core/SlotCalculator.h"

#include <algorithm>

namespace sams {

namespace {
constexpr qint64 secondsPerDay = qint64(24) * 3600;

qint64 wallSeconds(QDate date, int minuteOfDay)
{
    // Wall time read as if it were UTC; the zone's offset then picks the instant.
    return (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * secondsPerDay + qint64(minuteOfDay) * 60;
}

int offsetAt(const QTimeZone &zone, qint64 utc)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
}

// The general rule, for a day with a transition near it.
qint64 resolveWall(qint64 wall, const QTimeZone &zone)
{
    const int offsetBefore = offsetAt(zone, wall - secondsPerDay);
    const int offsetAfter = offsetAt(zone, wall + secondsPerDay);
    if (offsetBefore == offsetAfter)
        return wall - offsetBefore;
    const bool beforeFits = offsetAt(zone, wall - offsetBefore) == offsetBefore;
    const bool afterFits = offsetAt(zone, wall - offsetAfter) == offsetAfter;
    if (beforeFits && afterFits)
        return std::min(wall - offsetBefore, wall - offsetAfter); // fold: first occurrence
    if (afterFits)
        return wall - offsetAfter;
    return wall - offsetBefore; // in the gap: the offset before lands after the gap
}

// Most days have no transition anywhere near them: one offset serves the whole day.
struct DayOffset {
    bool uniform = false;
    int offset = 0;
};

DayOffset dayOffset(QDate date, const QTimeZone &zone)
{
    const qint64 midnight = wallSeconds(date, 0);
    const int before = offsetAt(zone, midnight - secondsPerDay);
    const int after = offsetAt(zone, midnight + 2 * secondsPerDay);
    return {before == after, before};
}

qint64 instantWith(const DayOffset &day, QDate date, int minute, const QTimeZone &zone)
{
    const qint64 wall = wallSeconds(date, minute);
    return day.uniform ? wall - day.offset : resolveWall(wall, zone);
}
} // namespace

qint64 SlotCalculator::instantSecs(QDate date, int minuteOfDay, const QTimeZone &zone)
{
    return resolveWall(wallSeconds(date, minuteOfDay), zone);
}

QList<SlotSpan> SlotCalculator::intervalInstants(QDate date, const DayIntervals &intervals, const QTimeZone &zone)
{
    QList<SlotSpan> mapped;
    if (intervals.isEmpty())
        return mapped;
    const DayOffset day = dayOffset(date, zone);
    // A close inside a gap that crosses midnight (America/Nuuk) would land in the
    // next date's instants; each date keeps only its own (docs/dst.md).
    const qint64 dayEnd = instantWith(day, date, 24 * 60, zone);
    mapped.reserve(intervals.size());
    for (const TimeInterval &interval : intervals) {
        const SlotSpan span{instantWith(day, date, interval.openMinute, zone),
                            std::min(instantWith(day, date, interval.closeMinute, zone), dayEnd)};
        if (span.start < span.end) // an interval inside a gap can map to nothing
            mapped.append(span);
    }
    if (mapped.size() < 2)
        return mapped;
    // Wall times in a gap move forward, so mapped intervals can overlap (a break
    // inside the gap): keep their union, so every instant is offered once. Touching
    // intervals stay apart and keep their own slot grids (docs/dst.md).
    std::sort(mapped.begin(), mapped.end(), [](const SlotSpan &a, const SlotSpan &b) { return a.start < b.start; });
    QList<SlotSpan> merged;
    merged.reserve(mapped.size());
    for (const SlotSpan &span : std::as_const(mapped)) {
        if (!merged.isEmpty() && span.start < merged.last().end)
            merged.last().end = std::max(merged.last().end, span.end);
        else
            merged.append(span);
    }
    return merged;
}

void SlotCalculator::appendSlots(QList<SlotSpan> &out, QDate date, const DayIntervals &intervals, const QTimeZone &zone,
                                 int slotMinutes)
{
    const qint64 step = qint64(slotMinutes) * 60;
    for (const SlotSpan &open : intervalInstants(date, intervals, zone)) {
        for (qint64 s = open.start; s + step <= open.end; s += step)
            out.append({s, s + step});
    }
}

QList<SlotSpan> SlotCalculator::slotsOn(QDate date, const DayIntervals &intervals, const QTimeZone &zone,
                                        int slotMinutes)
{
    QList<SlotSpan> result;
    appendSlots(result, date, intervals, zone, slotMinutes);
    return result;
}

} // namespace sams
