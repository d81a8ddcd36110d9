#pragma once

#include "support/EngineFixture.h"

#include <QStringList>

namespace sams::test {

// Where the open intervals of a chair-day come from (HoursResolver's sources).
enum class HoursSource { StoreVersion, ChairVersion, StoreException, ChairException };

// "00:00-02:30 03:00-05:00" as wall-time intervals.
inline DayIntervals intervalsOf(const QString &text)
{
    DayIntervals result;
    for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList ends = part.split(QLatin1Char('-'));
        Q_ASSERT(ends.size() == 2);
        result.append(
            {parseMinuteOfDay(ends.at(0), false).value_or(-1), parseMinuteOfDay(ends.at(1), true).value_or(-1)});
    }
    return result;
}

// EngineFixture's store moved into `zone` with `slotMinutes`-minute slots, and
// Chair 1 open on `date` at `intervals`, given by `source` (docs/dst.md's cases:
// every source of intervals must give the same slots after the DST mapping).
inline EngineFixture dstFixture(const QByteArray &zone, QDate date, HoursSource source, const QString &intervals,
                                int slotMinutes)
{
    EngineFixture fixture;
    fixture.rules.store.timeZoneId = zone;
    fixture.rules.store.slotMinutes = slotMinutes;
    fixture.booked.clear(); // the fixture's own bookings are New York instants
    const DayIntervals open = intervalsOf(intervals);
    switch (source) {
    case HoursSource::StoreVersion:
    case HoursSource::ChairVersion: {
        HoursVersion version;
        version.id = 20;
        version.storeId = fixture.rules.store.id;
        if (source == HoursSource::ChairVersion)
            version.chairId = ChairId{1};
        version.effectiveFrom = date;
        version.setDays(1, 7, open);
        fixture.rules.hoursVersions.append(version);
        break;
    }
    case HoursSource::StoreException:
    case HoursSource::ChairException: {
        DateException exception;
        exception.id = 30;
        exception.storeId = fixture.rules.store.id;
        if (source == HoursSource::ChairException)
            exception.chairId = ChairId{1};
        exception.date = date;
        exception.intervals = open;
        exception.reason = QStringLiteral("DST night");
        fixture.rules.exceptions.append(exception);
        break;
    }
    }
    return fixture;
}

// A wall time ("03:00") on a date in a zone, by the store's rule.
inline qint64 wallInstant(const QByteArray &zone, QDate date, const QString &time)
{
    return SlotCalculator::instantSecs(date, parseMinuteOfDay(time, false).value_or(0), QTimeZone(zone));
}

} // namespace sams::test
