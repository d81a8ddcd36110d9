#include "storage/Database.h"
#include "storage/Migrator.h"
#include "support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sams;

// Numbered migrations: from empty, from every older version, never past a newer
// one, and all or nothing.
class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void fromEmpty();
    void fromEveryOlderVersion_data();
    void fromEveryOlderVersion();
    void newerSchemaIsRefused();
    void failedMigrationLeavesNothing();
    void aLockLongerThanReadsReachStopsTheUpgrade();
    void anEmptyRequestKeyBecomesNone();
};

namespace {
int scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}
} // namespace

void TestMigrations::fromEmpty()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    auto database = file.open();
    QSqlDatabase &db = database->connection();
    const int latest = Migrator(db).latestVersion();
    QVERIFY(latest >= 3);
    QCOMPARE(database->schemaVersion(), latest);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")), 1);
    for (const char *table : {"stores", "chairs", "zip_codes", "hours_versions", "hours_intervals", "date_exceptions",
                              "exception_intervals", "locks", "appointments", "work_orders", "history", "meta"})
        QVERIFY2(db.tables().contains(QString::fromLatin1(table)), table);
    QCOMPARE(database->environment(), Environment::Local);
    // Opening again is a no-op.
    database.reset();
    QCOMPARE(file.open()->schemaVersion(), latest);
}

void TestMigrations::fromEveryOlderVersion_data()
{
    QTest::addColumn<int>("version");
    QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    const int latest = Migrator(probe).latestVersion();
    for (int v = 1; v < latest; ++v)
        QTest::addRow("from %d", v) << v;
    probe = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

void TestMigrations::fromEveryOlderVersion()
{
    QFETCH(int, version);
    test::TestDatabase file(test::TestDatabase::currentBackend());
    {
        QSqlDatabase db = file.rawConnection(QStringLiteral("old"));
        QVERIFY(Migrator(db).migrateTo(version).has_value());
        QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM schema_version")), version);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO stores (id, code, name, timezone, visible_from, opens_on) "
                                      "VALUES (7, 'OLD-1', 'Old store', 'America/Chicago', '2026-01-01', "
                                      "'2026-01-15')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    auto database = file.open();
    QSqlDatabase &db = database->connection();
    QCOMPARE(database->schemaVersion(), Migrator(db).latestVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM stores WHERE code = 'OLD-1' AND slot_minutes = 30")), 1);
    QVERIFY(db.tables().contains(QStringLiteral("appointments")));
}

void TestMigrations::newerSchemaIsRefused()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    file.open().reset();
    {
        QSqlDatabase db = file.rawConnection(QStringLiteral("newer"));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));

    const auto refused = Database::open(file.url());
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().message.contains(QLatin1String("99")), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QLatin1String("newer SAMS")));
    {
        QSqlDatabase db = file.rawConnection(QStringLiteral("check"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM schema_version")), 99);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestMigrations::failedMigrationLeavesNothing()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    {
        QSqlDatabase db = file.rawConnection(QStringLiteral("broken"));
        QVERIFY(Migrator(db).migrateTo(1).has_value());
        // Something in the way of migration 2: it must fail and change nothing.
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE exception_intervals (x INTEGER)")));
        const Status status = Migrator(db).migrate();
        QVERIFY(!status.has_value());
        QVERIFY2(status.error().message.contains(QLatin1String("002_hours_and_exceptions.sql")),
                 qPrintable(status.error().message));
        QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM schema_version")), 1);
        QVERIFY(!db.tables().contains(QStringLiteral("hours_versions")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("broken"));
}

namespace {
// A database at schema 12 (before migration 013) holding what `statements` add.
void atVersion12With(const test::TestDatabase &file, const QStringList &statements)
{
    QSqlDatabase db = file.rawConnection(QStringLiteral("v12"));
    QVERIFY(Migrator(db).migrateTo(12).has_value());
    QSqlQuery q(db);
    QStringList all = {QStringLiteral("INSERT INTO stores (id, code, name, timezone, visible_from, opens_on) VALUES "
                                      "(7, 'OLD-1', 'Old store', 'UTC', '2026-01-01', '2026-01-01')"),
                       QStringLiteral("INSERT INTO chairs (id, store_id, name, starts_on) VALUES (70, 7, 'Chair 1', "
                                      "'2026-01-01')")};
    all += statements;
    for (const QString &statement : std::as_const(all))
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    db.close();
}
} // namespace

void TestMigrations::aLockLongerThanReadsReachStopsTheUpgrade()
{
    // Reads look back 366 days for locks (docs/performance.md): an older lock
    // reaching further would silently stop closing its chair, so the upgrade
    // refuses, naming the reason, and changes nothing.
    test::TestDatabase file(test::TestDatabase::currentBackend());
    atVersion12With(file,
                    {QStringLiteral("INSERT INTO locks (store_id, chair_id, starts_at, ends_at, reason, "
                                    "created_by) VALUES (7, 70, 1800000000, 1863158400, 'Two years', 'x')")});
    QSqlDatabase::removeDatabase(QStringLiteral("v12"));
    const auto refused = Database::open(file.url());
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().message.contains(QLatin1String("366")), qPrintable(refused.error().message));
    {
        QSqlDatabase db = file.rawConnection(QStringLiteral("after"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM schema_version")), 12);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("after"));
}

void TestMigrations::anEmptyRequestKeyBecomesNone()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    atVersion12With(file,
                    {QStringLiteral("INSERT INTO appointments (chair_id, starts_at, ends_at, slot_count, "
                                    "customer_name, status, channel, request_key) VALUES (70, 1800000000, "
                                    "1800001800, 1, 'Web', 'confirmed', 'web', '')")});
    QSqlDatabase::removeDatabase(QStringLiteral("v12"));
    auto database = file.open();
    QSqlDatabase &db = database->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM appointments WHERE request_key IS NULL")), 1);
    QVERIFY(!QSqlQuery(db).exec(QStringLiteral("UPDATE appointments SET request_key = ''")));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
