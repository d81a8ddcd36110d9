#pragma once

#include "core/TimeInterval.h"

#include <QDateTime>
#include <QTimeZone>

namespace sams {

struct SlotSpan {
    QDateTime start; // UTC
    QDateTime end; // UTC, exclusive
};

// Turns local wall-time intervals into slot instants, with the DST rules of
// domain.md: a wall time inside a spring-forward gap maps to the instant after
// the gap; an ambiguous fall-back time maps to its first occurrence.
class SlotCalculator
{
public:
    // The instant of a wall time (minute of day, 1440 = next midnight) on a local date.
    static QDateTime instantOf(QDate date, int minuteOfDay, const QTimeZone &zone);

    // Slots step by slotMinutes of elapsed time from each open instant; a slot that
    // would cross the close instant is not made.
    static QList<SlotSpan> slotsOn(QDate date, const DayIntervals &intervals, const QTimeZone &zone, int slotMinutes);
};

} // namespace sams
