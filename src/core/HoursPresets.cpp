#include "core/HoursPresets.h"

#include <QCoreApplication>
#include <QLocale>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::HoursPresets)
};

std::array<DayIntervals, 7> week(int firstDay, int lastDay, const DayIntervals &intervals)
{
    HoursVersion v;
    v.setDays(firstDay, lastDay, intervals);
    return v.week;
}

TimeInterval hours(int open, int close)
{
    return {open * 60, close * 60};
}

QString dayText(const DayIntervals &day)
{
    QStringList spans;
    for (const TimeInterval &i : day)
        spans.append(formatMinuteOfDay(i.openMinute) + u'-' + formatMinuteOfDay(i.closeMinute));
    return spans.join(QStringLiteral(", "));
}
} // namespace

QList<HoursPreset> builtInHoursPresets()
{
    return {
        {Text::tr("Weekdays 9-5"), week(1, 5, {hours(9, 17)})},
        {Text::tr("Weekdays 9-5, lunch 12-1"), week(1, 5, {hours(9, 12), hours(13, 17)})},
        {Text::tr("Monday to Saturday 9-6"), week(1, 6, {hours(9, 18)})},
        {Text::tr("Monday to Saturday 10-7, lunch 1-2"), week(1, 6, {hours(10, 13), hours(14, 19)})},
        {Text::tr("Every day 10-6"), week(1, 7, {hours(10, 18)})},
    };
}

QString describeWeek(const std::array<DayIntervals, 7> &week)
{
    const QLocale locale;
    QStringList parts;
    int day = 0;
    while (day < 7) {
        int last = day;
        while (last + 1 < 7 && week.at(last + 1) == week.at(day))
            ++last;
        if (!week.at(day).isEmpty()) {
            const QString days = last == day
                ? locale.dayName(day + 1, QLocale::ShortFormat)
                : locale.dayName(day + 1, QLocale::ShortFormat) + u'-' + locale.dayName(last + 1, QLocale::ShortFormat);
            parts.append(days + u' ' + dayText(week.at(day)));
        }
        day = last + 1;
    }
    return parts.isEmpty() ? Text::tr("Closed all week") : parts.join(QStringLiteral("; "));
}

} // namespace sams
