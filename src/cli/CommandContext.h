#pragma once

#include "core/Error.h"
#include "core/TimeInterval.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>

namespace sams::cli {

// What every samsctl command gets: where the database is and where to write.
struct CommandContext {
    DatabaseUrl databaseUrl;
    QTextStream &out;
    QTextStream &err;

    // Prints the error as one line on stderr (line breaks joined, control
    // characters shown as U+XXXX) and returns its exit code.
    int fail(const Error &error) const;
    // The database, which must exist already (only init creates one).
    Result<std::unique_ptr<Database>> openExisting() const;
};

int exitCodeFor(const Error &error);

// Parses a command's arguments; no positional arguments unless `positional` allows.
Status parseArguments(QCommandLineParser &parser, const QStringList &arguments, int positional = 0);
// A required option's value, or a usage error naming it: also when it has no
// visible character or holds a control character other than a tab.
Result<QString> required(const QCommandLineParser &parser, const QString &name);
// YYYY-MM-DD exactly (not 2027/03/01).
Result<QDate> dateOption(const QCommandLineParser &parser, const QString &name);
// "YYYY-MM-DDTHH:MM" store-local wall time.
Result<LocalDateTime> localDateTimeOption(const QCommandLineParser &parser, const QString &name);

} // namespace sams::cli
