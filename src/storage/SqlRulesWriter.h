#pragma once

#include "core/RulesWriter.h"

#include <functional>

namespace sams {

class Database;
class StoreSchedule;

// RulesWriter on a SQL database. Owned by the thread that opened `database`.
class SqlRulesWriter : public RulesWriter
{
public:
    SqlRulesWriter(Database &database, const QString &actor);

    Result<RulesSaved> saveHours(const HoursVersion &hours, int version) override;
    Result<RulesSaved> removeHours(qint64 id, int version) override;
    Result<RulesSaved> saveException(const DateException &exception, int version) override;
    Result<RulesSaved> removeException(qint64 id, int version, const QString &reason) override;
    Result<RulesSaved> saveChair(const Chair &chair) override;
    Status reorderChairs(StoreId store, const QList<ChairId> &order) override;
    Result<RulesSaved> saveStore(const Store &store) override;
    Status saveZipCode(const ZipCode &zip) override;
    Result<int> markContacted(AppointmentId id, int version, const QString &note) override;

private:
    // What one edit wrote, and the change it made for the impact report.
    struct Written {
        qint64 id = 0;
        int version = 0;
        ProposedChange change;
    };
    using Write = std::function<Result<Written>(const StoreSchedule &now, QDate today)>;
    // Runs `write` in one transaction that holds the store's bookings back, with the
    // store's schedule from its today a year on as it was before the edit, and
    // reports what the change displaces in that year.
    Result<RulesSaved> edit(StoreId store, const Write &write);
    // The store of a row (a table with a store_id), or NotFound.
    Result<StoreId> storeOf(const QString &table, qint64 id);

    Database &m_database;
    QString m_actor;
};

} // namespace sams
