#pragma once

#include "core/Store.h"

namespace sams {

// A zip code a store serves. Online customers from it may book only once it is active.
struct ZipCode {
    StoreId storeId = 0;
    QString code;
    QDate activeFrom; // null: not active

    bool isActiveOn(QDate date) const { return activeFrom.isValid() && date >= activeFrom; }
};

} // namespace sams
