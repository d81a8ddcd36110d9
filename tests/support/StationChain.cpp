#include "support/StationChain.h"

namespace sams::test {

ChainData stationChain(const QList<TimeInterval> &hours, int capacity)
{
    ChainData chain;
    Store store;
    store.id = 1;
    store.code = QStringLiteral("GRP");
    store.name = QStringLiteral("Group Color Bar");
    store.timeZoneId = "America/Chicago";
    store.capacity = capacity;
    store.visibleFrom = store.opensOn = QDate(2027, 1, 1);
    chain.stores.append(store);
    for (int i : {1, 2}) {
        Chair chair;
        chair.id = i;
        chair.storeId = 1;
        chair.name = QStringLiteral("Station %1").arg(i);
        chair.startsOn = store.opensOn;
        chain.chairs.append(chair);
    }
    HoursVersion version;
    version.id = 1;
    version.storeId = 1;
    version.effectiveFrom = store.opensOn;
    version.setDays(1, 6, hours);
    chain.hoursVersions.append(version);
    return chain;
}

ChainData stationChainFrom(QDate opens, const QList<TimeInterval> &hours)
{
    ChainData chain = stationChain(hours);
    chain.stores[0].visibleFrom = chain.stores[0].opensOn = opens;
    for (Chair &c : chain.chairs)
        c.startsOn = opens;
    chain.hoursVersions[0].effectiveFrom = opens;
    return chain;
}

} // namespace sams::test
