#pragma once

#include "core/TimeInterval.h"

#include <QDateTime>
#include <QTimeZone>

namespace sams {

// One slot's instants, as UTC seconds since the epoch: the engine compares
// integers, and converts to QDateTime only for people and files.
struct SlotSpan {
    qint64 start = 0;
    qint64 end = 0; // exclusive

    QDateTime startUtc() const { return QDateTime::fromSecsSinceEpoch(start, Qt::UTC); }
    QDateTime endUtc() const { return QDateTime::fromSecsSinceEpoch(end, Qt::UTC); }
    friend bool operator==(const SlotSpan &, const SlotSpan &) = default;
};

// Turns local wall-time intervals into slot instants, with the DST rules of
// docs/dst.md: a wall time inside a spring-forward gap moves forward by the gap's
// length ("02:30 becomes 03:30"); an ambiguous fall-back time maps to its first
// occurrence; intervals that overlap once mapped are merged into their union.
class SlotCalculator
{
public:
    // The instant of a wall time (minute of day, 1440 = next midnight) on a local date.
    static qint64 instantSecs(QDate date, int minuteOfDay, const QTimeZone &zone);
    static QDateTime instantOf(QDate date, int minuteOfDay, const QTimeZone &zone)
    {
        return QDateTime::fromSecsSinceEpoch(instantSecs(date, minuteOfDay, zone), Qt::UTC);
    }

    // Slots step by slotMinutes of elapsed time from the open instant of each
    // (merged) interval of intervalInstants(); a slot that would cross the close
    // instant is not made. Slots come in time order and never share an instant.
    static QList<SlotSpan> slotsOn(QDate date, const DayIntervals &intervals, const QTimeZone &zone, int slotMinutes);
    // The same, appended to `out` (the engine reuses one buffer).
    static void appendSlots(QList<SlotSpan> &out, QDate date, const DayIntervals &intervals, const QTimeZone &zone,
                            int slotMinutes);
    // Open and close instants of the intervals on a date: sorted, inside the date's
    // own instants, overlapping results merged (one interval, its grid from the
    // earliest open), touching ones kept apart, empty ones dropped.
    static QList<SlotSpan> intervalInstants(QDate date, const DayIntervals &intervals, const QTimeZone &zone);
};

} // namespace sams
