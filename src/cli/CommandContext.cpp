#include "cli/CommandContext.h"

namespace sams::cli {

int exitCodeFor(const Error &error)
{
    return static_cast<int>(error.kind);
}

int CommandContext::fail(const Error &error) const
{
    err << "samsctl: " << error.message << Qt::endl;
    return exitCodeFor(error);
}

} // namespace sams::cli
