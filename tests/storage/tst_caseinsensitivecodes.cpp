#include "core/Spreadsheet.h"
#include "core/StoreScheduleLoader.h"
#include "storage/Migrator.h"
#include "storage/SqlBookingWriter.h"
#include "storage/SqlCheck.h"
#include "storage/SqlLockWriter.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlSpreadsheetImporter.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace sams;

// Issue 7, faults 4 and 11 in storage: store codes and a store's chair names are
// unique regardless of case in the database, the import and every lookup; every
// writer refuses a blank name or reason; a failed statement reads as the
// database's one-line reason. On real SQLite files and the test PostgreSQL server.
class TestCaseInsensitiveCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void migrationRefusesExistingTwinsNamingThem();
    void databaseRefusesATwinInOneReadableLine();
    void importRefusesACaseTwinOfAStoredCode();
    void lookupsAreExactOrUnambiguous();
    void writersRefuseBlankNamesAndReasons();
};

namespace {
int scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Spreadsheet sheet()
{
    const SpreadsheetReadResult read = readSpreadsheet(QStringLiteral(SAMS_TEST_DATA "/spreadsheet"));
    if (!read.problems.isEmpty())
        qFatal("the example sheet has problems");
    return read.sheet;
}

bool oneReadableLine(const QString &message)
{
    return !message.contains(QLatin1Char('\n')) && !message.contains(QLatin1String("QPSQL"))
        && !message.contains(QLatin1String("QSQLITE")) && !message.contains(QLatin1String("DETAIL"))
        && !message.contains(QLatin1String("Unable to")) && !message.contains(QLatin1String("INSERT INTO"));
}
} // namespace

void TestCaseInsensitiveCodes::migrationRefusesExistingTwinsNamingThem()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    {
        QSqlDatabase db = file.rawConnection(QStringLiteral("old"));
        QVERIFY(Migrator(db).migrateTo(7).has_value());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO stores (id, code, name, timezone, visible_from, opens_on) VALUES "
                                      "(1, 'ABC', 'Upper', 'UTC', '2027-01-01', '2027-01-01'), "
                                      "(2, 'abc', 'Lower', 'UTC', '2027-01-01', '2027-01-01')")));
        const Status migrated = Migrator(db).migrate();
        QVERIFY(!migrated);
        QVERIFY2(migrated.error().message.contains(QLatin1String("store codes that differ only in case: ABC, abc")),
                 qPrintable(migrated.error().message));
        QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM schema_version")), 7); // left as it was

        // Chairs of one store, the same way.
        QVERIFY(q.exec(QStringLiteral("UPDATE stores SET code = 'XYZ' WHERE id = 2")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO chairs (store_id, name, starts_on) VALUES "
                                      "(1, 'Chair 1', '2027-01-01'), (1, 'chair 1', '2027-01-01'), "
                                      "(2, 'chair 1', '2027-01-01')")));
        const Status chairs = Migrator(db).migrate();
        QVERIFY(!chairs);
        QVERIFY2(chairs.error().message.contains(QLatin1String("chair names that differ only in case: ABC Chair 1, "
                                                               "ABC chair 1;")),
                 qPrintable(chairs.error().message));
        QVERIFY(!chairs.error().message.contains(QLatin1String("XYZ"))); // another store may use the name

        QVERIFY(q.exec(QStringLiteral("UPDATE chairs SET name = 'Chair 2' WHERE name = 'chair 1' AND store_id = 1")));
        QVERIFY(Migrator(db).migrate().has_value()); // renamed: now it migrates
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

void TestCaseInsensitiveCodes::databaseRefusesATwinInOneReadableLine()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    auto database = file.open();
    QSqlDatabase &db = database->connection();
    const QString insert = QStringLiteral("INSERT INTO stores (code, name, timezone, visible_from, opens_on) "
                                          "VALUES ('%1', 'x', 'UTC', '2027-01-01', '2027-01-01')");
    QVERIFY(sql::exec(db, insert.arg(QStringLiteral("ABC")), QStringLiteral("Adding")).has_value());
    // Plain SQL, bypassing SAMS: the index itself refuses.
    const Status twin = sql::exec(db, insert.arg(QStringLiteral("abc")), QStringLiteral("Adding"));
    QVERIFY(!twin);
    QVERIFY2(oneReadableLine(twin.error().message), qPrintable(twin.error().message));
    QVERIFY2(twin.error().message.contains(QLatin1String("stores_code_ignore_case"))
                 || twin.error().message.contains(QLatin1String("UNIQUE constraint failed")),
             qPrintable(twin.error().message));
    const int store = scalar(db, QStringLiteral("SELECT id FROM stores WHERE code = 'ABC'"));
    const QString chair = QStringLiteral("INSERT INTO chairs (store_id, name, starts_on) VALUES (%1, '%2', "
                                         "'2027-01-01')");
    QVERIFY(sql::exec(db, chair.arg(store).arg(QStringLiteral("Chair 1")), QStringLiteral("Adding")).has_value());
    QVERIFY(!sql::exec(db, chair.arg(store).arg(QStringLiteral("CHAIR 1")), QStringLiteral("Adding")));
}

void TestCaseInsensitiveCodes::importRefusesACaseTwinOfAStoredCode()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    auto database = file.open();
    QVERIFY(SqlSpreadsheetImporter(*database, QStringLiteral("test")).apply(sheet(), false).has_value());
    const int stores = scalar(database->connection(), QStringLiteral("SELECT COUNT(*) FROM stores"));
    const int chairs = scalar(database->connection(), QStringLiteral("SELECT COUNT(*) FROM chairs"));

    Spreadsheet lower = sheet();
    lower.stores.first().code = QStringLiteral("nyc-1");
    for (Spreadsheet::ChairRow &row : lower.chairs) {
        if (row.storeCode == QLatin1String("NYC-1"))
            row.storeCode = QStringLiteral("nyc-1");
    }
    const Result<ImportSummary> refused = SqlSpreadsheetImporter(*database, QStringLiteral("test")).apply(lower, false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Rule);
    QVERIFY2(refused.error().message.contains(QLatin1String("\"nyc-1\" differs only in case from NYC-1")),
             qPrintable(refused.error().message));

    Spreadsheet chairCase = sheet();
    chairCase.chairs.first().chair.name = QStringLiteral("CHAIR 1");
    const Result<ImportSummary> chair
        = SqlSpreadsheetImporter(*database, QStringLiteral("test")).apply(chairCase, false);
    QVERIFY(!chair);
    QCOMPARE(chair.error().kind, Error::Kind::Rule);
    QVERIFY2(chair.error().message.contains(QLatin1String("\"CHAIR 1\" of NYC-1 differs only in case from Chair 1")),
             qPrintable(chair.error().message));

    // Nothing was written by either refusal; the same spelling still imports.
    QCOMPARE(scalar(database->connection(), QStringLiteral("SELECT COUNT(*) FROM stores")), stores);
    QCOMPARE(scalar(database->connection(), QStringLiteral("SELECT COUNT(*) FROM chairs")), chairs);
    QVERIFY(SqlSpreadsheetImporter(*database, QStringLiteral("test")).apply(sheet(), false).has_value());
}

void TestCaseInsensitiveCodes::lookupsAreExactOrUnambiguous()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    auto database = file.open();
    QVERIFY(SqlSpreadsheetImporter(*database, QStringLiteral("test")).apply(sheet(), false).has_value());
    SqlScheduleRepository repository(*database);
    const Result<Store> store = findStore(repository, QStringLiteral("nyc-1"));
    QVERIFY(store.has_value());
    QCOMPARE(store->code, QStringLiteral("NYC-1"));
    const Result<Chair> chair = findChair(repository, *store, QStringLiteral("CHAIR 2"));
    QVERIFY(chair.has_value());
    QCOMPARE(chair->name, QStringLiteral("Chair 2"));
    QVERIFY(!findStore(repository, QStringLiteral("NYC")));

    if (test::TestDatabase::currentBackend() != test::Backend::Sqlite)
        return;
    // SQLite's lower() folds only A-Z, so the database lets these two in; the
    // lookup still never picks one of them for a spelling that is neither.
    QSqlQuery q(database->connection());
    for (const char *code : {"ÄRZ", "ärz"}) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO stores (code, name, timezone, visible_from, opens_on) VALUES "
                                      "('%1', 'x', 'UTC', '2027-01-01', '2027-01-01')")
                           .arg(QString::fromUtf8(code))));
    }
    QCOMPARE(findStore(repository, QString::fromUtf8("ärz"))->code, QString::fromUtf8("ärz"));
    const Result<Store> ambiguous = findStore(repository, QString::fromUtf8("Ärz"));
    QVERIFY(!ambiguous);
    QCOMPARE(ambiguous.error().kind, Error::Kind::Usage);
    QVERIFY2(ambiguous.error().message.contains(QString::fromUtf8("ÄRZ, ärz")), qPrintable(ambiguous.error().message));
}

void TestCaseInsensitiveCodes::writersRefuseBlankNamesAndReasons()
{
    test::TestDatabase file(test::TestDatabase::currentBackend());
    auto database = file.open();
    QVERIFY(SqlSpreadsheetImporter(*database, QStringLiteral("test")).apply(sheet(), false).has_value());
    SqlScheduleRepository repository(*database);
    const Store store = *findStore(repository, QStringLiteral("NYC-1"));
    const Chair chair = *findChair(repository, store, QStringLiteral("Chair 1"));
    const int locks = scalar(database->connection(), QStringLiteral("SELECT COUNT(*) FROM locks"));

    BookingRequest request;
    request.chairId = chair.id;
    request.start = QDateTime(QDate(2030, 3, 4), QTime(14, 0), Qt::UTC).toSecsSinceEpoch();
    Appointment details;
    for (const QString &blank : {QStringLiteral("   "), QStringLiteral(" \t "), QString(QChar(0x200B))}) {
        details.customerName = blank;
        const Result<AppointmentId> booked
            = SqlBookingWriter(*database, QStringLiteral("test")).book(store, request, details);
        QVERIFY(!booked);
        QCOMPARE(booked.error().kind, Error::Kind::Usage);
        QVERIFY2(booked.error().message.contains(QLatin1String("visible character")),
                 qPrintable(booked.error().message));
    }
    details.customerName = QStringLiteral("Ann\x1b[2J");
    const Result<AppointmentId> escaped
        = SqlBookingWriter(*database, QStringLiteral("test")).book(store, request, details);
    QVERIFY(!escaped);
    QVERIFY2(escaped.error().message.contains(QLatin1String("U+001B at position 4")),
             qPrintable(escaped.error().message));

    const Result<int> cancelled
        = SqlBookingWriter(*database, QStringLiteral("test")).cancel(1, QStringLiteral("  "), 1);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, Error::Kind::Usage);

    Lock lock;
    lock.storeId = store.id;
    lock.startsAt = QDateTime(QDate(2030, 3, 4), QTime(14, 0), Qt::UTC);
    lock.endsAt = lock.startsAt.addSecs(3600);
    lock.reason = QStringLiteral("\t ");
    const Result<AddedLock> added = SqlLockWriter(*database, QStringLiteral("test")).add(store, lock);
    QVERIFY(!added);
    QCOMPARE(added.error().kind, Error::Kind::Usage);
    QCOMPARE(scalar(database->connection(), QStringLiteral("SELECT COUNT(*) FROM appointments")), 0);
    QCOMPARE(scalar(database->connection(), QStringLiteral("SELECT COUNT(*) FROM locks")), locks);
}

QTEST_GUILESS_MAIN(TestCaseInsensitiveCodes)
#include "tst_caseinsensitivecodes.moc"
