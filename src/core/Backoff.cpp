#include "core/Backoff.h"

#include <algorithm>
#include <cmath>

namespace sams {

qint64 Backoff::delayAfter(int attempt, double unit) const
{
    // 2^(attempt-1) stops growing long before it could overflow: 2^20 > any cap.
    const int doublings = std::clamp(attempt - 1, 0, 20);
    const double plain = std::min(double(capSeconds), double(baseSeconds) * double(1 << doublings));
    const double spread = plain * jitter * (2.0 * unit - 1.0);
    return std::max<qint64>(1, std::llround(plain + spread));
}

} // namespace sams
