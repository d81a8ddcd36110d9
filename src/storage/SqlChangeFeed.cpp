#include "storage/SqlChangeFeed.h"

#include "storage/Database.h"
#include "storage/SqlCheck.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace sams {

namespace {
constexpr int sqlitePollMs = 250; // well inside the one-second budget
constexpr int heartbeatMs = 5000; // PostgreSQL: notice a dropped connection
const QString channel = QStringLiteral("sams_changes");
} // namespace

SqlChangeFeed::SqlChangeFeed(QObject *parent)
    : ChangeFeed(parent)
{
    qRegisterMetaType<ChangeNotice>();
    connect(&m_timer, &QTimer::timeout, this, &SqlChangeFeed::poll);
}

SqlChangeFeed::~SqlChangeFeed() = default;

Result<std::unique_ptr<SqlChangeFeed>> SqlChangeFeed::open(const DatabaseUrl &url, QObject *parent)
{
    std::unique_ptr<SqlChangeFeed> feed(new SqlChangeFeed(parent));
    feed->m_url = url;
    if (auto ok = feed->connectToDatabase(); !ok)
        return std::unexpected(ok.error());
    // Start after what already happened.
    QSqlQuery last(feed->m_database->connection());
    if (last.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM change_log")) && last.next())
        feed->m_lastSeen = feed->m_baseline = last.value(0).toLongLong();
    return feed;
}

Status SqlChangeFeed::connectToDatabase()
{
    auto database = Database::open(m_url, Database::Creation::MustExist);
    if (!database)
        return std::unexpected(database.error());
    m_database = std::move(*database);
    QSqlDatabase &db = m_database->connection();
    if (m_database->isSqlite()) {
        m_timer.start(sqlitePollMs);
        return {};
    }
    if (!db.driver()->subscribeToNotification(channel))
        return std::unexpected(Error::failed(tr("Cannot listen for changes on %1.").arg(m_url.displayName())));
    connect(db.driver(), &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == channel)
            readNewChanges();
    });
    m_timer.start(heartbeatMs);
    return {};
}

void SqlChangeFeed::poll()
{
    if (!m_database) {
        // Reconnect, then tell everyone to re-read: notices sent meanwhile were lost.
        if (connectToDatabase()) {
            readNewChanges();
            Q_EMIT changed(ChangeNotice{0, 0, 0, 0, QStringLiteral("reconnect")});
        }
        return;
    }
    QSqlQuery query(m_database->connection());
    if (m_database->isSqlite()) {
        if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
            return;
        const qint64 version = query.value(0).toLongLong();
        if (version != m_dataVersion) {
            m_dataVersion = version;
            readNewChanges();
        }
        return;
    }
    if (!query.exec(QStringLiteral("SELECT 1"))) {
        m_database.reset();
        m_timer.start(1000); // retry every second until the server is back
    }
}

void SqlChangeFeed::readNewChanges()
{
    // PostgreSQL hands out ids at insert, not at commit: a row with a lower id can
    // commit after a higher one was already read. So each read looks back over a
    // window of recent ids and skips the ones already delivered.
    constexpr qint64 window = 1000;
    const qint64 floor = std::max<qint64>(0, m_lastSeen - window);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id, store_id, chair_id, from_at, to_at, entity FROM change_log "
                                 "WHERE id > :floor ORDER BY id"));
    query.bindValue(QStringLiteral(":floor"), floor);
    if (!query.exec())
        return;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id <= m_baseline || (id <= m_lastSeen && m_delivered.contains(id)))
            continue; // before this feed started, or already delivered
        m_delivered.insert(id);
        m_lastSeen = std::max(m_lastSeen, id);
        Q_EMIT changed(ChangeNotice{query.value(1).toLongLong(), query.value(2).toLongLong(),
                                    query.value(3).toLongLong(), query.value(4).toLongLong(),
                                    query.value(5).toString()});
    }
    m_delivered.removeIf([&](qint64 id) { return id <= floor; });
}

} // namespace sams
