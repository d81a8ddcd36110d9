#pragma once

#include "core/StoreSchedule.h"

namespace sams::test {

// A small store whose every rule is known, for engine tests:
// TST in America/New_York, opens Mon 2027-01-04, 30-minute slots, capacity 1,
// horizon 18 days. Hours from 2027-01-01: Mon-Fri 09:00-12:00 and 13:00-17:00,
// Sat 10:00-14:00, Sun closed. Chairs: "Chair 1" (id 1), "Chair 2" (id 2, ends
// 2027-03-31), "Chair 3" (id 3, starts 2027-02-01). Zip 10001 active from
// opening, 10002 not active. Locks: Chair 1 on 2027-01-06 09:00-10:00
// "Training"; every chair on 2027-01-07 16:00-17:00 "Staff meeting".
// Appointments: 101 on Chair 1, 2027-01-05 09:00, 2 slots; 102 on Chair 1,
// 2027-01-05 10:30, 1 slot. "Now" is 2027-01-04 12:00 in New York.
struct EngineFixture {
    StoreRules rules;
    QList<BookedSpan> booked;

    EngineFixture();
    StoreSchedule schedule() const { return StoreSchedule(rules, booked); }

    static QTimeZone zone() { return QTimeZone("America/New_York"); }
    // "2027-01-05T09:00" store-local, to UTC seconds.
    static qint64 local(const QString &text);
    static qint64 now() { return local(QStringLiteral("2027-01-04T12:00")); }
    static QString localText(qint64 instant); // back to "2027-01-05T09:00"
};

} // namespace sams::test
