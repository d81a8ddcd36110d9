#pragma once

#include "core/HoursResolver.h"
#include "core/SlotCalculator.h"
#include "core/StoreRules.h"

#include <QHash>

namespace sams {

// Slot states in the order docs/rules.md decides them.
enum class SlotState { Closed, Open, Locked, Booked };
QString slotStateName(SlotState state); // "OPEN", ...

struct SlotInfo {
    SlotSpan span;
    SlotState state = SlotState::Open;
    QList<AppointmentId> appointments; // active appointments covering it
    QString lockReason;
};

// One store's rules and active bookings, indexed for the questions every writer
// and view asks: which slots a chair has on a date and in which state, whether an
// appointment still fits, what is booked or locked at an instant.
class StoreSchedule
{
public:
    StoreSchedule(StoreRules rules, const QList<BookedSpan> &booked);

    const StoreRules &rules() const { return m_rules; }
    const Store &store() const { return m_rules.store; }
    const QTimeZone &zone() const { return m_zone; }
    const Chair *chair(ChairId id) const;
    const Chair *chairNamed(const QString &name) const;
    QDate localDate(qint64 instant) const;

    DayIntervals openIntervals(const Chair &chair, QDate date) const { return m_resolver.openIntervals(chair, date); }
    // Slot instants of a chair on a date (CLOSED time makes no slots).
    QList<SlotSpan> slotSpans(const Chair &chair, QDate date) const;
    // Every slot of a chair on a date with its state.
    QList<SlotInfo> slots(const Chair &chair, QDate date) const;

    // Active appointments of a chair overlapping [start, end), except `ignore`.
    QList<AppointmentId> bookedAt(ChairId chair, qint64 start, qint64 end, AppointmentId ignore = 0) const;
    int bookedCount(ChairId chair, qint64 start, qint64 end, AppointmentId ignore = 0) const;
    // A lock of this chair (or of every chair) overlapping [start, end), or null;
    // locks whose ids are in `overridden` do not count.
    const Lock *lockAt(ChairId chair, qint64 start, qint64 end, const QList<qint64> &overridden = {}) const;
    // Booked spans of a chair that start in [from, to), in start order.
    QList<BookedSpan> bookedStarting(ChairId chair, qint64 from, qint64 to) const;
    const QList<BookedSpan> &booked(ChairId chair) const;

    // Whether an active appointment still sits on open slots: its chair and store
    // in service, aligned to consecutive slots, not under a lock other than the
    // ones its override covered (a lock added after the booking displaces it).
    bool fits(const BookedSpan &span) const;
    // The same, with the open instants of its chair and day already at hand (a
    // caller checking many appointments of one day computes them once).
    bool fitsWithin(const BookedSpan &span, const QList<SlotSpan> &openInstants) const;
    QList<SlotSpan> openInstants(const Chair &chair, QDate date) const
    {
        return SlotCalculator::intervalInstants(date, openIntervals(chair, date), m_zone);
    }

private:
    StoreRules m_rules;
    QTimeZone m_zone;
    HoursResolver m_resolver;
    QHash<ChairId, QList<BookedSpan>> m_booked; // by start
    QHash<ChairId, qint64> m_longestBooking;
    QHash<ChairId, QList<Lock>> m_locks; // by start; store-wide locks in every chair's list
    QHash<ChairId, qint64> m_longestLock;
};

} // namespace sams
