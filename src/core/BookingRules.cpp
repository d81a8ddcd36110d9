#include "core/BookingRules.h"

#include <QCoreApplication>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::BookingRules)
};

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString localTime(const StoreSchedule &schedule, qint64 instant)
{
    return QDateTime::fromSecsSinceEpoch(instant, Qt::UTC)
        .toTimeZone(schedule.zone())
        .toString(QStringLiteral("HH:mm"));
}

Status checkLifespans(const StoreSchedule &schedule, const Chair &chair, QDate date)
{
    const Store &store = schedule.store();
    if (!store.opensOn.isValid() || date < store.opensOn)
        return std::unexpected(Error::rule(
            Error::Reason::ChairEnded,
            Text::tr("%1 opens on %2; %3 is before that.").arg(store.code, isoDate(store.opensOn), isoDate(date))));
    if (store.closesOn.isValid() && date > store.closesOn)
        return std::unexpected(Error::rule(Error::Reason::ChairEnded,
                                           Text::tr("%1 closed on %2.").arg(store.code, isoDate(store.closesOn))));
    if (date < chair.startsOn)
        return std::unexpected(Error::rule(Error::Reason::ChairEnded,
                                           Text::tr("%1 starts on %2.").arg(chair.name, isoDate(chair.startsOn))));
    if (chair.endsOn.isValid() && date > chair.endsOn)
        return std::unexpected(
            Error::rule(Error::Reason::ChairEnded, Text::tr("%1 ended on %2.").arg(chair.name, isoDate(chair.endsOn))));
    return {};
}

// Customers booking online keep to the horizon, the notice and active zip codes.
Status checkWebChannel(const StoreSchedule &schedule, const BookingRequest &request, QDate date, qint64 now)
{
    const Store &store = schedule.store();
    const QDate today = schedule.localDate(now);
    if (date > today.addDays(store.horizonDays))
        return std::unexpected(Error::rule(Error::Reason::OutsideHorizon,
                                           Text::tr("%1 is beyond the %2-day online booking horizon of %3.")
                                               .arg(isoDate(date))
                                               .arg(store.horizonDays)
                                               .arg(store.code)));
    if (request.start < now + qint64(store.minNoticeMinutes) * 60)
        return std::unexpected(Error::rule(
            Error::Reason::OutsideHorizon,
            Text::tr("Online bookings at %1 need %2 minutes' notice.").arg(store.code).arg(store.minNoticeMinutes)));
    if (request.customerZip.isEmpty())
        return std::unexpected(
            Error::rule(Error::Reason::OutsideHorizon, Text::tr("Online bookings need the customer's zip code.")));
    const bool active
        = std::any_of(schedule.rules().zipCodes.cbegin(), schedule.rules().zipCodes.cend(), [&](const ZipCode &z) {
              return z.storeId == store.id && z.code == request.customerZip && z.isActiveOn(today);
          });
    if (!active)
        return std::unexpected(Error::rule(
            Error::Reason::OutsideHorizon,
            Text::tr("Zip code %1 is not open for online booking at %2.").arg(request.customerZip, store.code)));
    return {};
}
} // namespace

Result<SlotSpan> checkBooking(const StoreSchedule &schedule, const BookingRequest &request, qint64 now)
{
    if (request.slotCount < 1)
        return std::unexpected(Error::usage(Text::tr("An appointment needs at least one slot.")));
    const Chair *chair = schedule.chair(request.chairId);
    if (!chair)
        return std::unexpected(Error::failed(Text::tr("%1 has no such chair.").arg(schedule.store().code)));
    const QDate date = schedule.localDate(request.start);
    if (auto ok = checkLifespans(schedule, *chair, date); !ok)
        return std::unexpected(ok.error());
    // Staff start scheduling a new store from its visible_from (docs/manager-guide.md).
    if (const QDate visible = schedule.store().visibleFrom; visible.isValid() && schedule.localDate(now) < visible)
        return std::unexpected(
            Error::rule(Error::Reason::OutsideHorizon,
                        Text::tr("%1 takes bookings from %2.").arg(schedule.store().code, isoDate(visible))));
    if (request.start < now)
        return std::unexpected(
            Error::rule(Error::Reason::Past,
                        Text::tr("%1 %2 at %3 is in the past.")
                            .arg(isoDate(date), localTime(schedule, request.start), schedule.store().code)));
    if (request.channel == BookingChannel::Web) {
        if (auto ok = checkWebChannel(schedule, request, date, now); !ok)
            return std::unexpected(ok.error());
    }

    // n consecutive slots of this chair, starting exactly at a slot start.
    const QList<SlotSpan> spans = schedule.slotSpans(*chair, date);
    auto first
        = std::find_if(spans.cbegin(), spans.cend(), [&](const SlotSpan &s) { return s.start == request.start; });
    if (first == spans.cend())
        return std::unexpected(Error::rule(
            Error::Reason::Closed,
            Text::tr("%1 is closed at %2 on %3.").arg(chair->name, localTime(schedule, request.start), isoDate(date))));
    qint64 end = first->start;
    int run = 0;
    for (auto it = first; it != spans.cend() && it->start == end && run < request.slotCount; ++it, ++run)
        end = it->end;
    if (run < request.slotCount)
        return std::unexpected(Error::rule(Error::Reason::Closed,
                                           Text::tr("%1 has only %2 consecutive open slots from %3 on %4, not %5.")
                                               .arg(chair->name)
                                               .arg(run)
                                               .arg(localTime(schedule, request.start), isoDate(date))
                                               .arg(request.slotCount)));

    const int capacity = schedule.store().capacity;
    for (auto it = first; it != first + run; ++it) {
        if (schedule.bookedCount(chair->id, it->start, it->end, request.replacing) >= capacity)
            return std::unexpected(
                Error::conflict(Text::tr("%1 is already booked at %2 on %3.")
                                    .arg(chair->name, localTime(schedule, it->start), isoDate(date))));
    }
    if (const Lock *lock = schedule.lockAt(chair->id, request.start, end)) {
        if (!request.overrideLock)
            return std::unexpected(Error::rule(
                Error::Reason::Locked,
                Text::tr("%1 is locked at %2 on %3: %4.")
                    .arg(chair->name, localTime(schedule, std::max(request.start, lock->startsAt.toSecsSinceEpoch())),
                         isoDate(date), lock->reason)));
        if (!request.mayOverrideLocks)
            return std::unexpected(Error::permission(Text::tr("Booking into a lock needs the override right.")));
        if (request.overrideReason.trimmed().isEmpty())
            return std::unexpected(Error::usage(Text::tr("Booking into a lock needs a reason.")));
    }
    return SlotSpan{request.start, end};
}

} // namespace sams
