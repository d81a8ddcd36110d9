#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

namespace sams::sql {

// Every statement's result is checked: these run one and turn a failure into an
// Error that names what was being done.
Status exec(QSqlQuery &query, const QString &what);
Status exec(QSqlDatabase &db, const QString &statement, const QString &what);
Result<QSqlQuery> prepare(QSqlDatabase &db, const QString &statement);
bool isPostgreSql(const QSqlDatabase &db);

// A write transaction. SQLite needs BEGIN IMMEDIATE for read-then-write work
// (a deferred BEGIN meets SQLITE_BUSY under concurrent writers); Qt only sends BEGIN.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction(); // rolls back unless committed
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace sams::sql
