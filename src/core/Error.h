#pragma once

#include <QString>

#include <expected>

namespace sams {

// Why an operation was refused. The kinds map one to one onto samsctl's exit codes
// (docs/rules.md), so every layer reports a refusal the same way.
struct Error {
    enum class Kind {
        Failed = 1, // I/O, SQL, anything unexpected
        Usage = 2, // the request itself is malformed
        Conflict = 3, // slot just taken, stale version
        Rule = 4, // closed, locked, past, outside the horizon, chair ended
        Permission = 5, // the role may not do this
    };
    Kind kind = Kind::Failed;
    QString message;

    static Error failed(const QString &m) { return {Kind::Failed, m}; }
    static Error usage(const QString &m) { return {Kind::Usage, m}; }
    static Error conflict(const QString &m) { return {Kind::Conflict, m}; }
    static Error rule(const QString &m) { return {Kind::Rule, m}; }
    static Error permission(const QString &m) { return {Kind::Permission, m}; }
};

template<typename T> using Result = std::expected<T, Error>;

// For operations that return nothing on success.
using Status = std::expected<void, Error>;

} // namespace sams
