#pragma once

#include "core/Store.h"

namespace sams {

using ChairId = qint64;

struct Chair {
    ChairId id = 0;
    StoreId storeId = 0;
    QString name; // unique within its store
    QDate startsOn; // first day with slots
    QDate endsOn; // last day with slots; null: open-ended
    int version = 1;
    int position = 0; // its lane among the store's chairs: by position, then id

    bool isActiveOn(QDate date) const
    {
        return startsOn.isValid() && date >= startsOn && (!endsOn.isValid() || date <= endsOn);
    }
};

} // namespace sams
