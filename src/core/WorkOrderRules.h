#pragma once

#include "core/Error.h"
#include "core/Store.h"
#include "core/WorkOrder.h"

#include <QDateTime>

namespace sams {

// The rules every writer of work orders applies (docs/technician-guide.md).

// A due that can be given: a date with a slot, or with an exact minute of the
// day (0..1439). Errors: Usage naming what is wrong.
Status checkDueShape(const OrderDue &due);
// A scheduled due must lie ahead of `now` in the store's zone: an earlier date,
// or a slot of today that has ended, is refused with Rule/Past "Date must be in
// the future". Also runs checkDueShape.
Status checkDueAhead(const OrderDue &due, const Store &store, const QDateTime &now);
// A new order's text: a customer or what to do (an in-house job has no
// customer), no control characters, within the input limits. Errors: Usage.
Status checkOrderText(const WorkOrder &order);

// pending -> in_progress -> completed; pending may be completed at once (an
// overdue order can still be done); an open order may be cancelled. Completed
// and cancelled are final.
bool orderStatusChangeAllowed(WorkOrderStatus from, WorkOrderStatus to);
// Only an open order (pending or in progress) may be rescheduled.
bool isOpen(const WorkOrder &order);

// "MORNING", "AFTERNOON (by 17:00)" style wording of a due, for people.
QString dueText(const OrderDue &due);
// The trail "Oct 10 → Oct 12 → Oct 15 → Oct 17": the original date, then each
// reschedule's new date (dates only; dueText says the time of each).
QString trailText(const QList<OrderReschedule> &trail, const WorkOrder &order);

} // namespace sams
