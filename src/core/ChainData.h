#pragma once

#include "core/Appointment.h"
#include "core/DateException.h"
#include "core/HoursVersion.h"
#include "core/Lock.h"
#include "core/WorkOrder.h"
#include "core/ZipCode.h"

#include <QList>

namespace sams {

// Everything about a chain at once: what demo data, the spreadsheet import and
// benchmarks produce, and what storage writes in one transaction.
struct ChainData {
    QList<Store> stores;
    QList<Chair> chairs;
    QList<HoursVersion> hoursVersions;
    QList<DateException> exceptions;
    QList<ZipCode> zipCodes;
    QList<Lock> locks;
    QList<Appointment> appointments;
    QList<WorkOrder> workOrders;
};

} // namespace sams
