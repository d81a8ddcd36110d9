#pragma once

#include <QSqlDatabase>

#include <cstdio>

namespace sams::sql {

// Counts what one connection sends its database, as the database client library
// sees it, not as SAMS thinks it sends it: on PostgreSQL the round trips (each
// Query message, and each Sync that ends an extended-protocol exchange, from
// libpq's protocol trace), on SQLite the statements run (sqlite3_trace_v2). For
// tests that hold the statement budgets and for `samsctl bench ops`
// (docs/performance.md). Not for production: tracing costs time. Requires Qt's
// drivers to use the system libpq and libsqlite3 this library links (Debian's do).
class RoundTripCounter
{
public:
    explicit RoundTripCounter(QSqlDatabase &db);
    ~RoundTripCounter();
    RoundTripCounter(const RoundTripCounter &) = delete;
    RoundTripCounter &operator=(const RoundTripCounter &) = delete;

    // Whether this connection can be counted (a QPSQL or QSQLITE connection).
    bool isValid() const { return m_valid; }
    // Round trips (PostgreSQL) or statements (SQLite) since construction or the last reset().
    int count();
    void reset();

private:
    QSqlDatabase &m_db;
    bool m_valid = false;
    bool m_postgres = false;
    // PostgreSQL: the trace goes to memory.
    FILE *m_trace = nullptr;
    char *m_buffer = nullptr;
    size_t m_size = 0;
    long m_consumed = 0;
    int m_count = 0;
};

} // namespace sams::sql
