#pragma once

#include "core/ScheduleSession.h"
#include "storage/DatabaseUrl.h"

namespace sams {

class Database;
class SqlScheduleRepository;
class SqlScheduleWriter;
class SqlRulesWriter;
class SqlSpreadsheetImporter;
class SqlWorkOrderService;
class SqlOutbox;
class SqlNotifyConfig;
class SqlCalendarSync;

// A ScheduleSession on its own connection to the database at `url`, which must
// already exist (the desktop opened it first). Open it on the thread that uses it.
class SqlScheduleSession : public ScheduleSession
{
public:
    static Result<std::unique_ptr<ScheduleSession>> open(const DatabaseUrl &url);
    ~SqlScheduleSession() override;

    ScheduleRepository &repository() override;
    ScheduleWriter &writer() override;
    RulesWriter &rulesWriter() override;
    SpreadsheetImport &importer() override;
    WorkOrderService &workOrders() override;
    OutboxQueue &outbox() override;
    NotifyConfig &notifyConfig() override;
    CalendarSyncQueue &calendarSync() override;

private:
    explicit SqlScheduleSession(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlScheduleRepository> m_repository;
    std::unique_ptr<SqlScheduleWriter> m_writer;
    std::unique_ptr<SqlRulesWriter> m_rulesWriter;
    std::unique_ptr<SqlSpreadsheetImporter> m_importer;
    std::unique_ptr<SqlWorkOrderService> m_workOrders;
    std::unique_ptr<SqlOutbox> m_outbox;
    std::unique_ptr<SqlNotifyConfig> m_notifyConfig;
    std::unique_ptr<SqlCalendarSync> m_calendarSync;
};

} // namespace sams
