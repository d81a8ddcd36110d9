#pragma once

#include "core/CalendarSyncQueue.h"
#include "core/Error.h"
#include "core/OutboxQueue.h"
#include "core/RulesWriter.h"
#include "core/ScheduleRepository.h"
#include "core/ScheduleWriter.h"
#include "core/SpreadsheetImport.h"
#include "core/WorkOrderService.h"

#include <functional>
#include <memory>

namespace sams {

// One connection's reading and writing, owned by the thread that opened it (a
// database connection belongs to its thread). The desktop's worker opens its own
// (docs/editing.md, Threads); storage implements it.
class ScheduleSession
{
public:
    virtual ~ScheduleSession() = default;
    virtual ScheduleRepository &repository() = 0;
    virtual ScheduleWriter &writer() = 0;
    virtual RulesWriter &rulesWriter() = 0;
    virtual SpreadsheetImport &importer() = 0;
    virtual WorkOrderService &workOrders() = 0;
    virtual OutboxQueue &outbox() = 0;
    virtual NotifyConfig &notifyConfig() = 0;
    virtual CalendarSyncQueue &calendarSync() = 0;
};

// Opens a session on the calling thread. Errors: whatever opening the database
// reports (Error::Failed, Error::Permission).
using SessionFactory = std::function<Result<std::unique_ptr<ScheduleSession>>()>;

} // namespace sams
