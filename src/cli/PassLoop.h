#pragma once

#include "cli/CommandContext.h"

#include <QThread>

namespace sams::cli {

// The workers' options (`outbox run`, `sync run`): --once, --interval SECONDS
// (15 by default) and --lease SECONDS.
inline void addPassOptions(QCommandLineParser &parser, const QString &held)
{
    parser.addOptions(
        {{QStringLiteral("once"), QCoreApplication::translate("sams::cli::PassLoop", "Do what is due now, then exit.")},
         {QStringLiteral("interval"), QCoreApplication::translate("sams::cli::PassLoop", "Seconds between passes."),
          QStringLiteral("seconds")},
         {QStringLiteral("lease"), held, QStringLiteral("seconds")}});
}

// Runs `pass` (returning Status) now and, unless --once, every --interval
// seconds until the process is stopped (systemd, Ctrl+C). A failed pass ends
// the command with its error.
template<typename Pass> int runPasses(const CommandContext &context, const QCommandLineParser &parser, Pass pass)
{
    const int interval
        = parser.isSet(QStringLiteral("interval")) ? qMax(1, parser.value(QStringLiteral("interval")).toInt()) : 15;
    for (;;) {
        if (Status done = pass(); !done)
            return context.fail(done.error());
        if (parser.isSet(QStringLiteral("once")))
            return 0;
        QThread::sleep(interval);
    }
}

// --lease as seconds, or `fallback`.
inline int leaseOption(const QCommandLineParser &parser, int fallback)
{
    return parser.isSet(QStringLiteral("lease")) ? qMax(1, parser.value(QStringLiteral("lease")).toInt()) : fallback;
}

} // namespace sams::cli
