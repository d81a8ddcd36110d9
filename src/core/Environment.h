#pragma once

#include <QString>

#include <optional>

namespace sams {

// The label a database carries so nobody mistakes production for a test copy.
enum class Environment { Local, Staging, Production };

QString environmentName(Environment env); // stable identifier: "local", ...
std::optional<Environment> parseEnvironment(const QString &name);

} // namespace sams
