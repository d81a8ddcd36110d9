#pragma once

#include "core/Appointment.h"
#include "core/Error.h"

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
    HistoryWriter(QSqlDatabase &db, const QString &actor);

    Status record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &before,
                  const QJsonObject &after, const QString &reason = {});

    static QJsonObject toJson(const Appointment &appointment);

private:
    QSqlDatabase &m_db;
    QString m_actor;
};

} // namespace sams
