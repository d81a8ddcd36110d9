#include "storage/SqlChangeFeed.h"
#include "support/TestDatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace sams;

// A write by any client, even plain SQL from the web shop, reaches a listening
// desktop as a notice naming the store, chair and time range.
class TestChangeFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void plainSqlInsertArrives();
    void noticesKeepTheirOrder();
    void survivesADroppedConnection();
    void lateCommitOfAnEarlierIdIsDelivered();
    void workOrderChangeArrives();
};

void TestChangeFeed::plainSqlInsertArrives()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    const ChainData chain = test::insertDemoChain(*file.open());
    const Chair &chair = chain.chairs.first();

    auto feed = SqlChangeFeed::open(file.url());
    QVERIFY2(feed.has_value(), feed ? "" : qPrintable(feed.error().message));
    QSignalSpy spy(feed->get(), &ChangeFeed::changed);

    // The web shop: another connection, hand-written SQL, no SAMS code involved.
    QSqlDatabase shop = file.rawConnection(QStringLiteral("web-shop"));
    {
        QSqlQuery insert(shop);
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO appointments (chair_id, starts_at, ends_at, slot_count, "
                                           "customer_name, status, channel) VALUES (%1, 1893456000, 1893457800, 1, "
                                           "'Web Customer', 'confirmed', 'web')")
                                .arg(chair.id)));
    }
    QVERIFY(spy.wait(3000));
    const auto notice = spy.first().first().value<ChangeNotice>();
    QCOMPARE(notice.storeId, chair.storeId);
    QCOMPARE(notice.chairId, chair.id);
    QCOMPARE(notice.from, qint64(1893456000));
    QCOMPARE(notice.to, qint64(1893457800));
    QCOMPARE(notice.entity, QStringLiteral("appointment"));
    QVERIFY(notice.touches(chair.storeId, 1893400000, 1893500000));
    QVERIFY(!notice.touches(chair.storeId, 1893500000, 1893600000));
    shop.close();
    shop = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("web-shop"));
}

void TestChangeFeed::noticesKeepTheirOrder()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    const ChainData chain = test::insertDemoChain(*file.open());
    auto feed = SqlChangeFeed::open(file.url());
    QVERIFY(feed.has_value());
    QSignalSpy spy(feed->get(), &ChangeFeed::changed);
    {
        QSqlDatabase other = file.rawConnection(QStringLiteral("other"));
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO locks (store_id, chair_id, starts_at, ends_at, reason, created_by) "
                                      "VALUES (%1, NULL, 1893456000, 1893459600, 'Leak', 'shell')")
                           .arg(chain.stores.first().id)));
        QVERIFY(q.exec(QStringLiteral("UPDATE stores SET name = 'Renamed' WHERE id = %1").arg(chain.stores.at(1).id)));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 3000);
    QCOMPARE(spy.at(0).first().value<ChangeNotice>().entity, QStringLiteral("lock"));
    QCOMPARE(spy.at(0).first().value<ChangeNotice>().chairId, 0);
    QCOMPARE(spy.at(1).first().value<ChangeNotice>().entity, QStringLiteral("store"));
    QCOMPARE(spy.at(1).first().value<ChangeNotice>().storeId, chain.stores.at(1).id);
}

void TestChangeFeed::survivesADroppedConnection()
{
    if (test::TestDatabase::currentBackend() == test::Backend::Sqlite)
        QSKIP("a SQLite file has no connection to drop; the PostgreSQL row covers this");
    test::TestDatabase file(test::Backend::PostgreSql);
    const ChainData chain = test::insertDemoChain(*file.open());
    auto feed = SqlChangeFeed::open(file.url());
    QVERIFY(feed.has_value());
    QSignalSpy spy(feed->get(), &ChangeFeed::changed);

    // The server drops the listener (a restart, a network blip).
    QSqlDatabase admin = file.rawConnection(QStringLiteral("admin"));
    QSqlQuery kill(admin);
    QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                     "current_database() AND pid <> pg_backend_pid()")));
    // Meanwhile someone books: that notice is lost with the connection...
    QVERIFY(kill.exec(QStringLiteral("INSERT INTO locks (store_id, starts_at, ends_at, reason, created_by) "
                                     "VALUES (%1, 1893456000, 1893459600, 'During the outage', 'shell')")
                          .arg(chain.stores.first().id)));
    // ...but the feed reconnects, catches up from change_log and asks for a full re-read.
    QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 2, 15000);
    QStringList entities;
    for (const QList<QVariant> &signal : std::as_const(spy))
        entities.append(signal.first().value<ChangeNotice>().entity);
    QVERIFY2(entities.contains(QStringLiteral("lock")) && entities.contains(QStringLiteral("reconnect")),
             qPrintable(entities.join(QLatin1Char(','))));
    QVERIFY((*feed)->isConnected());
    admin.close();
    admin = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
}

void TestChangeFeed::lateCommitOfAnEarlierIdIsDelivered()
{
    if (test::TestDatabase::currentBackend() == test::Backend::Sqlite)
        QSKIP("SQLite writers take turns, so ids commit in order; the PostgreSQL row covers this");
    test::TestDatabase file(test::Backend::PostgreSql);
    const ChainData chain = test::insertDemoChain(*file.open());
    auto feed = SqlChangeFeed::open(file.url());
    QVERIFY(feed.has_value());
    QSignalSpy spy(feed->get(), &ChangeFeed::changed);
    const QString lock = QStringLiteral("INSERT INTO locks (store_id, starts_at, ends_at, reason, created_by) VALUES "
                                        "(%1, 1893456000, 1893459600, '%2', 'shell')")
                             .arg(chain.stores.first().id);
    QSqlDatabase slow = file.rawConnection(QStringLiteral("slow"));
    QSqlDatabase fast = file.rawConnection(QStringLiteral("fast"));
    {
        QSqlQuery a(slow), b(fast);
        QVERIFY(a.exec(QStringLiteral("BEGIN")));
        QVERIFY(a.exec(lock.arg(QStringLiteral("first id, late commit"))));
        QVERIFY(b.exec(lock.arg(QStringLiteral("second id, early commit"))));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 3000);
        QVERIFY(a.exec(QStringLiteral("COMMIT")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 3000);
    QCOMPARE(spy.at(0).first().value<ChangeNotice>().entity, QStringLiteral("lock"));
    QCOMPARE(spy.at(1).first().value<ChangeNotice>().entity, QStringLiteral("lock"));
    slow.close();
    fast.close();
    slow = fast = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("slow"));
    QSqlDatabase::removeDatabase(QStringLiteral("fast"));
}

void TestChangeFeed::workOrderChangeArrives()
{
    // The due-today panel follows other desktops: a work order written by hand
    // reaches a listening desktop as a notice for its store.
    test::TestDatabase file(test::TestDatabase::currentBackend());
    const ChainData chain = test::insertDemoChain(*file.open());
    const StoreId store = chain.stores.first().id;
    auto feed = SqlChangeFeed::open(file.url());
    QVERIFY2(feed.has_value(), feed ? "" : qPrintable(feed.error().message));
    QSignalSpy spy(feed->get(), &ChangeFeed::changed);
    QSqlDatabase other = file.rawConnection(QStringLiteral("other-desk"));
    {
        QSqlQuery insert(other);
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO work_orders (store_id, title, status, due_date, due_slot) "
                                           "VALUES (%1, 'Fills', 'pending', '2030-01-02', 'MORNING')")
                                .arg(store)));
    }
    QVERIFY(spy.wait(3000));
    const auto notice = spy.first().first().value<ChangeNotice>();
    QCOMPARE(notice.storeId, store);
    QCOMPARE(notice.entity, QStringLiteral("work_order"));
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other-desk"));
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
