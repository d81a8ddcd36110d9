#include "core/Store.h"

namespace sams {

bool Store::isOpenOn(QDate date) const
{
    if (!opensOn.isValid() || date < opensOn)
        return false;
    return !closesOn.isValid() || date <= closesOn;
}

} // namespace sams
