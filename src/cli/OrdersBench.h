#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl [--db URL] bench orders [--runs N]
// Times the due-today panel's read on a database it fills (it must hold no store
// yet): a store with 10,000 open work orders (a few dozen due today or overdue,
// some walk-ins, the rest over the coming months) and 2,000 done ones; the read
// of the panel's orders and their classification, the month view's read of a
// month's orders, the reminder job when the day's reminder exists already, and,
// for scale, a store whose 10,000 open orders are all due today or overdue.
int runOrdersBench(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
