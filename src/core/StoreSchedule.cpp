#include "core/StoreSchedule.h"

#include "core/NameMatch.h"

#include <algorithm>

namespace sams {

BookedSpan bookedSpanOf(const Appointment &a)
{
    return {a.startsAt.toSecsSinceEpoch(), a.endsAt.toSecsSinceEpoch(), a.id, a.chairId, a.overriddenLocks};
}

QString slotStateName(SlotState state)
{
    switch (state) {
    case SlotState::Closed:
        return QStringLiteral("CLOSED");
    case SlotState::Open:
        return QStringLiteral("OPEN");
    case SlotState::Locked:
        return QStringLiteral("LOCKED");
    case SlotState::Booked:
        return QStringLiteral("BOOKED");
    }
    return {};
}

namespace {
const QList<BookedSpan> noBookings;

// Items sorted by start: the ones overlapping [start, end). Items no longer than
// `longest` let the search stop early.
template<typename T, typename Start, typename End, typename Visit>
void forOverlapping(const QList<T> &sorted, qint64 longest, qint64 start, qint64 end, Start startOf, End endOf,
                    Visit visit)
{
    auto it = std::lower_bound(sorted.cbegin(), sorted.cend(), end,
                               [&](const T &item, qint64 value) { return startOf(item) < value; });
    while (it != sorted.cbegin()) {
        --it;
        if (startOf(*it) + longest <= start)
            break;
        if (endOf(*it) > start && !visit(*it))
            break;
    }
}
} // namespace

StoreSchedule::StoreSchedule(StoreRules rules, const QList<BookedSpan> &booked)
    : m_rules(std::move(rules))
    , m_zone(m_rules.store.timeZone())
    , m_resolver(m_rules.store, m_rules.hoursVersions, m_rules.exceptions)
{
    for (const BookedSpan &span : booked) {
        m_booked[span.chairId].append(span);
        qint64 &longest = m_longestBooking[span.chairId];
        longest = std::max(longest, span.end - span.start);
    }
    for (QList<BookedSpan> &list : m_booked)
        std::sort(list.begin(), list.end(), [](const BookedSpan &a, const BookedSpan &b) { return a.start < b.start; });

    for (const Chair &chair : std::as_const(m_rules.chairs)) {
        QList<Lock> &list = m_locks[chair.id];
        for (const Lock &lock : std::as_const(m_rules.locks)) {
            if (lock.storeId == m_rules.store.id && (!lock.chairId || *lock.chairId == chair.id)) {
                list.append(lock);
                qint64 &longest = m_longestLock[chair.id];
                longest = std::max(longest, lock.startsAt.secsTo(lock.endsAt));
            }
        }
        std::sort(list.begin(), list.end(), [](const Lock &a, const Lock &b) { return a.startsAt < b.startsAt; });
    }
}

const Chair *StoreSchedule::chair(ChairId id) const
{
    for (const Chair &c : m_rules.chairs) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Chair *StoreSchedule::chairNamed(const QString &name) const
{
    // Exact, or the one chair whose name differs only in case (docs/input.md).
    QStringList names;
    for (const Chair &c : m_rules.chairs)
        names.append(c.name);
    const NameMatch match = matchName(names, name);
    return match.found() ? &m_rules.chairs.at(match.index) : nullptr;
}

QDate StoreSchedule::localDate(qint64 instant) const
{
    return QDateTime::fromSecsSinceEpoch(instant, Qt::UTC).toTimeZone(m_zone).date();
}

QList<SlotSpan> StoreSchedule::slotSpans(const Chair &chair, QDate date) const
{
    return SlotCalculator::slotsOn(date, openIntervals(chair, date), m_zone, m_rules.store.slotMinutes);
}

QList<SlotInfo> StoreSchedule::slots(const Chair &chair, QDate date) const
{
    QList<SlotInfo> result;
    const QList<SlotSpan> spans = slotSpans(chair, date);
    result.reserve(spans.size());
    for (const SlotSpan &span : spans) {
        SlotInfo info{span, SlotState::Open, bookedAt(chair.id, span.start, span.end), {}};
        std::sort(info.appointments.begin(), info.appointments.end());
        if (info.appointments.size() >= m_rules.store.capacity) {
            info.state = SlotState::Booked;
        } else if (const Lock *lock = lockAt(chair.id, span.start, span.end)) {
            info.state = SlotState::Locked;
            info.lockReason = lock->reason;
        }
        result.append(info);
    }
    return result;
}

QList<AppointmentId> StoreSchedule::bookedAt(ChairId chair, qint64 start, qint64 end, AppointmentId ignore) const
{
    QList<AppointmentId> ids;
    forOverlapping(
        booked(chair), m_longestBooking.value(chair), start, end, [](const BookedSpan &b) { return b.start; },
        [](const BookedSpan &b) { return b.end; },
        [&](const BookedSpan &b) {
            if (b.id != ignore)
                ids.append(b.id);
            return true;
        });
    return ids;
}

int StoreSchedule::bookedCount(ChairId chair, qint64 start, qint64 end, AppointmentId ignore) const
{
    int count = 0;
    forOverlapping(
        booked(chair), m_longestBooking.value(chair), start, end, [](const BookedSpan &b) { return b.start; },
        [](const BookedSpan &b) { return b.end; },
        [&](const BookedSpan &b) {
            count += b.id != ignore;
            return true;
        });
    return count;
}

const Lock *StoreSchedule::lockAt(ChairId chair, qint64 start, qint64 end, const QList<qint64> &overridden) const
{
    const auto list = m_locks.constFind(chair);
    if (list == m_locks.cend())
        return nullptr;
    const Lock *found = nullptr;
    forOverlapping(
        *list, m_longestLock.value(chair), start, end, [](const Lock &l) { return l.startsAt.toSecsSinceEpoch(); },
        [](const Lock &l) { return l.endsAt.toSecsSinceEpoch(); },
        [&](const Lock &l) {
            if (overridden.contains(l.id))
                return true;
            found = &l;
            return false;
        });
    return found;
}

const QList<BookedSpan> &StoreSchedule::booked(ChairId chair) const
{
    const auto it = m_booked.constFind(chair);
    return it == m_booked.cend() ? noBookings : *it;
}

QList<BookedSpan> StoreSchedule::bookedStarting(ChairId chair, qint64 from, qint64 to) const
{
    const QList<BookedSpan> &list = booked(chair);
    auto first = std::lower_bound(list.cbegin(), list.cend(), from,
                                  [](const BookedSpan &b, qint64 value) { return b.start < value; });
    auto last
        = std::lower_bound(first, list.cend(), to, [](const BookedSpan &b, qint64 value) { return b.start < value; });
    return QList<BookedSpan>(first, last);
}

bool StoreSchedule::fits(const BookedSpan &span) const
{
    const Chair *c = chair(span.chairId);
    return c && fitsWithin(span, openInstants(*c, localDate(span.start)));
}

bool StoreSchedule::fitsWithin(const BookedSpan &span, const QList<SlotSpan> &openInstants) const
{
    const qint64 step = qint64(m_rules.store.slotMinutes) * 60;
    // Walk the slot grid from the start: every slot must exist, each following the
    // one before (touching intervals continue the run; a break ends it).
    auto interval = std::find_if(openInstants.cbegin(), openInstants.cend(), [&](const SlotSpan &open) {
        return span.start >= open.start && span.start < open.end;
    });
    if (interval == openInstants.cend() || (span.start - interval->start) % step != 0)
        return false;
    qint64 reached = span.start;
    while (reached < span.end) {
        if (reached + step <= interval->end) {
            reached += step;
            continue;
        }
        ++interval;
        if (interval == openInstants.cend() || interval->start != reached)
            return false;
    }
    if (reached != span.end)
        return false;
    return !lockAt(span.chairId, span.start, span.end, span.overriddenLocks);
}

} // namespace sams
