#pragma once

#include "core/Outbox.h"
#include "core/WorkOrder.h"

#include <optional>

namespace sams {

// The texts of the messages work orders cause (docs/outbox.md). Delivery by
// e-mail or SMS is the delivery worker's; here they are only worded and keyed.

enum class OrderEvent { Scheduled, Rescheduled, Completed };

// The customer's confirmation of `order` at its current version, by e-mail when
// it has an address, else by SMS when it has a phone; none for an in-house job
// or a customer without either.
std::optional<OutboxMessage> orderConfirmation(const WorkOrder &order, const Store &store, OrderEvent event);

// The technicians' reminder of a store's orders due on `date` (their tomorrow):
// "3 orders due tomorrow at DEN-LODO", one line per order in due order.
OutboxMessage technicianReminder(const Store &store, QDate date, const QList<WorkOrder> &orders);

} // namespace sams
