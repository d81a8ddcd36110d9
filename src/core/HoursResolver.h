#pragma once

#include "core/Chair.h"
#include "core/DateException.h"
#include "core/HoursVersion.h"

#include <QHash>
#include <QList>

namespace sams {

// Which open intervals apply to a chair on a store-local date (docs/dst.md,
// "Where a chair-day's intervals come from"): lifespans, then chair exception,
// store exception, the chair's version in effect, the store's version in effect,
// else closed. Wall times; SlotCalculator maps them to instants.
class HoursResolver
{
public:
    HoursResolver(const Store &store, const QList<HoursVersion> &versions, const QList<DateException> &exceptions);

    DayIntervals openIntervals(const Chair &chair, QDate date) const;

private:
    const HoursVersion *versionInEffect(const QList<HoursVersion> &sorted, QDate date) const;

    Store m_store;
    QList<HoursVersion> m_storeVersions; // ascending effectiveFrom
    QHash<ChairId, QList<HoursVersion>> m_chairVersions; // ascending effectiveFrom
    QHash<QPair<ChairId, QDate>, DayIntervals> m_exceptions; // chair 0: the whole store
};

} // namespace sams
