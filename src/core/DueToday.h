#pragma once

#include "core/Store.h"
#include "core/WorkOrder.h"

#include <QDateTime>

namespace sams {

// The due-today panel's rules (docs/technician-guide.md, "The due-today panel"),
// shared by the desktop's dock and `samsctl orders due-today`.
enum class DueState {
    Overdue, // due time reached (or an earlier day), not started: red
    DueSoon, // due within dueSoonSeconds, or started and past due: amber
    Scheduled, // due later today: green
    WalkIn, // no due time
};

inline constexpr qint64 dueSoonSeconds = qint64(3) * 3600;

// "OVERDUE", "DUE_SOON", "SCHEDULED", "WALK_IN" (samsctl --json).
QString dueStateName(DueState state);

// The instant a scheduled order is due (UTC): the end of its slot or its exact
// time, as a wall time of its date in `zone` (docs/dst.md: a time in a
// spring-forward gap moves on by the gap). Invalid for a walk-in.
QDateTime dueInstant(const WorkOrder &order, const QTimeZone &zone);

// Its state at `now` (UTC). An order that is due at this very second is overdue;
// one due in exactly three hours is due soon.
DueState dueStateOf(const WorkOrder &order, const QTimeZone &zone, const QDateTime &now);

// One row of the panel.
struct DueEntry {
    WorkOrder order;
    QString storeCode;
    QDateTime due; // UTC; invalid for a walk-in
    DueState state = DueState::WalkIn;
};

// Which of a store's open orders the panel shows on its store-local `today`:
// those due today or on an earlier day (still open: they stay, red, until
// started, done or cancelled) and the open walk-ins; completed and cancelled
// orders leave the panel.
bool belongsToPanel(const WorkOrder &order, QDate today);

// The panel's rows for `orders` of `store` at `now`: the ones belongsToPanel
// keeps on the store's today, grouped overdue, due soon, scheduled, walk-in, and
// in each group by due time, then by order number.
QList<DueEntry> dueTodayEntries(const Store &store, const QList<WorkOrder> &orders, const QDateTime &now);
void sortDueEntries(QList<DueEntry> &entries);

// The next instant after `now` when a row of `entries` changes state (it turns
// amber or red) or a store's day turns over (store-local midnight, which brings
// tomorrow's orders in); what a panel waits for before it looks again.
QDateTime nextDueChange(const QList<DueEntry> &entries, const QList<Store> &stores, const QDateTime &now);

} // namespace sams
