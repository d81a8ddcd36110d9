#pragma once

#include "core/Store.h"

#include <QObject>

namespace sams {

// What changed in the shared data, as precisely as the database can say: a store
// (0: anything, re-read everything), a chair (0: any chair of it), and a range of
// instants (0: all time).
struct ChangeNotice {
    StoreId storeId = 0;
    qint64 chairId = 0;
    qint64 from = 0; // UTC seconds
    qint64 to = 0;
    QString entity; // "appointment", "lock", "hours", ...

    bool touches(StoreId store, qint64 rangeFrom, qint64 rangeTo) const
    {
        const bool storeMatches = storeId == 0 || storeId == store;
        const bool timeMatches = from == 0 || to == 0 || (from < rangeTo && rangeFrom < to);
        return storeMatches && timeMatches;
    }
};

// Live notices of changes made by anyone (another desktop, samsctl, the web shop's
// plain SQL). Storage implements it for each database; views only listen.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void changed(const sams::ChangeNotice &notice);
};

} // namespace sams

Q_DECLARE_METATYPE(sams::ChangeNotice)
