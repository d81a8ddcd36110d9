#include "core/SpreadsheetImport.h"
#include "storage/SqlScheduleRepository.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace sams;

// backup -> restore -> identical export, across dialects; an export imports as a
// no-op; a backup from a newer SAMS is refused.
class TestBackupExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void backupRestoreExportsTheSame();
    void importOfAnExportChangesNothing();
    void newerBackupIsRefused();

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    static Run samsctl(const test::TestDatabase &db, const QStringList &arguments);
    static QMap<QString, QByteArray> files(const QString &folder);
};

TestBackupExport::Run TestBackupExport::samsctl(const test::TestDatabase &db, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SAMSCTL_PATH), QStringList{QStringLiteral("--db"), db.urlText()} + arguments);
    if (!process.waitForFinished(120000))
        qFatal("samsctl did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QMap<QString, QByteArray> TestBackupExport::files(const QString &folder)
{
    QMap<QString, QByteArray> contents;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.csv")})) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::ReadOnly);
        contents.insert(name, file.readAll());
    }
    return contents;
}

void TestBackupExport::backupRestoreExportsTheSame()
{
    const test::Backend backend = test::TestDatabase::currentBackend();
    test::TestDatabase source(backend);
    QCOMPARE(samsctl(source, {QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    {
        // A message that went: a restore must not make it new again (nor send it twice).
        auto db = source.open();
        QSqlQuery q(db->connection());
        if (backend == test::Backend::PostgreSql) // the owner, as a restore does (migration 019)
            QVERIFY(q.exec(QStringLiteral("SELECT set_config('sams.restoring', 'on', false)")));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO outbox (dedup_key, store_id, kind, entity, entity_id, "
                                       "entity_version, channel, recipient, subject, body, state, attempts, "
                                       "created_at, sent_at) SELECT 'confirm:' || a.id || ':1', c.store_id, "
                                       "'appointment_booked', 'appointment', a.id, 1, 'email', 'a@example.com', "
                                       "'Booked', 'Text', 'sent', 2, 1700000000, 1700000100 FROM appointments a "
                                       "JOIN chairs c ON c.id = a.chair_id ORDER BY a.id LIMIT 1")),
                 qPrintable(q.lastError().text()));
    }
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("chain.backup"));
    const Run saved = samsctl(source, {QStringLiteral("backup"), backup});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    QCOMPARE(samsctl(source, {QStringLiteral("backup"), backup}).exitCode, 2); // never overwrites

    // Back into the same dialect and into the other one.
    for (test::Backend into :
         {backend, backend == test::Backend::Sqlite ? test::Backend::PostgreSql : test::Backend::Sqlite}) {
        test::TestDatabase target(into);
        QCOMPARE(samsctl(target, {QStringLiteral("init"), QStringLiteral("--environment"), QStringLiteral("staging")})
                     .exitCode,
                 0);
        const Run restored = samsctl(target, {QStringLiteral("restore"), backup});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QCOMPARE(samsctl(target, {QStringLiteral("restore"), backup}).exitCode, 4); // not into data

        const QString a = dir.filePath(QStringLiteral("a%1").arg(int(into)));
        const QString b = dir.filePath(QStringLiteral("b%1").arg(int(into)));
        QCOMPARE(samsctl(source, {QStringLiteral("export"), a}).exitCode, 0);
        QCOMPARE(samsctl(target, {QStringLiteral("export"), b}).exitCode, 0);
        QCOMPARE(files(b), files(a));
        QCOMPARE(files(a).size(), 6);

        auto restoredDb = target.open();
        auto sourceDb = source.open();
        QSqlQuery sent(restoredDb->connection());
        QVERIFY(sent.exec(QStringLiteral("SELECT state, attempts, sent_at, subject FROM outbox WHERE kind = "
                                         "'appointment_booked'"))
                && sent.next());
        QCOMPARE(sent.value(0).toString(), QStringLiteral("sent"));
        QCOMPARE(sent.value(1).toInt(), 2);
        QCOMPARE(sent.value(2).toLongLong(), 1700000100);
        QCOMPARE(sent.value(3).toString(), QStringLiteral("Booked"));
        // The installation's id travels with the data: invitations keep their UIDs.
        QSqlQuery installation(restoredDb->connection()), original(sourceDb->connection());
        const QString read = QStringLiteral("SELECT value FROM notify_settings WHERE name = 'installation'");
        QVERIFY(installation.exec(read) && installation.next() && original.exec(read) && original.next());
        QCOMPARE(installation.value(0).toString(), original.value(0).toString());
        for (const char *table : {"appointments", "history", "work_orders", "locks", "outbox"}) {
            QSqlQuery x(restoredDb->connection()), y(sourceDb->connection());
            QVERIFY(x.exec(QStringLiteral("SELECT COUNT(*), SUM(id) FROM %1").arg(QString::fromLatin1(table)))
                    && x.next());
            QVERIFY(y.exec(QStringLiteral("SELECT COUNT(*), SUM(id) FROM %1").arg(QString::fromLatin1(table)))
                    && y.next());
            QCOMPARE(x.value(0).toLongLong(), y.value(0).toLongLong());
            QCOMPARE(x.value(1).toLongLong(), y.value(1).toLongLong());
        }
        QCOMPARE(restoredDb->environment(), Environment::Staging); // the target keeps its own label
        const Run check = samsctl(target, {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        // New rows get new ids after the restored ones.
        const Run booked = samsctl(target,
                                   {QStringLiteral("book"), QStringLiteral("--store"), QStringLiteral("CHI-LOOP"),
                                    QStringLiteral("--chair"), QStringLiteral("Chair 1"), QStringLiteral("--start"),
                                    QDate::currentDate().addDays(40).toString(Qt::ISODate) + QStringLiteral("T09:00"),
                                    QStringLiteral("--customer"), QStringLiteral("After Restore")});
        QVERIFY2(booked.exitCode == 0 || booked.exitCode == 4,
                 qPrintable(booked.err)); // 4: a closed day, not a broken id
    }
}

void TestBackupExport::importOfAnExportChangesNothing()
{
    test::TestDatabase db(test::TestDatabase::currentBackend());
    QCOMPARE(samsctl(db, {QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    QTemporaryDir dir;
    QCOMPARE(samsctl(db, {QStringLiteral("export"), dir.filePath(QStringLiteral("one"))}).exitCode, 0);
    const Run imported = samsctl(db, {QStringLiteral("import"), dir.filePath(QStringLiteral("one"))});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    for (const QString &line : importDiffLines(ImportSummary{}))
        QVERIFY2(imported.out.contains(line), qPrintable(imported.out));
    QCOMPARE(samsctl(db, {QStringLiteral("export"), dir.filePath(QStringLiteral("two"))}).exitCode, 0);
    QCOMPARE(files(dir.filePath(QStringLiteral("two"))), files(dir.filePath(QStringLiteral("one"))));
}

void TestBackupExport::newerBackupIsRefused()
{
    test::TestDatabase source(test::Backend::Sqlite);
    QCOMPARE(samsctl(source, {QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("future.backup"));
    QCOMPARE(samsctl(source, {QStringLiteral("backup"), backup}).exitCode, 0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        raw.setDatabaseName(backup);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    test::TestDatabase target(test::TestDatabase::currentBackend());
    QCOMPARE(samsctl(target, {QStringLiteral("init")}).exitCode, 0);
    const Run refused = samsctl(target, {QStringLiteral("restore"), backup});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("99")) && refused.err.contains(QLatin1String("newer SAMS")),
             qPrintable(refused.err));
    auto db = target.open();
    QCOMPARE(SqlScheduleRepository(*db).stores()->size(), 0);
}

QTEST_GUILESS_MAIN(TestBackupExport)
#include "tst_backupexport.moc"
