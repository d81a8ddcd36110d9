#pragma once

#include "core/Appointment.h"
#include "core/DateException.h"
#include "core/Error.h"
#include "core/HoursVersion.h"
#include "core/Lock.h"
#include "core/Store.h"
#include "core/WorkOrder.h"
#include "core/ZipCode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace sams {

// Appends to the history table inside the caller's transaction: who, when, what
// before and after (JSON), and why. On PostgreSQL the server decides who (the
// login) and when, and records history only for a row changed in the same
// transaction; `actor` is used on SQLite only.
class HistoryWriter
{
public:
    // Batched: on PostgreSQL, record() keeps the entries and flush() writes them
    // all in one round trip (an import records thousands); the caller must
    // flush before its transaction commits. SQLite writes at once either way.
    enum class Mode { Now, Batched };
    HistoryWriter(QSqlDatabase &db, const QString &actor, Mode mode = Mode::Now);
    ~HistoryWriter();
    HistoryWriter(const HistoryWriter &) = delete;
    HistoryWriter &operator=(const HistoryWriter &) = delete;
    Status flush();

    Status record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &before,
                  const QJsonObject &after, const QString &reason = {});

    // What a row is, as history's before and after (docs/decisions.md, History).
    static QJsonObject toJson(const Appointment &appointment);
    static QJsonObject toJson(const Store &store);
    static QJsonObject toJson(const Chair &chair);
    static QJsonObject toJson(const HoursVersion &hours);
    static QJsonObject toJson(const DateException &exception);
    static QJsonObject toJson(const ZipCode &zip); // recorded under its store's id: a zip code has none
    static QJsonObject toJson(const Lock &lock);
    static QJsonObject toJson(const WorkOrder &order);
    // As history stores it: compact JSON text, or null for an empty object.
    static QVariant toText(const QJsonObject &object);

private:
    QSqlDatabase &m_db;
    QString m_actor;
    bool m_batched = false;
    QJsonArray m_pending; // {e, i, a, b, f, r} per entry, for sams_record_history
};

} // namespace sams
