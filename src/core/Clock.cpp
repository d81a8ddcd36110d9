#include "core/Clock.h"

#include <QTimeZone>

namespace sams {

namespace {
QDateTime &fixedInstant()
{
    static QDateTime instant;
    return instant;
}
} // namespace

QDateTime Clock::nowUtc()
{
    const QDateTime &fixed = fixedInstant();
    return fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc();
}

QDate Clock::todayIn(const QTimeZone &zone)
{
    return nowUtc().toTimeZone(zone).date();
}

void Clock::setFixed(const QDateTime &instant)
{
    fixedInstant() = instant.toUTC();
}

void Clock::reset()
{
    fixedInstant() = QDateTime();
}

} // namespace sams
