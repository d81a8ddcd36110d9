#pragma once

#include "core/HoursVersion.h"

namespace sams {

// A named week of hours a manager applies as a new dated version
// (docs/manager-guide.md, Templates), store-local wall time.
struct HoursPreset {
    QString name; // translated
    std::array<DayIntervals, 7> week;
};

// The built-in presets: weekdays 9-5, weekdays 9-5 with lunch 12-1, Monday to
// Saturday 9-6, Monday to Saturday 10-7 with lunch 1-2, every day 10-6.
QList<HoursPreset> builtInHoursPresets();

// "Mon-Fri 09:00-12:00, 13:00-17:00; Sat 10:00-14:00": a week in a line, days
// with the same hours grouped, for timelines and tooltips. Empty: closed all week.
QString describeWeek(const std::array<DayIntervals, 7> &week);

} // namespace sams
