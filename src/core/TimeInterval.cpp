#include "core/TimeInterval.h"

#include "core/TextRules.h"

#include <QRegularExpression>

namespace sams {

std::optional<int> parseMinuteOfDay(const QString &text, bool allowEndOfDay)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2}):(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int hour = m.captured(1).toInt();
    const int minute = m.captured(2).toInt();
    if (hour == 24 && minute == 0 && allowEndOfDay)
        return 24 * 60;
    if (hour > 23 || minute > 59)
        return std::nullopt;
    return hour * 60 + minute;
}

QString formatMinuteOfDay(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

std::optional<LocalDateTime> parseLocalDateTime(const QString &text)
{
    if (text.size() != 16 || text.at(10) != QLatin1Char('T'))
        return std::nullopt;
    const std::optional<QDate> date = parseIsoDate(text.left(10)); // not 2027/03/01
    const std::optional<int> minute = parseMinuteOfDay(text.mid(11), false);
    if (!date || !minute)
        return std::nullopt;
    return LocalDateTime{*date, *minute};
}

std::optional<TimeInterval> parseTimeInterval(QString text)
{
    text.replace(QChar(0x2013), u'-').remove(u' ');
    const QStringList ends = text.split(u'-');
    if (ends.size() != 2)
        return std::nullopt;
    const std::optional<int> open = parseMinuteOfDay(ends.at(0), false);
    const std::optional<int> close = parseMinuteOfDay(ends.at(1), true);
    if (!open || !close)
        return std::nullopt;
    return TimeInterval{*open, *close};
}

} // namespace sams
