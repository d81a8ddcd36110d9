#pragma once

#include "core/Error.h"
#include "storage/DatabaseUrl.h"

#include <QTextStream>

namespace sams::cli {

// What every samsctl command gets: where the database is and where to write.
struct CommandContext {
    DatabaseUrl databaseUrl;
    QTextStream &out;
    QTextStream &err;

    // Prints the error as one line on stderr and returns its exit code.
    int fail(const Error &error) const;
};

int exitCodeFor(const Error &error);

} // namespace sams::cli
