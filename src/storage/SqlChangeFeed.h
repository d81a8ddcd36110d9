#pragma once

#include "core/ChangeFeed.h"
#include "core/Error.h"
#include "storage/DatabaseUrl.h"

#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

#include <memory>

namespace sams {

class Database;

// ChangeFeed over the database's change_log, on a connection of its own (a
// listener must not share a connection with readers). PostgreSQL pushes NOTIFY
// messages that arrive through the event loop; SQLite is polled with PRAGMA
// data_version, which moves only when another connection commits. Either way the
// rows of change_log since the last one seen are turned into notices, so nothing
// is lost between polls or across a PostgreSQL reconnect.
class SqlChangeFeed : public ChangeFeed
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<SqlChangeFeed>> open(const DatabaseUrl &url, QObject *parent = nullptr);
    ~SqlChangeFeed() override;

    // For tests and the status bar: the feed's own connection is up.
    bool isConnected() const { return m_database != nullptr; }

private:
    explicit SqlChangeFeed(QObject *parent);
    Status connectToDatabase();
    void poll();
    void readNewChanges();

    DatabaseUrl m_url;
    std::unique_ptr<Database> m_database;
    QTimer m_timer;
    qint64 m_baseline = 0; // changes up to here happened before the feed started
    qint64 m_lastSeen = 0;
    QSet<qint64> m_delivered; // ids of the recent window already sent
    qint64 m_dataVersion = -1;
};

} // namespace sams
