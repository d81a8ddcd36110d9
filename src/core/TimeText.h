#pragma once

#include <QLocale>
#include <QTime>

namespace sams {

// A wall-clock time as people write it in this locale, without seconds
// ("9:00 AM", "09:00"); the C locale's short format would print "09:00:00".
QString shortTime(const QLocale &locale, QTime time);

} // namespace sams
