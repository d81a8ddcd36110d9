#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace sams::sql {

// A prepared statement, ready to bind and run, or the error preparing it.
//
// On a connection whose statements are kept (keepStatements(), which Database
// does), this is the connection's one prepared copy of that text: Qt's
// PostgreSQL driver sends PREPARE, EXECUTE and DEALLOCATE for every QSqlQuery it
// prepares, so a statement prepared per call costs three round trips; a kept one
// costs one EXECUTE (docs/performance.md). When the handle goes, its result set
// is released (finish()), so a kept SQLite statement never holds a read snapshot
// open between calls. A text already in use further up the stack is prepared
// afresh for this handle.
class Statement
{
public:
    explicit Statement(Error error);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    explicit operator bool() const { return m_query != nullptr; }
    const Error &error() const { return *m_error; }
    QSqlQuery *operator->() { return m_query; }
    QSqlQuery &operator*() { return *m_query; }

private:
    friend Statement prepare(QSqlDatabase &db, const QString &statement);
    Statement(QSqlQuery *kept, bool *inUse);
    explicit Statement(std::unique_ptr<QSqlQuery> owned);

    std::unique_ptr<QSqlQuery> m_owned;
    QSqlQuery *m_query = nullptr;
    bool *m_inUse = nullptr;
    std::optional<Error> m_error;
};

// Prepares `statement` on `db`, reusing the kept copy where there is one.
Statement prepare(QSqlDatabase &db, const QString &statement);

// Keep prepared statements for this connection from now on; drop them (before the
// connection closes: a prepared query holds the driver).
void keepStatements(const QSqlDatabase &db);
void dropStatements(const QSqlDatabase &db);

} // namespace sams::sql
