#include "core/SyntheticChain.h"

#include <QRandomGenerator>

#include <array>

namespace sams {

namespace {
constexpr std::array zones{"America/New_York",    "America/Chicago",   "America/Denver",  "America/Phoenix",
                           "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu"};
} // namespace

QList<SyntheticStore> generateSyntheticChain(int stores, int chairsPerStore, QDate firstDay, int days, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<SyntheticStore> chain;
    chain.reserve(stores);
    qint64 nextId = 1;
    for (int s = 0; s < stores; ++s) {
        SyntheticStore store;
        Store &info = store.rules.store;
        info.id = s + 1;
        info.code = QStringLiteral("S%1").arg(s + 1, 4, 10, QLatin1Char('0'));
        info.name = QStringLiteral("Store %1").arg(s + 1);
        info.timeZoneId = zones.at(std::size_t(s) % zones.size());
        info.opensOn = firstDay.addDays(-30);
        info.visibleFrom = info.opensOn;
        for (int c = 1; c <= chairsPerStore; ++c)
            store.rules.chairs.append(
                {info.id * 100 + c, info.id, QStringLiteral("Chair %1").arg(c), info.opensOn, {}, 1});
        HoursVersion hours;
        hours.id = info.id;
        hours.storeId = info.id;
        hours.effectiveFrom = info.opensOn;
        hours.setDays(1, 6, {{8 * 60, 12 * 60}, {13 * 60, 20 * 60}});
        store.rules.hoursVersions.append(hours);

        const HoursResolver resolver(info, store.rules.hoursVersions, {});
        const QTimeZone zone = info.timeZone();
        QList<SlotSpan> spans;
        for (int d = 0; d < days; ++d) {
            const QDate date = firstDay.addDays(d);
            for (const Chair &chair : std::as_const(store.rules.chairs)) {
                spans.clear();
                SlotCalculator::appendSlots(spans, date, resolver.openIntervals(chair, date), zone, info.slotMinutes);
                for (qsizetype i = 0; i < spans.size();) {
                    // Most slots taken, one or two at a time; some gaps stay free.
                    if (random.bounded(100) < 25) {
                        ++i;
                        continue;
                    }
                    const qsizetype length = std::min<qsizetype>(1 + random.bounded(2), spans.size() - i);
                    if (spans.at(i + length - 1).start != spans.at(i).start + (length - 1) * info.slotMinutes * 60)
                        ++i; // across lunch: not consecutive
                    else {
                        store.booked.append({spans.at(i).start, spans.at(i + length - 1).end, nextId++, chair.id, {}});
                        i += length;
                    }
                }
            }
        }
        chain.append(std::move(store));
    }
    return chain;
}

} // namespace sams
