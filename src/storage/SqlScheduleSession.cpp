#include "storage/SqlScheduleSession.h"

#include "storage/Database.h"
#include "storage/SqlCalendarSync.h"
#include "storage/SqlNotifyConfig.h"
#include "storage/SqlOutbox.h"
#include "storage/SqlRulesWriter.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"
#include "storage/SqlSpreadsheetImporter.h"
#include "storage/SqlWorkOrderService.h"

namespace sams {

Result<std::unique_ptr<ScheduleSession>> SqlScheduleSession::open(const DatabaseUrl &url)
{
    auto database = Database::open(url, Database::Creation::MustExist);
    if (!database)
        return std::unexpected(database.error());
    return std::unique_ptr<ScheduleSession>(new SqlScheduleSession(std::move(*database)));
}

SqlScheduleSession::SqlScheduleSession(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_repository(std::make_unique<SqlScheduleRepository>(*m_database))
    , m_writer(std::make_unique<SqlScheduleWriter>(*m_database, m_database->actor()))
    , m_rulesWriter(std::make_unique<SqlRulesWriter>(*m_database, m_database->actor()))
    , m_importer(std::make_unique<SqlSpreadsheetImporter>(*m_database, m_database->actor()))
    , m_workOrders(std::make_unique<SqlWorkOrderService>(*m_database, m_database->actor()))
    , m_outbox(std::make_unique<SqlOutbox>(*m_database, m_database->actor()))
    , m_notifyConfig(std::make_unique<SqlNotifyConfig>(*m_database))
    , m_calendarSync(std::make_unique<SqlCalendarSync>(*m_database))
{ }

SqlScheduleSession::~SqlScheduleSession() = default;

ScheduleRepository &SqlScheduleSession::repository()
{
    return *m_repository;
}

ScheduleWriter &SqlScheduleSession::writer()
{
    return *m_writer;
}

RulesWriter &SqlScheduleSession::rulesWriter()
{
    return *m_rulesWriter;
}

SpreadsheetImport &SqlScheduleSession::importer()
{
    return *m_importer;
}

WorkOrderService &SqlScheduleSession::workOrders()
{
    return *m_workOrders;
}

OutboxQueue &SqlScheduleSession::outbox()
{
    return *m_outbox;
}

NotifyConfig &SqlScheduleSession::notifyConfig()
{
    return *m_notifyConfig;
}

CalendarSyncQueue &SqlScheduleSession::calendarSync()
{
    return *m_calendarSync;
}

} // namespace sams
