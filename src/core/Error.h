#pragma once

#include <QString>

#include <expected>
#include <utility>

namespace sams {

// Why an operation was refused. The kinds map one to one onto samsctl's exit codes
// (docs/rules.md), so every layer reports a refusal the same way; the reason says,
// for the desktop, which rule refused it (docs/editing.md), so that a view can
// explain a refused drop without parsing the message.
struct Error {
    enum class Kind {
        Failed = 1, // I/O, SQL, anything unexpected
        Usage = 2, // the request itself is malformed
        Conflict = 3, // slot just taken, stale version
        Rule = 4, // closed, locked, past, outside the horizon, chair ended
        Permission = 5, // the role may not do this
    };
    enum class Reason {
        Unspecified,
        Closed, // outside the chair's open hours, or the store is not open that day
        Locked, // a lock covers the slots
        Taken, // the slots are booked to capacity
        Past, // the start has passed
        ChairEnded, // outside the chair's or the store's lifespan
        OutsideHorizon, // beyond the horizon, the notice or the zip codes (web bookings)
        StaleVersion, // someone changed the record since it was read
        NotEditable, // cancelled, or a status change the lifecycle forbids
        NotFound, // the record no longer exists
    };
    Kind kind = Kind::Failed;
    QString message;
    Reason reason = Reason::Unspecified;

    static Error failed(const QString &m) { return {Kind::Failed, m}; }
    static Error usage(const QString &m) { return {Kind::Usage, m}; }
    static Error conflict(const QString &m, Reason r = Reason::Taken) { return {Kind::Conflict, m, r}; }
    static Error rule(Reason r, const QString &m) { return {Kind::Rule, m, r}; }
    static Error rule(const QString &m) { return {Kind::Rule, m}; }
    static Error permission(const QString &m) { return {Kind::Permission, m}; }
};

// A value or the Error that prevented it. [[nodiscard]]: an ignored refusal is a
// lost booking, so the compiler refuses to let a caller drop one.
template<typename T> class [[nodiscard]] Result : public std::expected<T, Error>
{
public:
    using std::expected<T, Error>::expected;
    Result(const std::expected<T, Error> &other)
        : std::expected<T, Error>(other)
    { }
    Result(std::expected<T, Error> &&other)
        : std::expected<T, Error>(std::move(other))
    { }
};

// For operations that return nothing on success.
class [[nodiscard]] Status : public std::expected<void, Error>
{
public:
    using std::expected<void, Error>::expected;
    Status(const std::expected<void, Error> &other)
        : std::expected<void, Error>(other)
    { }
};

} // namespace sams
