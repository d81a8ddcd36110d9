#pragma once

#include <QDateTime>

namespace sams {

// The only source of "now" in SAMS, so tests can fix the time (KeePassXC's Clock idea).
class Clock
{
public:
    static QDateTime nowUtc();
    static QDate todayIn(const QTimeZone &zone);

    // Test seam: freezes time at `instant` until reset() is called.
    static void setFixed(const QDateTime &instant);
    static void reset();

private:
    Clock() = default;
};

} // namespace sams
