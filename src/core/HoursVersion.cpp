#include "core/HoursVersion.h"

namespace sams {

void HoursVersion::setDays(int firstWeekday, int lastWeekday, const DayIntervals &intervals)
{
    for (int day = firstWeekday; day <= lastWeekday; ++day)
        week.at(day - 1) = intervals;
}

} // namespace sams
