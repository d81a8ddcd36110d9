#include "core/ChangePreview.h"

#include "core/Clock.h"
#include "core/InputLimits.h"
#include "core/StoreScheduleLoader.h"

namespace sams {

qsizetype ChangePreview::count() const
{
    qsizetype n = 0;
    for (const DayImpact &day : days)
        n += day.appointments.size();
    return n;
}

Result<ChangePreview> describeDisplaced(ScheduleRepository &repository, const Store &store,
                                        const QList<DayImpact> &days)
{
    ChangePreview preview{store, days, {}, {}};
    QList<AppointmentId> ids;
    for (const DayImpact &day : days) {
        for (const BookedSpan &span : day.appointments)
            ids.append(span.id);
    }
    const Result<QList<Chair>> chairs = repository.chairs(store.id);
    if (!chairs)
        return std::unexpected(chairs.error());
    for (const Chair &chair : *chairs)
        preview.chairNames.insert(chair.id, chair.name);
    if (ids.isEmpty())
        return preview;
    const Result<QList<Appointment>> details = repository.contactsOf(ids);
    if (!details)
        return std::unexpected(details.error());
    for (const Appointment &a : *details)
        preview.details.insert(a.id, a);
    return preview;
}

namespace {
// The store's rules for [from, to], without appointments.
Result<StoreRules> readRules(ScheduleRepository &repository, StoreId storeId, QDate from, QDate to)
{
    StoreRules rules;
    const Result<Store> store = repository.store(storeId);
    if (!store)
        return std::unexpected(store.error());
    rules.store = *store;
    const QTimeZone zone = store->timeZone();
    const Result<QList<Chair>> chairs = repository.chairs(storeId);
    const Result<QList<HoursVersion>> hours = repository.hoursVersions(storeId);
    const Result<QList<DateException>> exceptions = repository.exceptions(storeId, from, to);
    const Result<QList<ZipCode>> zips = repository.zipCodes(storeId);
    const Result<QList<Lock>> locks
        = repository.locks(storeId, QDateTime(from, QTime(0, 0), zone), QDateTime(to.addDays(1), QTime(0, 0), zone));
    for (const Error *e : {chairs ? nullptr : &chairs.error(), hours ? nullptr : &hours.error(),
                           exceptions ? nullptr : &exceptions.error(), zips ? nullptr : &zips.error(),
                           locks ? nullptr : &locks.error()}) {
        if (e)
            return std::unexpected(*e);
    }
    rules.chairs = *chairs;
    rules.hoursVersions = *hours;
    rules.exceptions = *exceptions;
    rules.zipCodes = *zips;
    rules.locks = *locks;
    return rules;
}
} // namespace

Result<ChangePreview> previewChange(ScheduleRepository &repository, const Store &store, const ProposedChange &change)
{
    const QDate from = Clock::todayIn(store.timeZone());
    const QDate to = from.addDays(limits::longestSlotListDays - 1);
    // The rules first; then only the appointments the change can touch (all of
    // them when it can touch any).
    Result<StoreRules> rules = readRules(repository, store.id, from, to);
    if (!rules)
        return std::unexpected(rules.error());
    const std::optional<QList<ChairRange>> ranges = rangesTouched(StoreSchedule(*rules, {}), change, from, to);
    if (!ranges) {
        const Result<StoreSchedule> schedule = loadStoreSchedule(repository, rules->store, from, to);
        if (!schedule)
            return std::unexpected(schedule.error());
        return describeDisplaced(repository, schedule->store(), impactOf(*schedule, change, from, to));
    }
    const Result<QList<BookedSpan>> booked = repository.bookedOverlapping(*ranges);
    if (!booked)
        return std::unexpected(booked.error());
    const StoreSchedule schedule(std::move(*rules), *booked);
    return describeDisplaced(repository, schedule.store(), impactOf(schedule, change, from, to));
}

} // namespace sams
