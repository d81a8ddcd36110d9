#include "core/FirstAvailableSearch.h"

#include "core/ScheduleRepository.h"
#include "core/SlotCalculator.h"
#include "core/StoreScheduleLoader.h"

#include <algorithm>
#include <list>

namespace sams {

namespace {
// Far enough for any horizon in use, bounded so a search of every store stays
// a few snapshot reads.
constexpr int mostDays = 120;
} // namespace

Result<FirstAvailableResult> searchFirstAvailable(ScheduleRepository &repository, const Store &current,
                                                  const FirstAvailableQuery &query, qint64 now)
{
    QList<Store> stores{current};
    if (query.scope == FirstAvailableQuery::Scope::AnyStore) {
        Result<QList<Store>> all = repository.stores();
        if (!all)
            return std::unexpected(all.error());
        stores = *all;
    }
    int days = 1;
    for (const Store &store : std::as_const(stores))
        days = std::max(days, store.horizonDays + 1);
    days = std::min(days, mostDays);
    FirstAvailableResult result;
    result.days = days;
    const qint64 notBefore = std::max(now, SlotCalculator::instantSecs(query.from, 0, current.timeZone()));
    const QDate last = query.from.addDays(days);

    std::list<StoreSchedule> schedules; // stable addresses for the engine's list
    QList<const StoreSchedule *> searched;
    for (const Store &store : std::as_const(stores)) {
        // From the day before: a store west of this one starts its search on its
        // own date of `notBefore`, which may be that day.
        Result<StoreSnapshot> snapshot
            = repository.snapshot(store, query.from.addDays(-1), last, AppointmentDetail::Engine);
        if (!snapshot)
            return std::unexpected(snapshot.error());
        StoreRules rules = std::move(snapshot->rules);
        QList<BookedSpan> booked = activeSpans(snapshot->appointments);
        if (query.scope == FirstAvailableQuery::Scope::Chair) {
            // A store of the one chair: the same search, its bookings only.
            rules.chairs.removeIf([&](const Chair &c) { return c.id != query.chairId; });
            booked.removeIf([&](const BookedSpan &b) { return b.chairId != query.chairId; });
        }
        schedules.emplace_back(std::move(rules), std::move(booked));
        searched.append(&schedules.back());
    }
    const std::optional<SlotOffer> found
        = firstAvailable(searched, query.slotCount, notBefore, days, query.channel, query.customerZip);
    if (!found)
        return result;
    FirstAvailableAnswer answer;
    answer.offer = *found;
    for (const StoreSchedule &schedule : schedules) {
        if (schedule.store().id != found->storeId)
            continue;
        answer.store = schedule.store();
        if (const Chair *chair = schedule.chair(found->chairId))
            answer.chairName = chair->name;
        if (schedule.store().id == current.id)
            answer.schedule = schedule;
    }
    result.answer = std::move(answer);
    return result;
}

} // namespace sams
