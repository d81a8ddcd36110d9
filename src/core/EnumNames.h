#pragma once

#include <QString>

#include <optional>

namespace sams::detail {

// Lookups in constexpr tables of {enum value, stable name} pairs.
template<typename Table, typename Enum> QString nameIn(const Table &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, typename Table> std::optional<Enum> parseIn(const Table &table, const QString &text)
{
    for (const auto &[v, name] : table) {
        if (text == QLatin1String(name))
            return v;
    }
    return std::nullopt;
}

} // namespace sams::detail
