#pragma once

#include "core/WorkOrder.h"

#include <QSqlQuery>

namespace sams::sql {

// The columns a work order is read from, in the order workOrderFrom expects.
inline QString workOrderColumns(const QString &alias = {})
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("%1id, %1store_id, %1appointment_id, %1title, %1details, %1status, %1due_date, %1due_slot, "
                          "%1due_minute, %1original_date, %1reschedule_count, %1version, %1customer_name, "
                          "%1customer_phone, %1customer_email")
        .arg(p);
}

// A work order from a row of workOrderColumns() starting at `first`.
WorkOrder workOrderFrom(const QSqlQuery &q, int first = 0);

} // namespace sams::sql
