#pragma once

#include "core/ScheduleRepository.h"
#include "core/SlotSearch.h"

#include <QHash>

namespace sams {

// One displaced appointment on the rescheduling worklist (docs/manager-guide.md,
// Worklist): booked, but its slots are closed, locked, past its chair's or
// store's end, or over a reduced capacity.
struct WorklistItem {
    Store store;
    QString chairName;
    Appointment appointment; // with the customer's name and phone
    QList<SlotOffer> alternatives; // nearest first: same chair, other chairs, other days
    QHash<ChairId, QString> chairNames; // of the store's chairs (shared between items)
};

// The worklist of one store in memory: every active appointment of [from, to]
// (store-local dates) that `schedule` displaces, in start order, each with up to
// `alternatives` places from alternativesFor(). `details` holds the
// appointments by id (those missing are left out: cancelled meanwhile).
QList<WorklistItem> worklistOf(const StoreSchedule &schedule, const QHash<AppointmentId, Appointment> &details,
                               qint64 now, QDate from, QDate to, int alternatives = 3);

// The worklist of one store from the repository, from its today a year on (the
// longest the slot engine looks ahead, docs/limits.md). With `includeContacted`
// false, appointments marked "customer contacted" at their current version are
// left out: they are resolved. Errors: those of the repository's reads.
Result<QList<WorklistItem>> loadWorklist(ScheduleRepository &repository, const Store &store, qint64 now,
                                         bool includeContacted, int alternatives = 3);

} // namespace sams
