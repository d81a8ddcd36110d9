#include "core/StoreScheduleLoader.h"
#include "storage/SqlScheduleRepository.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sams;

// samsctl's manager commands (docs/manager-guide.md, For scripts) on both
// databases, as a script would run them: each prints what it displaces, refuses
// bad input with the usage exit code and the past with the rule one; the
// worklist lists the displaced with alternatives; an import's dry run names
// every appointment it would displace and --prune ends a chair, never deletes it.
class TestSamsctlManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void hoursSetThenTheWorklist();
    void exceptionsChairsStoreAndZipCodes();
    void badEditsAreRefused_data();
    void badEditsAreRefused();
    void importDryRunAndPrune();
    void tenKindsOfBadCells();

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    Run samsctl(const QStringList &arguments) const;
    QString book(const QString &chair, const QString &start, const QString &customer) const;
    int slotCount(const QString &store, const QString &day, const QString &chair = {}) const;

    std::unique_ptr<test::TestDatabase> m_file;
};

TestSamsctlManager::Run TestSamsctlManager::samsctl(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMS_FAKE_NOW"), QStringLiteral("2027-03-01T12:00:00Z")); // Monday, 07:00 in New York
    env.insert(QStringLiteral("SAMS_DB"), m_file->urlText());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SAMSCTL_PATH), arguments);
    if (!process.waitForFinished(60000))
        qFatal("samsctl did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestSamsctlManager::book(const QString &chair, const QString &start, const QString &customer) const
{
    const Run run = samsctl({QStringLiteral("book"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                             QStringLiteral("--chair"), chair, QStringLiteral("--start"), start,
                             QStringLiteral("--customer"), customer});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return run.out.trimmed();
}

int TestSamsctlManager::slotCount(const QString &store, const QString &day, const QString &chair) const
{
    QStringList arguments{QStringLiteral("slots"),
                          QStringLiteral("--store"),
                          store,
                          QStringLiteral("--from"),
                          day,
                          QStringLiteral("--to"),
                          day,
                          QStringLiteral("--json")};
    if (!chair.isEmpty())
        arguments << QStringLiteral("--chair") << chair;
    return int(QJsonDocument::fromJson(samsctl(arguments).out.toUtf8()).array().size());
}

void TestSamsctlManager::init()
{
    m_file.reset();
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    QCOMPARE(samsctl({QStringLiteral("init")}).exitCode, 0);
    const Run run = samsctl({QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/spreadsheet")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestSamsctlManager::hoursSetThenTheWorklist()
{
    const QString late
        = book(QStringLiteral("Chair 1"), QStringLiteral("2027-03-04T16:00"), QStringLiteral("Ana Lima"));
    const QString early
        = book(QStringLiteral("Chair 1"), QStringLiteral("2027-03-04T10:00"), QStringLiteral("Ben Ode"));
    QVERIFY(!late.isEmpty() && !early.isEmpty());
    const Run set
        = samsctl({QStringLiteral("hours"), QStringLiteral("set"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                   QStringLiteral("--from"), QStringLiteral("2027-03-02"), QStringLiteral("--hours"),
                   QStringLiteral("mon-fri 09:00-12:00,13:00-15:00; sat 10:00-14:00")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(set.out.split(u'\n', Qt::SkipEmptyParts).first(),
             QStringLiteral("displaces appointment %1 at 2027-03-04 16:00 (NYC-1, Chair 1, Ana Lima)").arg(late));
    QVERIFY(!set.out.contains(QStringLiteral("appointment %1 ").arg(early)));
    QVERIFY(set.out.contains(QLatin1String("1 appointment(s) displaced")));

    const Run list = samsctl(
        {QStringLiteral("worklist"), QStringLiteral("--store"), QStringLiteral("NYC-1"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray items = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(QStringLiteral("appointment")).toInteger(), late.toLongLong());
    QCOMPARE(item.value(QStringLiteral("customer")).toString(), QStringLiteral("Ana Lima"));
    QCOMPARE(item.value(QStringLiteral("contacted")).toBool(), false);
    const QJsonArray alternatives = item.value(QStringLiteral("alternatives")).toArray();
    QVERIFY(!alternatives.isEmpty());
    QVERIFY(alternatives.first()
                .toObject()
                .value(QStringLiteral("start"))
                .toString()
                .startsWith(QLatin1String("2027-03-04T14:30"))); // same chair, nearest the time chosen

    const Run contacted = samsctl({QStringLiteral("worklist"), QStringLiteral("contacted"), late,
                                   QStringLiteral("--note"), QStringLiteral("Will call back")});
    QVERIFY2(contacted.exitCode == 0, qPrintable(contacted.err));
    QVERIFY(QJsonDocument::fromJson(samsctl({QStringLiteral("worklist"), QStringLiteral("--json")}).out.toUtf8())
                .array()
                .isEmpty());
    const QJsonArray all
        = QJsonDocument::fromJson(
              samsctl({QStringLiteral("worklist"), QStringLiteral("--all"), QStringLiteral("--json")}).out.toUtf8())
              .array();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().toObject().value(QStringLiteral("note")).toString(), QStringLiteral("Will call back"));
}

void TestSamsctlManager::exceptionsChairsStoreAndZipCodes()
{
    QVERIFY(slotCount(QStringLiteral("NYC-1"), QStringLiteral("2027-03-05")) > 0);
    const Run holiday = samsctl({QStringLiteral("exception"), QStringLiteral("add"), QStringLiteral("--store"),
                                 QStringLiteral("NYC-1,PHX-1"), QStringLiteral("--date"), QStringLiteral("2027-03-05"),
                                 QStringLiteral("--reason"), QStringLiteral("Inventory")});
    QVERIFY2(holiday.exitCode == 0, qPrintable(holiday.err));
    QCOMPARE(slotCount(QStringLiteral("NYC-1"), QStringLiteral("2027-03-05")), 0);
    QCOMPARE(slotCount(QStringLiteral("PHX-1"), QStringLiteral("2027-03-05")), 0);
    const Run removed = samsctl({QStringLiteral("exception"), QStringLiteral("remove"), QStringLiteral("--store"),
                                 QStringLiteral("PHX-1"), QStringLiteral("--date"), QStringLiteral("2027-03-05"),
                                 QStringLiteral("--reason"), QStringLiteral("Open after all")});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY(slotCount(QStringLiteral("PHX-1"), QStringLiteral("2027-03-05")) > 0);

    // A chair from a date: nothing before it.
    const Run added = samsctl({QStringLiteral("chair"), QStringLiteral("add"), QStringLiteral("--store"),
                               QStringLiteral("NYC-1"), QStringLiteral("--chair"), QStringLiteral("Chair 3"),
                               QStringLiteral("--starts"), QStringLiteral("2027-03-10")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(slotCount(QStringLiteral("NYC-1"), QStringLiteral("2027-03-09"), QStringLiteral("Chair 3")), 0);
    QVERIFY(slotCount(QStringLiteral("NYC-1"), QStringLiteral("2027-03-10"), QStringLiteral("Chair 3")) > 0);
    // Ending a chair displaces what comes after its last day.
    const QString after = book(QStringLiteral("Chair 1"), QStringLiteral("2027-03-09T10:00"), QStringLiteral("Cleo"));
    const Run ended = samsctl({QStringLiteral("chair"), QStringLiteral("end"), QStringLiteral("--store"),
                               QStringLiteral("NYC-1"), QStringLiteral("--chair"), QStringLiteral("Chair 1"),
                               QStringLiteral("--on"), QStringLiteral("2027-03-08")});
    QVERIFY2(ended.exitCode == 0, qPrintable(ended.err));
    QVERIFY2(ended.out.contains(QStringLiteral("displaces appointment %1 at 2027-03-09 10:00").arg(after)),
             qPrintable(ended.out));
    const Run renamed = samsctl({QStringLiteral("chair"), QStringLiteral("rename"), QStringLiteral("--store"),
                                 QStringLiteral("NYC-1"), QStringLiteral("--chair"), QStringLiteral("Chair 3"),
                                 QStringLiteral("--to"), QStringLiteral("Window seat")});
    QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.err));
    QVERIFY(slotCount(QStringLiteral("NYC-1"), QStringLiteral("2027-03-10"), QStringLiteral("Window seat")) > 0);

    const Run capacity = samsctl({QStringLiteral("store"), QStringLiteral("set"), QStringLiteral("--store"),
                                  QStringLiteral("NYC-1"), QStringLiteral("--capacity"), QStringLiteral("2"),
                                  QStringLiteral("--phone"), QStringLiteral("(212) 555-0199")});
    QVERIFY2(capacity.exitCode == 0, qPrintable(capacity.err));
    const Run zip = samsctl({QStringLiteral("zip"), QStringLiteral("set"), QStringLiteral("--store"),
                             QStringLiteral("NYC-1"), QStringLiteral("--zip"), QStringLiteral("10018"),
                             QStringLiteral("--active-from"), QStringLiteral("2027-03-05")});
    QVERIFY2(zip.exitCode == 0, qPrintable(zip.err));
    auto db = m_file->open();
    SqlScheduleRepository repository(*db);
    const Store nyc = *findStore(repository, QStringLiteral("NYC-1"));
    QCOMPARE(nyc.capacity, 2);
    QCOMPARE(nyc.phone, QStringLiteral("(212) 555-0199"));
    const QList<ZipCode> zips = *repository.zipCodes(nyc.id);
    QCOMPARE(zips.last().activeFrom, QDate(2027, 3, 5));
}

void TestSamsctlManager::badEditsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList hours{QStringLiteral("hours"), QStringLiteral("set"), QStringLiteral("--store"),
                            QStringLiteral("NYC-1"), QStringLiteral("--from")};
    QTest::newRow("closes before it opens")
        << (hours
            + QStringList{QStringLiteral("2027-03-08"), QStringLiteral("--hours"), QStringLiteral("mon 12:00-10:00")})
        << 2 << QStringLiteral("not an interval");
    QTest::newRow("overlapping") << (hours
                                     + QStringList{QStringLiteral("2027-03-08"), QStringLiteral("--hours"),
                                                   QStringLiteral("mon 09:00-12:00,11:00-13:00")})
                                 << 2 << QStringLiteral("11:00-13:00 overlaps 09:00-12:00");
    QTest::newRow("in the past") << (hours
                                     + QStringList{QStringLiteral("2027-02-26"), QStringLiteral("--hours"),
                                                   QStringLiteral("mon 09:00-12:00")})
                                 << 4 << QStringLiteral("change the past");
    QTest::newRow("an opening date that has passed")
        << QStringList{QStringLiteral("store"), QStringLiteral("set"),        QStringLiteral("--store"),
                       QStringLiteral("NYC-1"), QStringLiteral("--opens-on"), QStringLiteral("2027-03-08")}
        << 4 << QStringLiteral("has opened already");
    QTest::newRow("a chair name taken") << QStringList{QStringLiteral("chair"),   QStringLiteral("rename"),
                                                       QStringLiteral("--store"), QStringLiteral("NYC-1"),
                                                       QStringLiteral("--chair"), QStringLiteral("Chair 2"),
                                                       QStringLiteral("--to"),    QStringLiteral("chair 1")}
                                        << 4 << QStringLiteral("Chair 1");
    QTest::newRow("no such store") << QStringList{QStringLiteral("zip"),           QStringLiteral("set"),
                                                  QStringLiteral("--store"),       QStringLiteral("NOPE"),
                                                  QStringLiteral("--zip"),         QStringLiteral("1"),
                                                  QStringLiteral("--active-from"), QStringLiteral("none")}
                                   << 1 << QStringLiteral("NOPE");
}

void TestSamsctlManager::badEditsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = samsctl(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1); // one readable line
}

void TestSamsctlManager::importDryRunAndPrune()
{
    const QString onChair2
        = book(QStringLiteral("Chair 2"), QStringLiteral("2027-03-16T18:00"), QStringLiteral("Dana Chair-Two"));
    QVERIFY(!onChair2.isEmpty());
    // The same sheet without Chair 2 and its hours.
    QTemporaryDir copy;
    for (const QString &name : QDir(QStringLiteral(SAMS_TEST_DATA "/spreadsheet")).entryList(QDir::Files)) {
        QFile in(QStringLiteral(SAMS_TEST_DATA "/spreadsheet/") + name);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(copy.filePath(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (const QByteArray &line : in.readAll().split('\n')) {
            if (!line.isEmpty() && !line.contains("Chair 2"))
                out.write(line + '\n');
        }
    }
    const Run plain = samsctl({QStringLiteral("import"), copy.path(), QStringLiteral("--dry-run")});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QVERIFY2(plain.out.contains(QLatin1String("chairs.csv: 0 added, 0 changed, 0 ended")), qPrintable(plain.out));

    const Run dryRun
        = samsctl({QStringLiteral("import"), copy.path(), QStringLiteral("--dry-run"), QStringLiteral("--prune")});
    QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.err));
    QVERIFY2(dryRun.out.contains(QLatin1String("chairs.csv: 0 added, 0 changed, 1 ended")), qPrintable(dryRun.out));
    QVERIFY2(dryRun.out.contains(QLatin1String("hours.csv: 0 versions added, 0 changed, 2 removed")),
             qPrintable(dryRun.out));
    QVERIFY2(dryRun.out.contains(
                 QStringLiteral("would displace appointment %1 at 2027-03-16 18:00 (NYC-1, Chair 2, Dana Chair-Two)")
                     .arg(onChair2)),
             qPrintable(dryRun.out));
    auto db = m_file->open();
    SqlScheduleRepository repository(*db);
    const Store nyc = *findStore(repository, QStringLiteral("NYC-1"));
    const auto chair2 = [&] { return *findChair(repository, nyc, QStringLiteral("Chair 2")); };
    QCOMPARE(chair2().endsOn, QDate(2027, 6, 30)); // a dry run writes nothing

    const Run pruned = samsctl({QStringLiteral("import"), copy.path(), QStringLiteral("--prune")});
    QVERIFY2(pruned.exitCode == 0, qPrintable(pruned.err));
    // Ended, not deleted: it never opened, so its one day is the one that passed.
    QCOMPARE(chair2().endsOn, QDate(2027, 2, 28));
    QCOMPARE(chair2().startsOn, QDate(2027, 2, 28));
    QVERIFY(repository.appointment(onChair2.toLongLong())->isActive()); // displaced, never cancelled
    QCOMPARE(samsctl({QStringLiteral("check")}).exitCode, 0);
}

void TestSamsctlManager::tenKindsOfBadCells()
{
    QTemporaryDir sheet;
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile file(sheet.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(QStringLiteral("stores.csv"),
          "code,name,timezone,slot_minutes,capacity,visible_from,opens_on\n"
          "BAD-1,Bad One,Mars/Olympus,30,1,2027-02-15,2027-03-01\n"
          "BAD-2,Bad Two,America/Chicago,7x,1,2027-02-15,2027-03-01\n"
          "BAD-3,Bad Three,America/Chicago,30,0,2027-02-15,2027-03-01\n"
          "BAD-4,Bad Four,America/Chicago,30,1,2027-02-30,2027-03-01\n");
    write(QStringLiteral("chairs.csv"),
          "store,chair,starts_on,ends_on\n"
          "NOPE,Chair 1,2027-03-01,\n"
          "BAD-4,Chair 1,2027-03-10,2027-03-01\n");
    write(QStringLiteral("hours.csv"),
          "store,chair,effective_from,days,open,close\n"
          "BAD-4,,2027-03-01,funday,09:00,17:00\n"
          "BAD-4,,2027-03-01,mon,17:00,09:00\n");
    write(QStringLiteral("exceptions.csv"), "store,chair,date,open,close,reason\nBAD-4,,2027-13-01,,,Holiday\n");
    write(QStringLiteral("zipcodes.csv"), "store,zipcode,active_from\nBAD-4,60601,tomorrow\n");
    // Every problem named where it is, in one run; the database as it was.
    for (const QStringList &extra : {QStringList{QStringLiteral("--dry-run")}, QStringList()}) {
        const Run run = samsctl(QStringList{QStringLiteral("import"), sheet.path()} + extra);
        QCOMPARE(run.exitCode, 1);
        QStringList located;
        for (const QString &line : run.err.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("samsctl:")))
                located.append(line.section(u':', 0, 2));
        }
        QCOMPARE(
            located,
            (QStringList{QStringLiteral("stores.csv:2: timezone"), QStringLiteral("stores.csv:3: slot_minutes"),
                         QStringLiteral("stores.csv:4: capacity"), QStringLiteral("stores.csv:5: visible_from"),
                         QStringLiteral("chairs.csv:2: store"), QStringLiteral("chairs.csv:3: ends_on"),
                         QStringLiteral("hours.csv:2: days"), QStringLiteral("hours.csv:3: close"),
                         QStringLiteral("exceptions.csv:2: date"), QStringLiteral("zipcodes.csv:2: active_from")}));
        QVERIFY(run.err.contains(QLatin1String("10 problem(s) in the spreadsheet; nothing was imported.")));
    }
    auto db = m_file->open();
    QCOMPARE(SqlScheduleRepository(*db).stores()->size(), 3);
}

QTEST_GUILESS_MAIN(TestSamsctlManager)
#include "tst_samsctlmanager.moc"
