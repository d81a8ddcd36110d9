#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sams {

// A half-open span of local wall time on one day, [open, close), in minutes after
// midnight. close may be 1440 ("24:00").
struct TimeInterval {
    int openMinute = 0;
    int closeMinute = 0;

    bool isValid() const { return 0 <= openMinute && openMinute < closeMinute && closeMinute <= 24 * 60; }
    bool overlaps(const TimeInterval &o) const { return openMinute < o.closeMinute && o.openMinute < closeMinute; }
    friend bool operator==(const TimeInterval &, const TimeInterval &) = default;
};

using DayIntervals = QList<TimeInterval>;

// "HH:MM" 24-hour; "24:00" only when allowEndOfDay (a close time).
std::optional<int> parseMinuteOfDay(const QString &text, bool allowEndOfDay);
QString formatMinuteOfDay(int minute);
// "09:00-12:00" (an en dash and spaces allowed, as people type and paste it):
// the interval, or nothing when either end is not a time. Whether it closes
// after it opens is checkDay()'s to say (core/RulesValidation.h).
std::optional<TimeInterval> parseTimeInterval(QString text);

// A store-local wall time as written in the spreadsheet and on the command line,
// "YYYY-MM-DDTHH:MM". Read without any time zone: the machine's own zone (and its
// DST gaps) must not touch a store's wall time.
struct LocalDateTime {
    QDate date;
    int minute = 0; // after midnight
};
std::optional<LocalDateTime> parseLocalDateTime(const QString &text);

} // namespace sams
