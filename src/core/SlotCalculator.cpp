#include "core/SlotCalculator.h"

namespace sams {

QDateTime SlotCalculator::instantOf(QDate date, int minuteOfDay, const QTimeZone &zone)
{
    // Wall time read as if it were UTC; the zone's offset then picks the instant.
    const qint64 wall = QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + qint64(minuteOfDay) * 60;
    constexpr qint64 day = 24 * 3600;
    const int offsetBefore = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(wall - day, Qt::UTC));
    const int offsetAfter = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(wall + day, Qt::UTC));

    auto fits = [&](int offset) {
        const qint64 utc = wall - offset;
        return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC)) == offset;
    };
    const bool beforeFits = fits(offsetBefore);
    const bool afterFits = fits(offsetAfter);
    qint64 utc = 0;
    if (beforeFits && afterFits)
        utc = std::min(wall - offsetBefore, wall - offsetAfter); // fold: first occurrence
    else if (afterFits)
        utc = wall - offsetAfter;
    else
        utc = wall - offsetBefore; // in the gap (or plain): the offset before lands after the gap
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC);
}

QList<SlotSpan> SlotCalculator::slotsOn(QDate date, const DayIntervals &intervals, const QTimeZone &zone,
                                        int slotMinutes)
{
    QList<SlotSpan> result;
    const qint64 step = qint64(slotMinutes) * 60;
    for (const TimeInterval &interval : intervals) {
        const qint64 open = instantOf(date, interval.openMinute, zone).toSecsSinceEpoch();
        const qint64 close = instantOf(date, interval.closeMinute, zone).toSecsSinceEpoch();
        for (qint64 s = open; s + step <= close; s += step)
            result.append(
                {QDateTime::fromSecsSinceEpoch(s, Qt::UTC), QDateTime::fromSecsSinceEpoch(s + step, Qt::UTC)});
    }
    return result;
}

} // namespace sams
