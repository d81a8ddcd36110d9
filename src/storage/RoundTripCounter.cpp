#include "storage/RoundTripCounter.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdlib>
#include <cstring>

namespace sams::sql {

namespace {
template<typename T> T *handleOf(const QSqlDatabase &db, const char *type)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), type) != 0)
        return nullptr;
    return *static_cast<T *const *>(handle.constData());
}

int onStatement(unsigned type, void *context, void *, void *text)
{
    // Trigger programs report as "-- trigger name": they are part of a statement.
    if (type == SQLITE_TRACE_STMT && std::strncmp(static_cast<const char *>(text), "--", 2) != 0)
        ++*static_cast<int *>(context);
    return 0;
}
} // namespace

RoundTripCounter::RoundTripCounter(QSqlDatabase &db)
    : m_db(db)
{
    if (PGconn *pg = handleOf<PGconn>(db, "pg_conn*")) {
        m_trace = open_memstream(&m_buffer, &m_size);
        if (!m_trace)
            return;
        PQtrace(pg, m_trace);
        PQsetTraceFlags(pg, PQTRACE_SUPPRESS_TIMESTAMPS);
        m_postgres = true;
        m_valid = true;
    } else if (sqlite3 *lite = handleOf<sqlite3>(db, "sqlite3*")) {
        m_valid = sqlite3_trace_v2(lite, SQLITE_TRACE_STMT, onStatement, &m_count) == SQLITE_OK;
    }
}

RoundTripCounter::~RoundTripCounter()
{
    if (m_postgres) {
        if (PGconn *pg = handleOf<PGconn>(m_db, "pg_conn*"))
            PQuntrace(pg);
        std::fclose(m_trace);
        std::free(m_buffer);
    } else if (m_valid) {
        if (sqlite3 *lite = handleOf<sqlite3>(m_db, "sqlite3*"))
            sqlite3_trace_v2(lite, 0, nullptr, nullptr);
    }
}

int RoundTripCounter::count()
{
    if (!m_postgres)
        return m_count;
    std::fflush(m_trace);
    // Lines "F<TAB>length<TAB>Query<TAB>..." (F: sent by the client).
    const char *line = m_buffer + m_consumed;
    const char *end = m_buffer + m_size;
    while (line < end) {
        const char *next = static_cast<const char *>(std::memchr(line, '\n', size_t(end - line)));
        if (!next)
            break; // a line still being written
        if (line[0] == 'F' && line[1] == '\t') {
            const char *type = static_cast<const char *>(std::memchr(line + 2, '\t', size_t(next - line - 2)));
            if (type && (std::strncmp(type + 1, "Query\t", 6) == 0 || std::strncmp(type + 1, "Sync", 4) == 0))
                ++m_count;
        }
        line = next + 1;
    }
    m_consumed = line - m_buffer;
    return m_count;
}

void RoundTripCounter::reset()
{
    count();
    m_count = 0;
}

} // namespace sams::sql
