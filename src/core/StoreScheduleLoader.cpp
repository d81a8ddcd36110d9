#include "core/StoreScheduleLoader.h"

#include "core/NameMatch.h"
#include "core/SlotCalculator.h"
#include "core/TextRules.h"

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
    QStringList codes;
    for (const Store &store : *stores)
        codes.append(store.code);
    const NameMatch match = matchName(codes, code);
    if (match.found())
        return stores->at(match.index);
    if (match.kind == NameMatch::Kind::Ambiguous)
        return std::unexpected(Error::usage(Text::tr("\"%1\" could be any of the stores %2, whose codes differ only "
                                                     "in case; type the code exactly.")
                                                .arg(safeText(code), safeText(match.candidates.join(u", ")))));
    return std::unexpected(Error::failed(Text::tr("There is no store with the code \"%1\".").arg(safeText(code))));
}

Result<Chair> findChair(ScheduleRepository &repository, const Store &store, const QString &name)
{
    const Result<QList<Chair>> chairs = repository.chairs(store.id);
    if (!chairs)
        return std::unexpected(chairs.error());
    QStringList names;
    for (const Chair &chair : *chairs)
        names.append(chair.name);
    const NameMatch match = matchName(names, name);
    if (match.found())
        return chairs->at(match.index);
    if (match.kind == NameMatch::Kind::Ambiguous)
        return std::unexpected(
            Error::usage(Text::tr("\"%1\" could be any of the chairs %2 of %3, whose names differ "
                                  "only in case; type the name exactly.")
                             .arg(safeText(name), safeText(match.candidates.join(u", ")), store.code)));
    return std::unexpected(Error::failed(Text::tr("%1 has no chair named \"%2\".").arg(store.code, safeText(name))));
}

QList<BookedSpan> activeSpans(const QList<Appointment> &appointments)
{
    QList<BookedSpan> booked;
    for (const Appointment &a : appointments) {
        if (a.isActive())
            booked.append(bookedSpanOf(a));
    }
    return booked;
}

Result<Store> reloadStore(ScheduleRepository &repository, const Store &seen)
{
    Result<Store> current = repository.store(seen.id);
    if (!current)
        return current;
    if (auto ok = checkSameZone(seen, *current); !ok)
        return std::unexpected(ok.error());
    return current;
}

Status checkSameZone(const Store &seen, const Store &current)
{
    if (current.timeZoneId != seen.timeZoneId)
        return std::unexpected(Error::conflict(
            Text::tr("Store %1 changed its time zone from %2 to %3 meanwhile; nothing was changed. Reload and try "
                     "again.")
                .arg(current.code, QString::fromUtf8(seen.timeZoneId), QString::fromUtf8(current.timeZoneId))));
    return {};
}

Result<StoreSchedule> loadStoreSchedule(ScheduleRepository &repository, const Store &store, QDate from, QDate to)
{
    Result<StoreSnapshot> snapshot = repository.snapshot(store, from, to, AppointmentDetail::Engine);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    return StoreSchedule(std::move(snapshot->rules), activeSpans(snapshot->appointments));
}

} // namespace sams
