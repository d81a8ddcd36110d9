#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl bench fill --appointments N [--date D]
// Fills an empty database with one store (HIST, America/Chicago, 15-minute slots,
// open 06:00-22:00 every day) whose chair "Chair 1" holds N appointments: every
// slot before D back in time, and every other slot of D and the 29 days after it.
// The data for measuring that costs stay flat as history grows (docs/performance.md).
int runFillBench(const CommandContext &context, const QStringList &arguments);

// samsctl bench ops --store CODE --chair NAME --date D [--runs 200] [--process-runs 10]
// Times what users do on the database given, in-process on a warm connection and
// as whole samsctl processes: a chair-day and a chair-month of slots, a store-week
// grid, a booking, a move and a cancel (median and p99), with the round trips
// (PostgreSQL) or statements (SQLite) each sends. Every booking it makes is
// cancelled again. Through tests/tools/pg_latency_proxy.py it measures a distant
// server.
int runOpsBench(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
