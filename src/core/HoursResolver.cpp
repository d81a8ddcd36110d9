#include "core/HoursResolver.h"

#include <algorithm>

namespace sams {

namespace {
void sortByEffectiveDate(QList<HoursVersion> &versions)
{
    std::sort(versions.begin(), versions.end(),
              [](const HoursVersion &a, const HoursVersion &b) { return a.effectiveFrom < b.effectiveFrom; });
}
} // namespace

HoursResolver::HoursResolver(const Store &store, const QList<HoursVersion> &versions,
                             const QList<DateException> &exceptions)
    : m_store(store)
{
    for (const HoursVersion &v : versions) {
        if (v.storeId != store.id)
            continue;
        if (v.chairId)
            m_chairVersions[*v.chairId].append(v);
        else
            m_storeVersions.append(v);
    }
    sortByEffectiveDate(m_storeVersions);
    for (QList<HoursVersion> &list : m_chairVersions)
        sortByEffectiveDate(list);
    for (const DateException &e : exceptions) {
        if (e.storeId == store.id)
            m_exceptions.insert({e.chairId.value_or(0), e.date}, e.intervals);
    }
}

const HoursVersion *HoursResolver::versionInEffect(const QList<HoursVersion> &sorted, QDate date) const
{
    // The version with the latest effectiveFrom on or before the date.
    auto after = std::upper_bound(sorted.cbegin(), sorted.cend(), date,
                                  [](QDate d, const HoursVersion &v) { return d < v.effectiveFrom; });
    return after == sorted.cbegin() ? nullptr : &*(after - 1);
}

DayIntervals HoursResolver::openIntervals(const Chair &chair, QDate date) const
{
    if (!m_store.isOpenOn(date) || !chair.isActiveOn(date))
        return {};
    if (auto it = m_exceptions.constFind({chair.id, date}); it != m_exceptions.cend())
        return *it;
    if (auto it = m_exceptions.constFind({ChairId{0}, date}); it != m_exceptions.cend())
        return *it;
    if (auto chairIt = m_chairVersions.constFind(chair.id); chairIt != m_chairVersions.cend()) {
        if (const HoursVersion *own = versionInEffect(*chairIt, date); own && !own->followsStore)
            return own->intervalsOn(date);
    }
    if (const HoursVersion *storeVersion = versionInEffect(m_storeVersions, date))
        return storeVersion->intervalsOn(date);
    return {};
}

} // namespace sams
