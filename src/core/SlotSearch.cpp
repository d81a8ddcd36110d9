#include "core/SlotSearch.h"

#include "core/BookingRules.h"

#include <algorithm>

namespace sams {

QList<SlotOffer> openRuns(const StoreSchedule &schedule, const Chair &chair, QDate date, int slotCount,
                          qint64 notBefore, AppointmentId ignore)
{
    QList<SlotOffer> offers;
    const QList<SlotSpan> spans = schedule.slotSpans(chair, date);
    if (spans.size() < slotCount || spans.isEmpty() || spans.last().start < notBefore)
        return offers;
    const int capacity = schedule.store().capacity;
    // Length of the run of free, consecutive slots ending at each slot.
    int run = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const SlotSpan &s = spans.at(i);
        const bool free = schedule.bookedCount(chair.id, s.start, s.end, ignore) < capacity
            && !schedule.lockAt(chair.id, s.start, s.end);
        const bool follows = i > 0 && spans.at(i - 1).end == s.start;
        run = free ? (follows ? run + 1 : 1) : 0;
        if (run >= slotCount) {
            const SlotSpan &first = spans.at(i - slotCount + 1);
            if (first.start >= notBefore)
                offers.append({schedule.store().id, chair.id, {first.start, s.end}});
        }
    }
    return offers;
}

QList<SlotOffer> alternativesFor(const StoreSchedule &schedule, const BookedSpan &appointment, qint64 now, int limit,
                                 int searchDays)
{
    QList<SlotOffer> result;
    const qint64 step = qint64(schedule.store().slotMinutes) * 60;
    const int slotCount = int(std::max<qint64>(1, (appointment.end - appointment.start + step - 1) / step));
    const QDate day = schedule.localDate(appointment.start);
    const qint64 timeOfDay = appointment.start - SlotCalculator::instantSecs(day, 0, schedule.zone());

    auto offersOn = [&](QDate date, bool sameChairOnly, bool otherChairsOnly) {
        QList<SlotOffer> offers;
        for (const Chair &chair : schedule.rules().chairs) {
            const bool same = chair.id == appointment.chairId;
            if ((sameChairOnly && !same) || (otherChairsOnly && same))
                continue;
            offers += openRuns(schedule, chair, date, slotCount, now, appointment.id);
        }
        // Nearest to the time of day the customer chose.
        const qint64 midnight = SlotCalculator::instantSecs(date, 0, schedule.zone());
        std::stable_sort(offers.begin(), offers.end(), [&](const SlotOffer &a, const SlotOffer &b) {
            return std::abs(a.span.start - midnight - timeOfDay) < std::abs(b.span.start - midnight - timeOfDay);
        });
        return offers;
    };
    auto take = [&](const QList<SlotOffer> &offers) {
        for (const SlotOffer &offer : offers) {
            if (result.size() >= limit)
                return;
            if (offer.span.start != appointment.start || offer.chairId != appointment.chairId)
                result.append(offer);
        }
    };

    take(offersOn(day, true, false));
    take(offersOn(day, false, true));
    for (int distance = 1; distance <= searchDays && result.size() < limit; ++distance) {
        for (QDate date : {day.addDays(distance), day.addDays(-distance)}) {
            take(offersOn(date, true, false));
            take(offersOn(date, false, true));
        }
    }
    return result;
}

std::optional<SlotOffer> firstAvailable(const QList<const StoreSchedule *> &stores, int slotCount, qint64 notBefore,
                                        int days, BookingChannel channel, const QString &customerZip)
{
    std::optional<SlotOffer> best;
    for (const StoreSchedule *schedule : stores) {
        const QDate first = schedule->localDate(notBefore);
        for (int d = 0; d < days; ++d) {
            const QDate date = first.addDays(d);
            // A later day of this store cannot beat what another store already has.
            if (best && SlotCalculator::instantSecs(date, 0, schedule->zone()) >= best->span.start)
                break;
            std::optional<SlotOffer> earliest;
            for (const Chair &chair : schedule->rules().chairs) {
                for (const SlotOffer &run : openRuns(*schedule, chair, date, slotCount, notBefore)) {
                    if (earliest && run.span.start >= earliest->span.start)
                        break;
                    // The one booking rule decides, so an offer is never refused at booking.
                    BookingRequest request;
                    request.chairId = chair.id;
                    request.start = run.span.start;
                    request.slotCount = slotCount;
                    request.channel = channel;
                    request.customerZip = customerZip;
                    if (checkBooking(*schedule, request, notBefore)) {
                        earliest = run;
                        break;
                    }
                }
            }
            if (earliest) {
                if (!best || earliest->span.start < best->span.start)
                    best = earliest;
                break;
            }
        }
    }
    return best;
}

} // namespace sams
