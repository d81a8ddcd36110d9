#include "core/Environment.h"

namespace sams {

QString environmentName(Environment env)
{
    switch (env) {
    case Environment::Local:
        return QStringLiteral("local");
    case Environment::Staging:
        return QStringLiteral("staging");
    case Environment::Production:
        return QStringLiteral("production");
    }
    return {};
}

std::optional<Environment> parseEnvironment(const QString &name)
{
    for (Environment env : {Environment::Local, Environment::Staging, Environment::Production}) {
        if (name.compare(environmentName(env), Qt::CaseInsensitive) == 0)
            return env;
    }
    return std::nullopt;
}

} // namespace sams
