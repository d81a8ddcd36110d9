#include "core/Clock.h"
#include "core/Spreadsheet.h"
#include "storage/Backup.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrator.h"
#include "storage/SqlSpreadsheetImporter.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sams;

// Issue 8, kind 5: every change an import makes (stores, chairs, hours versions,
// exceptions, zip codes, locks) leaves a history row with who, when, before and
// after, and `samsctl check` fails when a row of any kind lacks its history. On
// real SQLite files and the test PostgreSQL server.
class TestImportHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init() { Clock::setFixed(QDateTime(QDate(2027, 1, 10), QTime(15, 0), Qt::UTC)); }
    void cleanup() { Clock::reset(); }
    void everyImportedChangeIsRecorded();
    void sameSheetAgainRecordsNothing();
    void dryRunRecordsNothing();
    void checkFindsARowWithoutHistory_data();
    void checkFindsARowWithoutHistory();
    void jobRoleImportRecordsThroughTheServer();
    void restoreKeepsHistory();
    void olderRowsGetAnUnrecordedRow();
};

namespace {
// The store of the example, before and after a manager's second sheet (after
// shared/cases/18): renamed, Chair 2 ends, a shorter afternoon, an inventory day,
// a zip code goes live, one more lock. Unchanged rows are repeated on purpose.
const char *const header[] = {
    ("code,name,address,timezone,phone,instructions,slot_minutes,capacity,horizon_days,min_notice_minutes,"
     "visible_from,opens_on,closes_on\n"),
    "store,chair,starts_on,ends_on\n",
    "store,chair,effective_from,days,open,close\n",
    "store,chair,date,open,close,reason\n",
    "store,zipcode,active_from\n",
    "store,chair,from,to,reason\n",
};
const char *const files[] = {"stores.csv", "chairs.csv", "hours.csv", "exceptions.csv", "zipcodes.csv", "locks.csv"};

QString writeSheet(const QTemporaryDir &dir, const QString &name, const QStringList &bodies)
{
    QString folder = dir.filePath(name);
    QDir().mkpath(folder);
    for (int i = 0; i < 6; ++i) {
        QFile file(folder + QLatin1Char('/') + QLatin1String(files[i]));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the sheet");
        file.write(QByteArray(header[i]) + bodies.at(i).toUtf8());
    }
    return folder;
}

QString beforeSheet(const QTemporaryDir &dir)
{
    return writeSheet(dir, QStringLiteral("before"),
                      {QStringLiteral("CASE,Old Name,,America/Chicago,,,30,1,18,0,,2027-01-01,\n"),
                       QStringLiteral("CASE,Chair 1,,\nCASE,Chair 2,,\n"),
                       QStringLiteral("CASE,,2027-01-01,mon-fri,09:00,12:00\nCASE,,2027-01-01,mon-fri,13:00,17:00\n"
                                      "CASE,Chair 2,2027-02-01,daily,12:00,20:00\n"),
                       QStringLiteral("CASE,,2027-12-25,,,Christmas\n"),
                       QStringLiteral("CASE,60601,2027-01-01\nCASE,60602,\n"),
                       QStringLiteral("CASE,Chair 1,2027-01-12T09:00,2027-01-12T10:00,Training\n")});
}

QString afterSheet(const QTemporaryDir &dir)
{
    return writeSheet(dir, QStringLiteral("after"),
                      {QStringLiteral("CASE,New Name,,America/Chicago,,,30,1,18,0,,2027-01-01,\n"),
                       QStringLiteral("CASE,Chair 1,,\nCASE,Chair 2,,2027-03-31\n"),
                       QStringLiteral("CASE,,2027-01-01,mon-fri,09:00,12:00\nCASE,,2027-01-01,mon-fri,13:00,16:00\n"
                                      "CASE,Chair 2,2027-02-01,daily,12:00,20:00\n"),
                       QStringLiteral("CASE,,2027-12-25,,,Christmas\nCASE,,2027-02-01,,,Inventory\n"),
                       QStringLiteral("CASE,60601,2027-01-01\nCASE,60602,2027-02-01\n"),
                       QStringLiteral("CASE,Chair 1,2027-01-12T09:00,2027-01-12T10:00,Training\n"
                                      "CASE,,2027-01-13T09:00,2027-01-13T10:00,Meeting\n")});
}

Status import(Database &database, const QString &folder, const QString &actor, bool dryRun = false)
{
    const SpreadsheetReadResult read = readSpreadsheet(folder);
    if (!read.problems.isEmpty())
        return std::unexpected(Error::failed(QStringLiteral("the test sheet has problems")));
    const Result<ImportSummary> done = SqlSpreadsheetImporter(database, actor).apply(read.sheet, dryRun);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0);
}

struct Row {
    QString actor;
    qint64 at = 0;
    QString action;
    QJsonObject before;
    QJsonObject after;
};

// History rows of one kind, oldest first.
QList<Row> history(QSqlDatabase &db, const QString &entity)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT actor, at, action, before, after FROM history WHERE entity = :e ORDER BY id"));
    q.bindValue(QStringLiteral(":e"), entity);
    if (!q.exec())
        qFatal("reading history: %s", qPrintable(q.lastError().text()));
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                     QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(),
                     QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()});
    return rows;
}

QStringList actions(const QList<Row> &rows)
{
    QStringList list;
    for (const Row &row : rows)
        list.append(row.action);
    return list;
}

// Who history names: the actor given on SQLite, the login on PostgreSQL.
QString expectedActor(const test::TestDatabase &file, const QString &given)
{
    return file.backend() == test::Backend::Sqlite ? given : file.url().user;
}
} // namespace

void TestImportHistory::everyImportedChangeIsRecorded()
{
    QTemporaryDir dir;
    test::TestDatabase file(test::TestDatabase::currentBackend());
    auto database = file.open();
    QSqlDatabase &db = database->connection();
    QVERIFY(import(*database, beforeSheet(dir), QStringLiteral("maria")).has_value());
    QVERIFY(import(*database, afterSheet(dir), QStringLiteral("maria")).has_value());

    const QList<Row> stores = history(db, QStringLiteral("store"));
    QCOMPARE(actions(stores), (QStringList{QStringLiteral("import-add"), QStringLiteral("import-update")}));
    QCOMPARE(stores.at(1).before.value(QStringLiteral("name")).toString(), QStringLiteral("Old Name"));
    QCOMPARE(stores.at(1).after.value(QStringLiteral("name")).toString(), QStringLiteral("New Name"));
    QCOMPARE(stores.at(1).after.value(QStringLiteral("version")).toInt(), 2);

    const QList<Row> chairs = history(db, QStringLiteral("chair"));
    QCOMPARE(
        actions(chairs),
        (QStringList{QStringLiteral("import-add"), QStringLiteral("import-add"), QStringLiteral("import-update")}));
    QCOMPARE(chairs.at(2).after.value(QStringLiteral("name")).toString(), QStringLiteral("Chair 2"));
    QVERIFY(chairs.at(2).before.value(QStringLiteral("ends_on")).isNull());
    QCOMPARE(chairs.at(2).after.value(QStringLiteral("ends_on")).toString(), QStringLiteral("2027-03-31"));

    // The store's hours were replaced (before: 13:00-17:00); Chair 2's were the same.
    const QList<Row> hours = history(db, QStringLiteral("hours_version"));
    QCOMPARE(
        actions(hours),
        (QStringList{QStringLiteral("import-add"), QStringLiteral("import-add"), QStringLiteral("import-replace")}));
    const auto monday = [](const QJsonObject &o) {
        return o.value(QStringLiteral("week")).toObject().value(QStringLiteral("mon")).toArray().toVariantList();
    };
    QCOMPARE(monday(hours.at(2).before), (QVariantList{QStringLiteral("09:00-12:00"), QStringLiteral("13:00-17:00")}));
    QCOMPARE(monday(hours.at(2).after), (QVariantList{QStringLiteral("09:00-12:00"), QStringLiteral("13:00-16:00")}));

    const QList<Row> exceptions = history(db, QStringLiteral("date_exception"));
    QCOMPARE(actions(exceptions), (QStringList{QStringLiteral("import-add"), QStringLiteral("import-add")}));
    QCOMPARE(exceptions.at(1).after.value(QStringLiteral("date")).toString(), QStringLiteral("2027-02-01"));

    const QList<Row> zips = history(db, QStringLiteral("zip_code"));
    QCOMPARE(
        actions(zips),
        (QStringList{QStringLiteral("import-add"), QStringLiteral("import-add"), QStringLiteral("import-update")}));
    QCOMPARE(zips.at(2).after.value(QStringLiteral("zipcode")).toString(), QStringLiteral("60602"));
    QVERIFY(zips.at(2).before.value(QStringLiteral("active_from")).isNull());
    QCOMPARE(zips.at(2).after.value(QStringLiteral("active_from")).toString(), QStringLiteral("2027-02-01"));

    const QList<Row> locks = history(db, QStringLiteral("lock"));
    QCOMPARE(actions(locks), (QStringList{QStringLiteral("import-add"), QStringLiteral("import-add")}));
    QCOMPARE(locks.at(1).after.value(QStringLiteral("reason")).toString(), QStringLiteral("Meeting"));

    // Who and when, on every row.
    for (const QString &entity :
         {QStringLiteral("store"), QStringLiteral("chair"), QStringLiteral("hours_version"),
          QStringLiteral("date_exception"), QStringLiteral("zip_code"), QStringLiteral("lock")}) {
        for (const Row &row : history(db, entity)) {
            QCOMPARE(row.actor, expectedActor(file, QStringLiteral("maria")));
            QVERIFY2(row.at > 0 && !row.after.isEmpty(), qPrintable(entity));
        }
    }
    const Result<QStringList> problems = checkIntegrity(*database);
    QVERIFY(problems.has_value());
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
}

void TestImportHistory::sameSheetAgainRecordsNothing()
{
    QTemporaryDir dir;
    test::TestDatabase file(test::TestDatabase::currentBackend());
    auto database = file.open();
    QSqlDatabase &db = database->connection();
    QVERIFY(import(*database, afterSheet(dir), QStringLiteral("maria")).has_value());
    const qint64 rows = scalar(db, QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong();
    const qint64 hoursId = scalar(db, QStringLiteral("SELECT MAX(id) FROM hours_versions")).toLongLong();
    QCOMPARE(rows, 11); // 1 store, 2 chairs, 2 hours versions, 2 exceptions, 2 zip codes, 2 locks
    QVERIFY(import(*database, afterSheet(dir), QStringLiteral("maria")).has_value());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong(), rows);
    // Equal hours are kept, not replaced by a copy under a new id.
    QCOMPARE(scalar(db, QStringLiteral("SELECT MAX(id) FROM hours_versions")).toLongLong(), hoursId);
}

void TestImportHistory::dryRunRecordsNothing()
{
    QTemporaryDir dir;
    test::TestDatabase file(test::TestDatabase::currentBackend());
    auto database = file.open();
    QVERIFY(import(*database, beforeSheet(dir), QStringLiteral("maria"), true).has_value());
    QCOMPARE(scalar(database->connection(), QStringLiteral("SELECT COUNT(*) FROM history")).toInt(), 0);
}

void TestImportHistory::checkFindsARowWithoutHistory_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("finding");
    const QString store = QStringLiteral("(SELECT id FROM stores WHERE code = 'CASE')");
    const QString chair = QStringLiteral("(SELECT id FROM chairs WHERE name = 'Chair 1')");
    QTest::newRow("store") << QStringList{QStringLiteral(
        "INSERT INTO stores (code, name, timezone, visible_from, opens_on) VALUES ('HAND', 'By hand', 'UTC', "
        "'2027-01-01', '2027-01-01')")}
                           << QStringLiteral("has no history");
    QTest::newRow("store changed") << QStringList{QStringLiteral(
        "UPDATE stores SET name = 'Renamed by hand', version = version + 1 WHERE code = 'CASE'")}
                                   << QStringLiteral("is at version 2 but its history records 1 change(s)");
    QTest::newRow("chair") << QStringList{QStringLiteral("INSERT INTO chairs (store_id, name, starts_on) SELECT %1, "
                                                         "'Chair 9', '2027-01-01'")
                                              .arg(store)}
                           << QStringLiteral("has no history");
    QTest::newRow("chair ended") << QStringList{QStringLiteral(
        "UPDATE chairs SET ends_on = '2027-05-01', version = version + 1 WHERE name = 'Chair 1'")}
                                 << QStringLiteral("is at version 2 but its history records 1 change(s)");
    QTest::newRow("hours version") << QStringList{
        QStringLiteral("INSERT INTO hours_versions (store_id, effective_from) SELECT %1, '2027-06-01'")
            .arg(store)} << QStringLiteral("has no history");
    QTest::newRow("exception") << QStringList{QStringLiteral("INSERT INTO date_exceptions (store_id, date, reason) "
                                                             "SELECT %1, '2027-07-04', 'By hand'")
                                                  .arg(store)}
                               << QStringLiteral("has no history");
    QTest::newRow("lock") << QStringList{QStringLiteral("INSERT INTO locks (store_id, starts_at, ends_at, reason, "
                                                        "created_by) SELECT %1, 1800000000, 1800003600, 'By hand', "
                                                        "'someone'")
                                             .arg(store)}
                          << QStringLiteral("has no history");
    QTest::newRow("zip code") << QStringList{QStringLiteral("INSERT INTO zip_codes (store_id, zipcode) SELECT %1, "
                                                            "'60699'")
                                                 .arg(store)}
                              << QStringLiteral("zip code 60699 of store");
    const QString appointment
        = QStringLiteral("INSERT INTO appointments (chair_id, starts_at, ends_at, slot_count, customer_name, status, "
                         "channel) SELECT %1, 1800000000, 1800001800, 1, 'By hand', 'confirmed', 'staff'")
              .arg(chair);
    QTest::newRow("appointment") << QStringList{appointment} << QStringLiteral("has no history");
    QTest::newRow("appointment moved")
        << QStringList{appointment,
                       QStringLiteral("INSERT INTO history (at, actor, entity, entity_id, action) SELECT 1, 'x', "
                                      "'appointment', MAX(id), 'book' FROM appointments"),
                       QStringLiteral("UPDATE appointments SET starts_at = starts_at + 1800, ends_at = ends_at + "
                                      "1800, version = version + 1")}
        << QStringLiteral("is at version 2 but its history records 1 change(s)");
}

void TestImportHistory::checkFindsARowWithoutHistory()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, finding);
    QTemporaryDir dir;
    test::TestDatabase file(test::TestDatabase::currentBackend());
    auto database = file.open();
    QVERIFY(import(*database, beforeSheet(dir), QStringLiteral("maria")).has_value());
    QVERIFY(checkIntegrity(*database)->isEmpty());
    // History is append-only: the broken database is made by writing a row
    // (or a new version of one) by hand, without its history.
    QSqlQuery q(database->connection());
    for (const QString &statement : statements)
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    const Result<QStringList> problems = checkIntegrity(*database);
    QVERIFY(problems.has_value());
    QCOMPARE(problems->size(), 1);
    QVERIFY2(problems->first().contains(finding), qPrintable(problems->first()));
}

void TestImportHistory::jobRoleImportRecordsThroughTheServer()
{
    if (test::TestDatabase::currentBackend() == test::Backend::Sqlite)
        QSKIP("roles exist only in PostgreSQL; the other tests cover SQLite's writer");
    QTemporaryDir dir;
    test::TestDatabase file(test::Backend::PostgreSql);
    auto owner = file.open();
    QVERIFY(import(*owner, beforeSheet(dir), QStringLiteral("owner")).has_value());
    const QString manager = QStringLiteral("maria_%1").arg(file.url().databaseName);
    QSqlQuery setup(owner->connection());
    QVERIFY2(setup.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE sams_manager").arg(manager)),
             qPrintable(setup.lastError().text()));
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO store_assignments (role_name, store_id) SELECT '%1', id FROM "
                                      "stores WHERE code = 'CASE'")
                           .arg(manager)));
    {
        DatabaseUrl url = file.url();
        url.user = manager;
        auto asManager = Database::open(url);
        QVERIFY2(asManager.has_value(), asManager ? "" : qPrintable(asManager.error().message));
        const Status done = import(**asManager, afterSheet(dir), QStringLiteral("claimed-name"));
        QVERIFY2(done.has_value(), done ? "" : qPrintable(done.error().message));
        // The server's function refuses a zip code row this transaction did not write.
        QSqlQuery forged((*asManager)->connection());
        QVERIFY(!forged.exec(
            QStringLiteral("SELECT public.sams_record_history('zip_code', (SELECT id FROM stores WHERE code = 'CASE'), "
                           "'import-update', NULL, '{\"zipcode\":\"60601\"}', '')")));
    }
    QSqlDatabase &db = owner->connection();
    // Six changes, each recorded under the manager's login, whatever name the client gave.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM history WHERE actor = '%1'").arg(manager)).toInt(), 6);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM history WHERE actor = 'claimed-name'")).toInt(), 0);
    QVERIFY(checkIntegrity(*owner)->isEmpty());
    setup.exec(QStringLiteral("DROP OWNED BY %1").arg(manager));
    setup.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(manager));
}

void TestImportHistory::restoreKeepsHistory()
{
    // A backup is a SQLite file; restore it into this backend (across dialects on PostgreSQL).
    QTemporaryDir dir;
    test::TestDatabase source;
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    qint64 rows = 0;
    {
        auto database = source.open();
        QVERIFY(import(*database, beforeSheet(dir), QStringLiteral("maria")).has_value());
        QVERIFY(import(*database, afterSheet(dir), QStringLiteral("maria")).has_value());
        rows = scalar(database->connection(), QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong();
        QVERIFY(backupDatabase(*database, backup).has_value());
    }
    test::TestDatabase target(test::TestDatabase::currentBackend());
    auto restored = target.open();
    const Status done = restoreDatabase(*restored, backup);
    QVERIFY2(done.has_value(), done ? "" : qPrintable(done.error().message));
    QCOMPARE(scalar(restored->connection(), QStringLiteral("SELECT COUNT(*) FROM history")).toLongLong(), rows);
    const Result<QStringList> problems = checkIntegrity(*restored);
    QVERIFY2(problems && problems->isEmpty(), qPrintable(problems ? problems->join(QLatin1Char('\n')) : QString()));
    // And what is imported after the restore is recorded too.
    QVERIFY(import(*restored, beforeSheet(dir), QStringLiteral("maria")).has_value());
    QVERIFY(checkIntegrity(*restored)->isEmpty());
    QCOMPARE(actions(history(restored->connection(), QStringLiteral("store"))).last(), QStringLiteral("import-update"));
}

void TestImportHistory::olderRowsGetAnUnrecordedRow()
{
    // A database from before imports recorded history: its rows have none. The
    // upgrade gives each one honest row per version, so check passes on it.
    test::TestDatabase file(test::TestDatabase::currentBackend());
    {
        QSqlDatabase db = file.rawConnection(QStringLiteral("old"));
        // The schema before migration 012, which backfills that history.
        QVERIFY(Migrator(db).migrateTo(11).has_value());
        QSqlQuery q(db);
        const char *store = "INSERT INTO stores (id, code, name, timezone, visible_from, opens_on) "
                            "VALUES (1, 'OLD', 'Old', 'UTC', '2027-01-01', '2027-01-01')";
        for (const char *statement :
             {store,
              "INSERT INTO chairs (id, store_id, name, starts_on, version) VALUES (1, 1, 'Chair 1', '2027-01-01', 3)",
              "INSERT INTO hours_versions (id, store_id, effective_from) VALUES (1, 1, '2027-01-01')",
              "INSERT INTO zip_codes (store_id, zipcode) VALUES (1, '85001')",
              "INSERT INTO history (at, actor, entity, entity_id, action) VALUES (1, 'x', 'store', 1, 'import-add')"})
            QVERIFY2(q.exec(QString::fromLatin1(statement)), qPrintable(q.lastError().text()));
        QVERIFY(Migrator(db).migrate().has_value());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    auto database = file.open();
    QSqlDatabase &db = database->connection();
    const Result<QStringList> problems = checkIntegrity(*database);
    QVERIFY2(problems && problems->isEmpty(), qPrintable(problems ? problems->join(QLatin1Char('\n')) : QString()));
    QCOMPARE(actions(history(db, QStringLiteral("store"))), QStringList{QStringLiteral("import-add")});
    QCOMPARE(actions(history(db, QStringLiteral("chair"))),
             (QStringList{QStringLiteral("unrecorded"), QStringLiteral("unrecorded"), QStringLiteral("unrecorded")}));
    QCOMPARE(actions(history(db, QStringLiteral("hours_version"))), QStringList{QStringLiteral("unrecorded")});
    QCOMPARE(history(db, QStringLiteral("zip_code")).value(0).after.value(QStringLiteral("zipcode")).toString(),
             QStringLiteral("85001"));
}

QTEST_GUILESS_MAIN(TestImportHistory)
#include "tst_importhistory.moc"
