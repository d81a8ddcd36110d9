#include "storage/SqliteBusy.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <memory>
#include <unordered_map>

namespace sams::sql {

namespace {
struct Waiting {
    int timeoutMs = 0;
    QElapsedTimer since; // started at the first busy answer of this wait
};

int onBusy(void *context, int tries)
{
    auto *waiting = static_cast<Waiting *>(context);
    if (tries == 0)
        waiting->since.start();
    const qint64 waited = waiting->since.elapsed();
    if (waited >= waiting->timeoutMs)
        return 0; // SQLITE_BUSY to the caller: "busy, try again"
    // 0.1-1 ms at first, 25-250 us after 100 ms: a transaction here takes about
    // a millisecond, so a waiter tries a few times per holder.
    const int longest = waited < 100 ? 1000 : 250;
    const int sleepUs = longest / 10 + int(QRandomGenerator::global()->bounded(longest - longest / 10));
    QThread::usleep(std::min<qint64>(sleepUs, (waiting->timeoutMs - waited) * 1000 + 1));
    return 1;
}

// One per connection, alive as long as the thread's connections are.
std::unordered_map<QString, std::unique_ptr<Waiting>> &states()
{
    thread_local std::unordered_map<QString, std::unique_ptr<Waiting>> all;
    return all;
}
} // namespace

bool waitFairlyWhenBusy(QSqlDatabase &db, int timeoutMs)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt's SQLite driver hands out its sqlite3 pointer; it links the same system
    // libsqlite3 as this library (Debian's Qt uses the system SQLite).
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return false;
    auto &state = states()[db.connectionName()];
    state = std::make_unique<Waiting>();
    state->timeoutMs = timeoutMs;
    return sqlite3_busy_handler(connection, onBusy, state.get()) == SQLITE_OK;
}

void forgetBusyWaiting(const QString &connectionName)
{
    states().erase(connectionName);
}

} // namespace sams::sql
