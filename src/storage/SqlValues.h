#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

#include <optional>

namespace sams::sql {

// How domain values are stored: dates as ISO text, instants as UTC epoch seconds,
// absent values as NULL.
inline QVariant fromDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}
inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
inline qint64 fromInstant(const QDateTime &instant)
{
    return instant.toSecsSinceEpoch();
}
inline QDateTime toInstant(const QVariant &value)
{
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}
// Text columns are NOT NULL with '' for "none"; a null QString would bind as NULL.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
inline QVariant fromId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant();
}
inline std::optional<qint64> toId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace sams::sql
