#include "core/StoreScheduleLoader.h"

#include "core/SlotCalculator.h"

#include <QCoreApplication>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::StoreScheduleLoader)
};
} // namespace

Result<Store> findStore(ScheduleRepository &repository, const QString &code)
{
    const Result<QList<Store>> stores = repository.stores();
    if (!stores)
        return std::unexpected(stores.error());
    for (const Store &store : *stores) {
        if (store.code.compare(code, Qt::CaseInsensitive) == 0)
            return store;
    }
    return std::unexpected(Error::failed(Text::tr("There is no store with the code \"%1\".").arg(code)));
}

Result<StoreSchedule> loadStoreSchedule(ScheduleRepository &repository, const Store &store, QDate from, QDate to)
{
    StoreRules rules;
    rules.store = store;
    const QTimeZone zone = store.timeZone();
    const QDateTime start = SlotCalculator::instantOf(from, 0, zone);
    const QDateTime end = SlotCalculator::instantOf(to.addDays(1), 0, zone);

    auto chairs = repository.chairs(store.id);
    auto versions = repository.hoursVersions(store.id);
    auto exceptions = repository.exceptions(store.id, from, to);
    auto locks = repository.locks(store.id, start, end);
    auto zips = repository.zipCodes(store.id);
    auto appointments = repository.appointments(store.id, start, end);
    for (const Error *error : {chairs ? nullptr : &chairs.error(), versions ? nullptr : &versions.error(),
                               exceptions ? nullptr : &exceptions.error(), locks ? nullptr : &locks.error(),
                               zips ? nullptr : &zips.error(), appointments ? nullptr : &appointments.error()}) {
        if (error)
            return std::unexpected(*error);
    }
    rules.chairs = std::move(*chairs);
    rules.hoursVersions = std::move(*versions);
    rules.exceptions = std::move(*exceptions);
    rules.locks = std::move(*locks);
    rules.zipCodes = std::move(*zips);
    QList<BookedSpan> booked;
    for (const Appointment &a : std::as_const(*appointments)) {
        if (a.isActive())
            booked.append(bookedSpanOf(a));
    }
    return StoreSchedule(std::move(rules), booked);
}

} // namespace sams
