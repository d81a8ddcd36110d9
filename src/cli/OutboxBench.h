#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// samsctl [--db URL] bench outbox --smtp HOST:PORT [--messages N] [--workers W] [--maildir DIR]
// On a database it fills (it must hold no store yet): books N appointments with
// a customer e-mail and as many without, alternating, and reports what queueing
// the messages adds to a booking; then drains the N confirmations to the SMTP
// server at HOST:PORT with W delivery workers at once (threads, each with its
// own connection) and reports the throughput, each send's median and 99th
// percentile, and the duplicates: rows sent more than once, and, with the
// server's Maildir, messages that arrived twice (distinct Message-IDs).
int runOutboxBench(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
