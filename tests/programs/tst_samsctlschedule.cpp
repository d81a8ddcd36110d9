#include "core/ImpactAnalysis.h"
#include "core/SpreadsheetImport.h"
#include "core/StoreScheduleLoader.h"
#include "storage/SqlScheduleRepository.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace sams;

// samsctl import, slots and book from outside, on a real SQLite file, with "now"
// fixed at 2027-03-01 12:00 UTC through SAMS_FAKE_NOW.
class TestSamsctlSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void init();
    void importIsRepeatable();
    void slotsAcrossDst_data();
    void slotsAcrossDst();
    void bookAndMoveAcrossABreakInsideTheGap();
    void slotsShowLocksAndBookings();
    void book_data();
    void book();
    void takenSlotIsAConflict();
    void fragmentedSeatsAreRearranged();
    void moveAndCancelCarryVersions();
    void lockReportsWhatItDisplaces();
    void statusResizeAndUnlock();
    void newLockDisplacesAnOverrideBooking();
    void overrideCoversTheLocksOfItsTimeForEveryWriter();
    void importedLockDisplacesAnOverrideBooking();
    void impact_data();
    void impact();
    void badSheetChangesNothing();
    void productionNeedsConfirmation();
    void inputIsCheckedAndShownSafely();
    void importRefusesACaseTwinOfAStoredCode();
    void importsSheetsAsOfficeProgramsSaveThem(); // issue 8, kind 3

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    Run samsctl(const QStringList &arguments) const;
    QJsonArray slotsJson(const QString &store, const QString &from, const QString &to) const;

    std::unique_ptr<test::TestDatabase> m_file;
};

TestSamsctlSchedule::Run TestSamsctlSchedule::samsctl(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMS_FAKE_NOW"), QStringLiteral("2027-03-01T12:00:00Z"));
    env.insert(QStringLiteral("SAMS_DB"), m_file->urlText());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SAMSCTL_PATH), arguments);
    if (!process.waitForFinished(60000))
        qFatal("samsctl did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonArray TestSamsctlSchedule::slotsJson(const QString &store, const QString &from, const QString &to) const
{
    const Run run = samsctl({QStringLiteral("slots"), QStringLiteral("--store"), store, QStringLiteral("--from"), from,
                             QStringLiteral("--to"), to, QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestSamsctlSchedule::init()
{
    m_file.reset(); // drop the previous test's database first
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    QCOMPARE(samsctl({QStringLiteral("init")}).exitCode, 0);
    const Run run = samsctl({QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/spreadsheet")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestSamsctlSchedule::importIsRepeatable()
{
    const Run again = samsctl({QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/spreadsheet")});
    QCOMPARE(again.exitCode, 0);
    // Every sheet unchanged: nothing added, changed or removed.
    for (const QString &line : importDiffLines(ImportSummary{}))
        QVERIFY2(again.out.contains(line), qPrintable(again.out));
    auto db = m_file->open();
    SqlScheduleRepository repository(*db);
    QCOMPARE(repository.stores()->size(), 3);
    QCOMPARE(repository.chairs()->size(), 4);
}

void TestSamsctlSchedule::slotsAcrossDst_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("starts");

    QTest::newRow("spring forward") << QStringLiteral("2027-03-14")
                                    << QStringList{QStringLiteral("2027-03-14T00:00:00-05:00"),
                                                   QStringLiteral("2027-03-14T00:30:00-05:00"),
                                                   QStringLiteral("2027-03-14T01:00:00-05:00"),
                                                   QStringLiteral("2027-03-14T01:30:00-05:00"),
                                                   QStringLiteral("2027-03-14T03:00:00-04:00"),
                                                   QStringLiteral("2027-03-14T03:30:00-04:00")};
    QTest::newRow("fall back")
        << QStringLiteral("2027-11-07")
        << QStringList{QStringLiteral("2027-11-07T00:00:00-04:00"), QStringLiteral("2027-11-07T00:30:00-04:00"),
                       QStringLiteral("2027-11-07T01:00:00-04:00"), QStringLiteral("2027-11-07T01:30:00-04:00"),
                       QStringLiteral("2027-11-07T01:00:00-05:00"), QStringLiteral("2027-11-07T01:30:00-05:00"),
                       QStringLiteral("2027-11-07T02:00:00-05:00"), QStringLiteral("2027-11-07T02:30:00-05:00"),
                       QStringLiteral("2027-11-07T03:00:00-05:00"), QStringLiteral("2027-11-07T03:30:00-05:00")};
}

void TestSamsctlSchedule::slotsAcrossDst()
{
    QFETCH(QString, date);
    QFETCH(QStringList, starts);
    const QJsonArray slots = slotsJson(QStringLiteral("NIGHT"), date, date);
    QStringList found;
    for (const auto &slot : slots)
        found.append(slot.toObject().value(QStringLiteral("start")).toString());
    QCOMPARE(found, starts);
    // docs/rules.md's example: the slot before the gap ends after it.
    if (date == QLatin1String("2027-03-14"))
        QCOMPARE(slots.at(3).toObject().value(QStringLiteral("end")).toString(),
                 QStringLiteral("2027-03-14T03:00:00-04:00"));
}

// Shared case 01 and two variants through the real samsctl: a break inside the
// spring-forward gap (store hours, New York), a chair's own hours with a 30-minute
// gap and 15-minute slots (Lord Howe), a date exception with the gap at midnight
// (Havana). Each instant is offered once; book and move work across the merged
// boundary (docs/dst.md).
void TestSamsctlSchedule::bookAndMoveAcrossABreakInsideTheGap()
{
    QTemporaryDir dir;
    auto write = [&](const char *name, const char *text) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write("stores.csv",
          "code,name,timezone,slot_minutes,opens_on\n"
          "NITE,Night Shift Cuts,America/New_York,30,2027-03-01\n"
          "LHI,Lord Howe Cuts,Australia/Lord_Howe,15,2027-03-01\n"
          "HAV,Havana Cuts,America/Havana,30,2027-03-01\n");
    write("chairs.csv", "store,chair\nNITE,Chair 1\nNITE,Chair 2\nLHI,Chair 1\nHAV,Chair 1\n");
    write("hours.csv",
          "store,chair,effective_from,days,open,close\n"
          "NITE,,2027-03-01,daily,00:00,02:30\n"
          "NITE,,2027-03-01,daily,03:00,05:00\n"
          "LHI,Chair 1,2027-03-01,daily,00:00,02:15\n"
          "LHI,Chair 1,2027-03-01,daily,02:30,04:00\n");
    write("exceptions.csv",
          "store,chair,date,open,close,reason\n"
          "HAV,,2027-03-14,00:00,00:30,Night of the change\n"
          "HAV,,2027-03-14,01:00,03:00,Night of the change\n");
    const Run imported = samsctl({QStringLiteral("import"), dir.path()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    struct Night {
        const char *store;
        const char *chair;
        const char *date;
        const char *starts; // "HH:MM+hh:mm ..."
        const char *book; // wall time of a booking of `slots` slots
        int slots;
        const char *moveTo;
    };
    const Night nights[] = {
        {"NITE", "Chair 1", "2027-03-14",
         "00:00-05:00 00:30-05:00 01:00-05:00 01:30-05:00 03:00-04:00 03:30-04:00 04:00-04:00 04:30-04:00", "03:00", 2,
         "00:30"},
        {"NITE", "Chair 2", "2027-03-14",
         "00:00-05:00 00:30-05:00 01:00-05:00 01:30-05:00 03:00-04:00 03:30-04:00 04:00-04:00 04:30-04:00", "01:30", 3,
         "01:00"},
        {"LHI", "Chair 1", "2027-10-03",
         "00:00+10:30 00:15+10:30 00:30+10:30 00:45+10:30 01:00+10:30 01:15+10:30 01:30+10:30 01:45+10:30 "
         "02:30+11:00 02:45+11:00 03:00+11:00 03:15+11:00 03:30+11:00 03:45+11:00",
         "01:45", 3, "01:30"},
        {"HAV", "Chair 1", "2027-03-14", "01:00-04:00 01:30-04:00 02:00-04:00 02:30-04:00", "01:00", 3, "01:30"},
    };
    for (const Night &night : nights) {
        const QString store = QString::fromLatin1(night.store);
        const QString chair = QString::fromLatin1(night.chair);
        const QString date = QString::fromLatin1(night.date);
        auto slots = [&] {
            const Run run
                = samsctl({QStringLiteral("slots"), QStringLiteral("--store"), store, QStringLiteral("--chair"), chair,
                           QStringLiteral("--from"), date, QStringLiteral("--to"), date, QStringLiteral("--json")});
            return QJsonDocument::fromJson(run.out.toUtf8()).array();
        };
        QStringList expected;
        for (const QString &start : QString::fromLatin1(night.starts).split(QLatin1Char(' ')))
            expected.append(date + QLatin1Char('T') + start.left(5) + QStringLiteral(":00") + start.mid(5));
        QStringList offered;
        for (const auto &slot : slots())
            offered.append(slot.toObject().value(QStringLiteral("start")).toString());
        QCOMPARE(offered, expected);

        const Run booked = samsctl(
            {QStringLiteral("book"), QStringLiteral("--store"), store, QStringLiteral("--chair"), chair,
             QStringLiteral("--start"), date + QLatin1Char('T') + QLatin1String(night.book), QStringLiteral("--slots"),
             QString::number(night.slots), QStringLiteral("--customer"), QStringLiteral("Dana Sample")});
        QVERIFY2(booked.exitCode == 0, qPrintable(store + QLatin1Char(' ') + booked.err));
        const Run moved = samsctl({QStringLiteral("move"), booked.out.trimmed(), QStringLiteral("--start"),
                                   date + QLatin1Char('T') + QLatin1String(night.moveTo), QStringLiteral("--version"),
                                   QStringLiteral("1")});
        QVERIFY2(moved.exitCode == 0, qPrintable(store + QLatin1Char(' ') + moved.err));
        // It fills exactly its own slots, once each.
        const QJsonArray after = slots();
        QCOMPARE(std::count_if(after.cbegin(), after.cend(),
                               [](const QJsonValue &slot) {
                                   return slot.toObject().value(QStringLiteral("status")).toString()
                                       == QLatin1String("BOOKED");
                               }),
                 night.slots);
    }
    const Run check = samsctl({QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0 && check.out.contains(QLatin1String("; 0 displaced")), qPrintable(check.out));
}

void TestSamsctlSchedule::slotsShowLocksAndBookings()
{
    const QJsonArray slots
        = slotsJson(QStringLiteral("NYC-1"), QStringLiteral("2027-03-02"), QStringLiteral("2027-03-02"));
    QCOMPARE(slots.size(), 14); // Chair 2 starts on 2027-03-08
    QCOMPARE(slots.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("LOCKED"));
    QCOMPARE(slots.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("Training"));
    QCOMPARE(slots.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OPEN"));

    const Run booked = samsctl({QStringLiteral("book"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                                QStringLiteral("--chair"), QStringLiteral("Chair 1"), QStringLiteral("--start"),
                                QStringLiteral("2027-03-02T10:00"), QStringLiteral("--slots"), QStringLiteral("2"),
                                QStringLiteral("--customer"), QStringLiteral("Ava Patel")});
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
    const qint64 id = booked.out.trimmed().toLongLong();
    QVERIFY(id > 0);
    const QJsonArray after
        = slotsJson(QStringLiteral("NYC-1"), QStringLiteral("2027-03-02"), QStringLiteral("2027-03-02"));
    for (int i : {2, 3}) {
        QCOMPARE(after.at(i).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("BOOKED"));
        QCOMPARE(after.at(i).toObject().value(QStringLiteral("appointment")).toInteger(), id);
    }
    QCOMPARE(after.at(4).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OPEN"));
}

void TestSamsctlSchedule::book_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");

    auto args = [](const char *store, const char *chair, const char *start, const QStringList &more = {}) {
        return QStringList{QStringLiteral("book"),     QStringLiteral("--store"),    QString::fromLatin1(store),
                           QStringLiteral("--chair"),  QString::fromLatin1(chair),   QStringLiteral("--start"),
                           QString::fromLatin1(start), QStringLiteral("--customer"), QStringLiteral("Liam Kim")}
        + more;
    };
    QTest::newRow("open") << args("NYC-1", "Chair 1", "2027-03-02T11:00") << 0 << QString();
    QTest::newRow("lunch") << args("NYC-1", "Chair 1", "2027-03-02T12:00") << 4 << QStringLiteral("closed at 12:00");
    QTest::newRow("locked") << args("NYC-1", "Chair 1", "2027-03-02T09:00") << 4 << QStringLiteral("Training");
    QTest::newRow("override") << args(
        "NYC-1", "Chair 1", "2027-03-02T09:00",
        {QStringLiteral("--override-lock"), QStringLiteral("--reason"), QStringLiteral("VIP")})
                              << 0 << QString();
    QTest::newRow("override without reason")
        << args("NYC-1", "Chair 1", "2027-03-02T09:00", {QStringLiteral("--override-lock")}) << 2
        << QStringLiteral("--reason");
    QTest::newRow("past") << args("NYC-1", "Chair 1", "2027-03-01T06:30") << 4 << QStringLiteral("in the past");
    QTest::newRow("later today") << args("NYC-1", "Chair 1", "2027-03-01T09:00") << 0
                                 << QString(); // now is 07:00 there
    QTest::newRow("holiday") << args("NYC-1", "Chair 1", "2027-03-17T10:00") << 4 << QStringLiteral("closed");
    QTest::newRow("chair not started") << args("NYC-1", "Chair 2", "2027-03-05T10:00") << 4
                                       << QStringLiteral("starts on 2027-03-08");
    QTest::newRow("chair ended") << args("NYC-1", "Chair 2", "2027-07-01T10:00") << 4 << QStringLiteral("ended");
    QTest::newRow("chair's own hours") << args("NYC-1", "Chair 2", "2027-03-20T19:00") << 0 << QString();
    QTest::newRow("chair follows the store again")
        << args("NYC-1", "Chair 2", "2027-04-05T19:00") << 4 << QStringLiteral("closed");
    QTest::newRow("web, active zip") << args(
        "NYC-1", "Chair 1", "2027-03-04T10:00",
        {QStringLiteral("--channel"), QStringLiteral("web"), QStringLiteral("--zip"), QStringLiteral("10001")})
                                     << 0 << QString();
    QTest::newRow("web, inactive zip") << args(
        "NYC-1", "Chair 1", "2027-03-04T10:00",
        {QStringLiteral("--channel"), QStringLiteral("web"), QStringLiteral("--zip"), QStringLiteral("10018")})
                                       << 4 << QStringLiteral("10018");
    QTest::newRow("web beyond horizon") << args(
        "NYC-1", "Chair 1", "2027-03-22T10:00",
        {QStringLiteral("--channel"), QStringLiteral("web"), QStringLiteral("--zip"), QStringLiteral("10001")})
                                        << 4 << QStringLiteral("horizon");
    QTest::newRow("until 24:00") << args("PHX-1", "Chair A", "2027-03-03T23:00") << 0 << QString();
    QTest::newRow("unknown store") << args("LAX-1", "Chair 1", "2027-03-02T11:00") << 1 << QStringLiteral("LAX-1");
    QTest::newRow("unknown chair") << args("NYC-1", "Chair 7", "2027-03-02T11:00") << 1 << QStringLiteral("Chair 7");
    QTest::newRow("bad time") << args("NYC-1", "Chair 1", "2027-03-02 11:00") << 2
                              << QStringLiteral("YYYY-MM-DDTHH:MM");
    QTest::newRow("no customer") << QStringList{QStringLiteral("book"),
                                                QStringLiteral("--store"),
                                                QStringLiteral("NYC-1"),
                                                QStringLiteral("--chair"),
                                                QStringLiteral("Chair 1"),
                                                QStringLiteral("--start"),
                                                QStringLiteral("2027-03-02T11:00")}
                                 << 2 << QStringLiteral("--customer");
}

void TestSamsctlSchedule::book()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const Run run = samsctl(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    if (exitCode == 0)
        QVERIFY(run.out.trimmed().toLongLong() > 0);
    else
        QVERIFY2(run.err.startsWith(QLatin1String("samsctl: ")) && run.err.contains(mentions), qPrintable(run.err));
}

void TestSamsctlSchedule::takenSlotIsAConflict()
{
    const QStringList book{QStringLiteral("book"),
                           QStringLiteral("--store"),
                           QStringLiteral("PHX-1"),
                           QStringLiteral("--chair"),
                           QStringLiteral("Chair A"),
                           QStringLiteral("--start"),
                           QStringLiteral("2027-03-03T09:00"),
                           QStringLiteral("--customer"),
                           QStringLiteral("Group member")};
    // Phoenix takes two customers per chair and slot.
    QCOMPARE(samsctl(book).exitCode, 0);
    QCOMPARE(samsctl(book).exitCode, 0);
    const Run third = samsctl(book);
    QCOMPARE(third.exitCode, 3);
    QVERIFY2(third.err.contains(QLatin1String("already booked")), qPrintable(third.err));
    auto db = m_file->open();
    SqlScheduleRepository repository(*db);
    const auto phoenix = repository.stores()->at(2);
    QCOMPARE(repository
                 .appointments(phoenix.id, QDateTime(QDate(2027, 3, 3), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(2027, 3, 5), QTime(0, 0), Qt::UTC))
                 ->size(),
             2);
}

void TestSamsctlSchedule::fragmentedSeatsAreRearranged()
{
    // Phoenix: capacity 2, hour slots. A sits on seat 0 at 09:00; B ends up on seat 1 at 10:00.
    auto book = [&](const char *start, const char *slots) {
        return samsctl({QStringLiteral("book"), QStringLiteral("--store"), QStringLiteral("PHX-1"),
                        QStringLiteral("--chair"), QStringLiteral("Chair A"), QStringLiteral("--start"),
                        QString::fromLatin1(start), QStringLiteral("--slots"), QString::fromLatin1(slots),
                        QStringLiteral("--customer"), QStringLiteral("Group")});
    };
    QCOMPARE(book("2027-03-05T09:00", "1").exitCode, 0);
    const Run c = book("2027-03-05T10:00", "1");
    QCOMPARE(book("2027-03-05T10:00", "1").exitCode, 0);
    QCOMPARE(samsctl({QStringLiteral("cancel"), c.out.trimmed(), QStringLiteral("--reason"), QStringLiteral("x"),
                      QStringLiteral("--version"), QStringLiteral("1")})
                 .exitCode,
             0);
    // Each hour has room for one more though no seat is free for both hours: the
    // rule is per slot, so B changes seat and the booking fits (docs/decisions.md, Seats).
    const Run both = book("2027-03-05T09:00", "2");
    QVERIFY2(both.exitCode == 0, qPrintable(both.err));
    QCOMPARE(samsctl({QStringLiteral("check")}).exitCode, 0);
    // Now both hours are full.
    const Run full = book("2027-03-05T10:00", "1");
    QCOMPARE(full.exitCode, 3);
    QVERIFY2(full.err.contains(QLatin1String("already booked")), qPrintable(full.err));
}

void TestSamsctlSchedule::moveAndCancelCarryVersions()
{
    auto book = [&](const char *start) {
        return samsctl({QStringLiteral("book"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                        QStringLiteral("--chair"), QStringLiteral("Chair 1"), QStringLiteral("--start"),
                        QString::fromLatin1(start), QStringLiteral("--slots"), QStringLiteral("2"),
                        QStringLiteral("--customer"), QStringLiteral("Mia Rossi")});
    };
    const Run booked = book("2027-03-04T09:00");
    QCOMPARE(booked.exitCode, 0);
    const QString id = booked.out.trimmed();
    QCOMPARE(book("2027-03-04T14:00").exitCode, 0); // a neighbour in the afternoon

    // Moving onto an overlap with itself is fine: its own slots count as free.
    const Run moved = samsctl({QStringLiteral("move"), id, QStringLiteral("--start"),
                               QStringLiteral("2027-03-04T09:30"), QStringLiteral("--version"), QStringLiteral("1")});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QCOMPARE(moved.out.trimmed(), QStringLiteral("2"));

    // A second scheduler still holding version 1 is refused, told who moved it.
    const Run stale = samsctl({QStringLiteral("move"), id, QStringLiteral("--start"),
                               QStringLiteral("2027-03-04T11:00"), QStringLiteral("--version"), QStringLiteral("1")});
    QCOMPARE(stale.exitCode, 3);
    QVERIFY2(stale.err.contains(QLatin1String("version 2, not 1")) && stale.err.contains(QLatin1String("moved it")),
             qPrintable(stale.err));

    const Run onto = samsctl({QStringLiteral("move"), id, QStringLiteral("--start"), QStringLiteral("2027-03-04T13:30"),
                              QStringLiteral("--version"), QStringLiteral("2")});
    QCOMPARE(onto.exitCode, 3); // 14:00 is the neighbour's
    const Run lunch = samsctl({QStringLiteral("move"), id, QStringLiteral("--start"),
                               QStringLiteral("2027-03-04T11:30"), QStringLiteral("--version"), QStringLiteral("2")});
    QCOMPARE(lunch.exitCode, 4); // the second slot would be lunch
    const Run otherChair = samsctl({QStringLiteral("move"), id, QStringLiteral("--start"),
                                    QStringLiteral("2027-03-08T09:00"), QStringLiteral("--chair"),
                                    QStringLiteral("Chair 2"), QStringLiteral("--version"), QStringLiteral("2")});
    QVERIFY2(otherChair.exitCode == 0, qPrintable(otherChair.err));

    QCOMPARE(samsctl({QStringLiteral("cancel"), id, QStringLiteral("--version"), QStringLiteral("3")}).exitCode, 2);
    const Run cancelled
        = samsctl({QStringLiteral("cancel"), id, QStringLiteral("--reason"), QStringLiteral("Customer called"),
                   QStringLiteral("--version"), QStringLiteral("3")});
    QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
    const Run again = samsctl({QStringLiteral("cancel"), id, QStringLiteral("--reason"), QStringLiteral("twice"),
                               QStringLiteral("--version"), QStringLiteral("4")});
    QCOMPARE(again.exitCode, 4);

    // The freed slots can be booked again, and the history is whole.
    QCOMPARE(book("2027-03-04T09:00").exitCode, 0);
    const Run check = samsctl({QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    auto db = m_file->open();
    QSqlQuery history(db->connection());
    QVERIFY(history.exec(QStringLiteral("SELECT action, reason FROM history WHERE entity = 'appointment' AND "
                                        "entity_id = %1 ORDER BY id")
                             .arg(id)));
    QStringList actions;
    while (history.next())
        actions.append(history.value(0).toString() + QLatin1Char(':') + history.value(1).toString());
    QCOMPARE(actions,
             (QStringList{QStringLiteral("book:"), QStringLiteral("move:"), QStringLiteral("move:"),
                          QStringLiteral("cancel:Customer called")}));
}

// The desktop's verbs from the command line (docs/editing.md): resize with
// move --slots, status changes along the lifecycle, unlock.
void TestSamsctlSchedule::statusResizeAndUnlock()
{
    const Run booked
        = samsctl({QStringLiteral("book"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                   QStringLiteral("--chair"), QStringLiteral("Chair 1"), QStringLiteral("--start"),
                   QStringLiteral("2027-03-05T09:00"), QStringLiteral("--customer"), QStringLiteral("Omar Khan")});
    QCOMPARE(booked.exitCode, 0);
    const QString id = booked.out.trimmed();
    const Run resized
        = samsctl({QStringLiteral("move"), id, QStringLiteral("--start"), QStringLiteral("2027-03-05T09:00"),
                   QStringLiteral("--slots"), QStringLiteral("3"), QStringLiteral("--version"), QStringLiteral("1")});
    QVERIFY2(resized.exitCode == 0, qPrintable(resized.err));
    QCOMPARE(resized.out.trimmed(), QStringLiteral("2"));
    const QJsonArray slots
        = slotsJson(QStringLiteral("NYC-1"), QStringLiteral("2027-03-05"), QStringLiteral("2027-03-05"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(slots.at(i).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("BOOKED"));
    QCOMPARE(slots.at(3).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OPEN"));

    auto status = [&](const char *to, const char *version) {
        return samsctl({QStringLiteral("status"), id, QStringLiteral("--to"), QString::fromLatin1(to),
                        QStringLiteral("--version"), QString::fromLatin1(version)});
    };
    const Run checkedIn = status("checked_in", "2");
    QVERIFY2(checkedIn.exitCode == 0, qPrintable(checkedIn.err));
    QCOMPARE(checkedIn.out.trimmed(), QStringLiteral("3"));
    QCOMPARE(status("checked_in", "2").exitCode, 3); // stale
    QCOMPARE(status("cancelled", "3").exitCode, 2); // cancel has its own verb
    QCOMPARE(status("someday", "3").exitCode, 2);
    QCOMPARE(status("completed", "3").exitCode, 0);
    const Run noShow = status("no_show", "4");
    QCOMPARE(noShow.exitCode, 4); // completed is final, but for undoing it
    QVERIFY2(noShow.err.contains(QLatin1String("cannot become")), qPrintable(noShow.err));

    const Run locked
        = samsctl({QStringLiteral("lock"), QStringLiteral("--store"), QStringLiteral("NYC-1"), QStringLiteral("--from"),
                   QStringLiteral("2027-03-06T09:30"), QStringLiteral("--to"), QStringLiteral("2027-03-06T11:00"),
                   QStringLiteral("--reason"), QStringLiteral("Burst pipe")});
    QVERIFY2(locked.exitCode == 0, qPrintable(locked.err));
    auto db = m_file->open();
    QSqlQuery lockId(db->connection());
    QVERIFY(lockId.exec(QStringLiteral("SELECT MAX(id) FROM locks")) && lockId.next());
    const QString lock = lockId.value(0).toString();
    QCOMPARE(samsctl({QStringLiteral("unlock"), lock}).exitCode, 2); // no reason
    const Run unlocked = samsctl({QStringLiteral("unlock"), lock, QStringLiteral("--reason"), QStringLiteral("Fixed")});
    QVERIFY2(unlocked.exitCode == 0, qPrintable(unlocked.err));
    QVERIFY2(unlocked.out.contains(QLatin1String("Burst pipe")), qPrintable(unlocked.out));
    const Run twice = samsctl({QStringLiteral("unlock"), lock, QStringLiteral("--reason"), QStringLiteral("Fixed")});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(QLatin1String("no lock")), qPrintable(twice.err));
}

void TestSamsctlSchedule::lockReportsWhatItDisplaces()
{
    const Run booked
        = samsctl({QStringLiteral("book"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                   QStringLiteral("--chair"), QStringLiteral("Chair 1"), QStringLiteral("--start"),
                   QStringLiteral("2027-03-05T10:00"), QStringLiteral("--customer"), QStringLiteral("Omar Khan")});
    QCOMPARE(booked.exitCode, 0);
    const Run locked
        = samsctl({QStringLiteral("lock"), QStringLiteral("--store"), QStringLiteral("NYC-1"), QStringLiteral("--from"),
                   QStringLiteral("2027-03-05T09:30"), QStringLiteral("--to"), QStringLiteral("2027-03-05T11:00"),
                   QStringLiteral("--reason"), QStringLiteral("Burst pipe")});
    QVERIFY2(locked.exitCode == 0, qPrintable(locked.err));
    const QStringList lines = locked.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1), QStringLiteral("displaces appointment %1 at 2027-03-05 10:00").arg(booked.out.trimmed()));

    // Still booked (BOOKED beats LOCKED), counted as displaced, and the data is sound.
    const QJsonArray slots
        = slotsJson(QStringLiteral("NYC-1"), QStringLiteral("2027-03-05"), QStringLiteral("2027-03-05"));
    QCOMPARE(slots.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("LOCKED"));
    QCOMPARE(slots.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("BOOKED"));
    const Run check = samsctl({QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(QLatin1String("1 displaced")), qPrintable(check.out));
    const Run refused = samsctl({QStringLiteral("lock"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                                 QStringLiteral("--from"), QStringLiteral("2027-03-05T11:00"), QStringLiteral("--to"),
                                 QStringLiteral("2027-03-05T09:00"), QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(refused.exitCode, 2);
}

// Case 07: a customer booked into the training lock with an override; a later lock
// (the chair breaks) was not what the override was given for, so it displaces the
// booking like any other: `lock` reports it and `check` counts it.
void TestSamsctlSchedule::newLockDisplacesAnOverrideBooking()
{
    const Run booked
        = samsctl({QStringLiteral("book"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                   QStringLiteral("--chair"), QStringLiteral("Chair 1"), QStringLiteral("--start"),
                   QStringLiteral("2027-03-02T09:00"), QStringLiteral("--customer"), QStringLiteral("Vi Sample"),
                   QStringLiteral("--override-lock"), QStringLiteral("--reason"), QStringLiteral("Owner approved")});
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
    const QString id = booked.out.trimmed();
    QVERIFY(samsctl({QStringLiteral("check")}).out.contains(QLatin1String("; 0 displaced")));

    // Impact of the same lock, proposed: the booking is named, nothing is written.
    const Run impact = samsctl({QStringLiteral("impact"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                                QStringLiteral("--lock-from"), QStringLiteral("2027-03-02T08:00"),
                                QStringLiteral("--lock-to"), QStringLiteral("2027-03-02T12:00")});
    QVERIFY2(impact.exitCode == 0, qPrintable(impact.err));
    QVERIFY2(impact.out.contains(QLatin1String("09:00\tChair 1"))
                 && impact.out.contains(QLatin1String("1 appointment(s)")),
             qPrintable(impact.out));

    // A store-wide lock over the whole morning.
    const Run locked
        = samsctl({QStringLiteral("lock"), QStringLiteral("--store"), QStringLiteral("NYC-1"), QStringLiteral("--from"),
                   QStringLiteral("2027-03-02T08:00"), QStringLiteral("--to"), QStringLiteral("2027-03-02T12:00"),
                   QStringLiteral("--reason"), QStringLiteral("Chair hydraulics broken")});
    QVERIFY2(locked.exitCode == 0, qPrintable(locked.err));
    QVERIFY2(locked.out.contains(QStringLiteral("displaces appointment %1 at 2027-03-02 09:00").arg(id)),
             qPrintable(locked.out));
    const Run check = samsctl({QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(QLatin1String("; 1 displaced")), qPrintable(check.out));

    // A move to open slots ends the override (and its list); the appointment fits again.
    const Run moved = samsctl({QStringLiteral("move"), id, QStringLiteral("--start"),
                               QStringLiteral("2027-03-02T13:00"), QStringLiteral("--version"), QStringLiteral("1")});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QVERIFY(samsctl({QStringLiteral("check")}).out.contains(QLatin1String("; 0 displaced")));
    auto db = m_file->open();
    QSqlQuery row(db->connection());
    QVERIFY(
        row.exec(QStringLiteral("SELECT override_reason, override_lock_ids FROM appointments WHERE id = %1").arg(id)));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), QString());
    QCOMPARE(row.value(1).toString(), QString());
}

// The override's locks are recorded by the database, whoever writes the row: samsctl
// here, and plain SQL as the web shop would write it.
void TestSamsctlSchedule::overrideCoversTheLocksOfItsTimeForEveryWriter()
{
    auto db = m_file->open();
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, reason FROM locks ORDER BY id")));
    QHash<QString, QString> lockIds;
    while (q.next())
        lockIds.insert(q.value(1).toString(), q.value(0).toString());
    q.finish();

    const Run booked
        = samsctl({QStringLiteral("book"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                   QStringLiteral("--chair"), QStringLiteral("Chair 1"), QStringLiteral("--start"),
                   QStringLiteral("2027-03-02T09:30"), QStringLiteral("--customer"), QStringLiteral("Ana"),
                   QStringLiteral("--override-lock"), QStringLiteral("--reason"), QStringLiteral("Regular customer")});
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO appointments (chair_id, starts_at, ends_at, slot_count, customer_name, "
                              "status, channel, override_reason) SELECT c.id, %1, %2, 1, 'Web customer', "
                              "'pending', 'web', 'VIP' FROM chairs c JOIN stores s ON s.id = c.store_id "
                              "WHERE s.code = 'NYC-1' AND c.name = 'Chair 1'")
                   .arg(QDateTime(QDate(2027, 3, 3), QTime(16, 30), QTimeZone("America/New_York")).toSecsSinceEpoch())
                   .arg(QDateTime(QDate(2027, 3, 3), QTime(17, 0), QTimeZone("America/New_York")).toSecsSinceEpoch())));
    QVERIFY(q.exec(QStringLiteral("SELECT override_lock_ids FROM appointments ORDER BY id")));
    QStringList lists;
    while (q.next())
        lists.append(q.value(0).toString());
    QCOMPARE(lists,
             (QStringList{lockIds.value(QStringLiteral("Training")), lockIds.value(QStringLiteral("Staff meeting"))}));
    q.finish();
    // Neither is displaced by the lock it was booked into (plain SQL wrote no
    // history, so `check` would stop at that; the engine answers directly).
    SqlScheduleRepository repository(*db);
    const Result<Store> store = findStore(repository, QStringLiteral("NYC-1"));
    QVERIFY(store);
    const Result<StoreSchedule> schedule = loadStoreSchedule(repository, *store, QDate(2027, 3, 1), QDate(2027, 3, 31));
    QVERIFY(schedule);
    QCOMPARE(schedule->booked(schedule->chairNamed(QStringLiteral("Chair 1"))->id).size(), 2);
    QVERIFY(displacedIn(*schedule, QDate(2027, 3, 1), QDate(2027, 3, 31)).isEmpty());
}

// The same through the spreadsheet: a lock in locks.csv over an override booking.
// The dry run writes nothing; the real run leaves it displaced.
void TestSamsctlSchedule::importedLockDisplacesAnOverrideBooking()
{
    const Run booked = samsctl(
        {QStringLiteral("book"), QStringLiteral("--store"), QStringLiteral("NYC-1"), QStringLiteral("--chair"),
         QStringLiteral("Chair 1"), QStringLiteral("--start"), QStringLiteral("2027-03-02T09:00"),
         QStringLiteral("--slots"), QStringLiteral("2"), QStringLiteral("--customer"), QStringLiteral("Vi Sample"),
         QStringLiteral("--override-lock"), QStringLiteral("--reason"), QStringLiteral("Owner approved")});
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
    QTemporaryDir dir;
    const QDir source(QStringLiteral(SAMS_TEST_DATA "/spreadsheet"));
    for (const QString &name : source.entryList({QStringLiteral("*.csv")}))
        QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));
    QFile locks(dir.filePath(QStringLiteral("locks.csv")));
    QVERIFY(locks.open(QIODevice::Append));
    // Only the second half hour of the booking: enough to displace it.
    locks.write("NYC-1,Chair 1,2027-03-02T09:30,2027-03-02T12:00,Chair hydraulics broken\n");
    locks.close();

    const Run dryRun = samsctl({QStringLiteral("import"), dir.path(), QStringLiteral("--dry-run")});
    QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.err));
    QVERIFY2(dryRun.out.contains(QLatin1String("locks.csv: 1 added, 0 removed")), qPrintable(dryRun.out));
    const QString id = booked.out.trimmed();
    // The import reports what it displaces, as `lock` and `impact` do.
    QVERIFY2(dryRun.out.contains(QStringLiteral("would displace appointment %1 at 2027-03-02 09:00 (NYC-1, ").arg(id)),
             qPrintable(dryRun.out));
    QVERIFY(samsctl({QStringLiteral("check")}).out.contains(QLatin1String("; 0 displaced")));

    const Run imported = samsctl({QStringLiteral("import"), dir.path()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("displaces appointment %1 at 2027-03-02 09:00 (NYC-1, ").arg(id)),
             qPrintable(imported.out));
    // Importing the same sheet again displaces nothing new.
    const Run again = samsctl({QStringLiteral("import"), dir.path()});
    QVERIFY2(!again.out.contains(QLatin1String("displaces appointment")), qPrintable(again.out));
    const Run check = samsctl({QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(QLatin1String("; 1 displaced")), qPrintable(check.out));
}

void TestSamsctlSchedule::impact_data()
{
    QTest::addColumn<QStringList>("change");
    QTest::addColumn<QStringList>("displaced"); // "HH:mm<TAB>chair" of the two bookings made below

    const QString chair1 = QStringLiteral("10:30\tChair 1"); // Friday 2027-03-19, store hours
    const QString chair2 = QStringLiteral("13:00\tChair 2"); // Thursday 2027-03-18, Chair 2's own hours
    QTest::newRow("reduce store hours") << QStringList{QStringLiteral("--hours"), QStringLiteral("mon-fri 09:00-10:00"),
                                                       QStringLiteral("--from"), QStringLiteral("2027-03-04")}
                                        << QStringList{chair1}; // Chair 2 keeps its own hours
    QTest::newRow("extend store hours") << QStringList{
        QStringLiteral("--hours"), QStringLiteral("mon-fri 08:00-12:00,13:00-19:00; sat 10:00-14:00"),
        QStringLiteral("--from"),
        QStringLiteral("2027-03-04")} << QStringList{};
    QTest::newRow("hours of one chair") << QStringList{QStringLiteral("--hours"), QStringLiteral("daily 12:00-20:00"),
                                                       QStringLiteral("--from"),  QStringLiteral("2027-03-04"),
                                                       QStringLiteral("--chair"), QStringLiteral("Chair 1")}
                                        << QStringList{chair1};
    QTest::newRow("from the day after") << QStringList{QStringLiteral("--hours"), QStringLiteral("mon-fri 09:00-10:00"),
                                                       QStringLiteral("--from"), QStringLiteral("2027-03-20")}
                                        << QStringList{};
    QTest::newRow("holiday") << QStringList{QStringLiteral("--closed"), QStringLiteral("2027-03-18")}
                             << QStringList{chair2};
    QTest::newRow("lock") << QStringList{QStringLiteral("--lock-from"), QStringLiteral("2027-03-18T13:00"),
                                         QStringLiteral("--lock-to"), QStringLiteral("2027-03-18T14:00")}
                          << QStringList{chair2};
    QTest::newRow("chair ends") << QStringList{QStringLiteral("--chair-ends"), QStringLiteral("Chair 2"),
                                               QStringLiteral("--on"), QStringLiteral("2027-03-17")}
                                << QStringList{chair2};
    QTest::newRow("store closes") << QStringList{QStringLiteral("--store-closes"), QStringLiteral("2027-03-18")}
                                  << QStringList{chair1};
}

void TestSamsctlSchedule::impact()
{
    QFETCH(QStringList, change);
    QFETCH(QStringList, displaced);
    for (const auto &[chair, start] :
         {std::pair{"Chair 1", "2027-03-19T10:30"}, std::pair{"Chair 2", "2027-03-18T13:00"}}) {
        const Run booked = samsctl({QStringLiteral("book"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                                    QStringLiteral("--chair"), QString::fromLatin1(chair), QStringLiteral("--start"),
                                    QString::fromLatin1(start), QStringLiteral("--customer"), QStringLiteral("Noor")});
        QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
    }
    const Run run
        = samsctl(QStringList{QStringLiteral("impact"), QStringLiteral("--store"), QStringLiteral("NYC-1")} + change);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList found;
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() == 4)
            found.append(cells.at(1) + QLatin1Char('\t') + cells.at(2));
    }
    QCOMPARE(found, displaced);
    QVERIFY(run.out.contains(QStringLiteral("%1 appointment(s) would be displaced").arg(displaced.size())));
    // Nothing was written: the same bookings are there, nothing is displaced now.
    QVERIFY(samsctl({QStringLiteral("check")}).out.contains(QLatin1String("0 displaced")));
}

void TestSamsctlSchedule::badSheetChangesNothing()
{
    QTemporaryDir dir;
    const QDir source(QStringLiteral(SAMS_TEST_DATA "/spreadsheet"));
    for (const QString &name : source.entryList({QStringLiteral("*.csv")}))
        QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));
    // A new store whose chair has an impossible date: nothing of it may land.
    QFile stores(dir.filePath(QStringLiteral("stores.csv")));
    QVERIFY(stores.open(QIODevice::Append));
    stores.write("LAX-1,Venice,,America/Los_Angeles,,,30,1,18,0,,2027-04-01,\n");
    stores.close();
    QFile chairs(dir.filePath(QStringLiteral("chairs.csv")));
    QVERIFY(chairs.open(QIODevice::Append));
    chairs.write("LAX-1,Chair 1,2027-04-31,\n");
    chairs.close();

    const Run run = samsctl({QStringLiteral("import"), dir.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("chairs.csv:6: starts_on: \"2027-04-31\" is not a date")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("nothing was imported")));
    auto db = m_file->open();
    QCOMPARE(SqlScheduleRepository(*db).stores()->size(), 3);
}

void TestSamsctlSchedule::productionNeedsConfirmation()
{
    QCOMPARE(samsctl({QStringLiteral("init"), QStringLiteral("--environment"), QStringLiteral("production")}).exitCode,
             0);
    const Run refused = samsctl({QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/spreadsheet")});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains(QLatin1String("--confirm production")), qPrintable(refused.err));
    const Run confirmed = samsctl({QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/spreadsheet"),
                                   QStringLiteral("--confirm"), QStringLiteral("production")});
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
}

void TestSamsctlSchedule::inputIsCheckedAndShownSafely()
{
    // Issue 7: YYYY-MM-DD only, visible names and reasons, lookups that ignore case
    // only where that names one row. One database for all (each book row of
    // book_data would import the sheet again).
    auto book = [](const char *store, const char *chair, const char *start, const QStringList &more) {
        return QStringList{QStringLiteral("book"),    QStringLiteral("--store"),  QString::fromLatin1(store),
                           QStringLiteral("--chair"), QString::fromLatin1(chair), QStringLiteral("--start"),
                           QString::fromLatin1(start)}
        + more;
    };
    const QStringList liam{QStringLiteral("--customer"), QStringLiteral("Liam Kim")};
    const QList<std::tuple<QStringList, int, QString>> cases{
        {book("NYC-1", "Chair 1", "2027/03/02T11:00", liam), 2, QStringLiteral("YYYY-MM-DDTHH:MM")},
        {book("NYC-1", "Chair 1", "2027.03.02T11:00", liam), 2, QStringLiteral("YYYY-MM-DDTHH:MM")},
        {book("NYC-1", "Chair 1", "2027-03-02T11:00", {QStringLiteral("--customer"), QStringLiteral(" \t ")}), 2,
         QStringLiteral("--customer must have a visible character")},
        {book("NYC-1", "Chair 1", "2027-03-02T11:00", {QStringLiteral("--customer"), QStringLiteral("Liam\x1b[2J")}), 2,
         QStringLiteral("control character U+001B at position 5")},
        {book("NYC-1", "Chair 1", "2027-03-02T09:00",
              liam + QStringList{QStringLiteral("--override-lock"), QStringLiteral("--reason"), QStringLiteral("   ")}),
         2, QStringLiteral("--reason")},
    };
    for (const auto &[arguments, exitCode, mentions] : cases) {
        const Run run = samsctl(arguments);
        QVERIFY2(run.exitCode == exitCode && run.err.startsWith(QLatin1String("samsctl: "))
                     && run.err.contains(mentions) && run.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
    }
    // Another case names the one store and chair: the booking lands in NYC-1's Chair 1.
    const Run otherCase = samsctl(book("nyc-1", "CHAIR 1", "2027-03-02T10:00", liam));
    QVERIFY2(otherCase.exitCode == 0, qPrintable(otherCase.err));
    {
        auto db = m_file->open();
        SqlScheduleRepository repository(*db);
        const Appointment booked = *repository.appointment(otherCase.out.trimmed().toLongLong());
        const Store nyc = *findStore(repository, QStringLiteral("NYC-1"));
        QCOMPARE(booked.chairId, findChair(repository, nyc, QStringLiteral("Chair 1"))->id);
    }

    const Run slashes = samsctl({QStringLiteral("slots"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                                 QStringLiteral("--from"), QStringLiteral("2027/03/02"), QStringLiteral("--to"),
                                 QStringLiteral("2027-03-02")});
    QCOMPARE(slashes.exitCode, 2);
    QVERIFY2(slashes.err.contains(QLatin1String("use YYYY-MM-DD")), qPrintable(slashes.err));

    const Run booked
        = samsctl({QStringLiteral("book"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                   QStringLiteral("--chair"), QStringLiteral("Chair 1"), QStringLiteral("--start"),
                   QStringLiteral("2027-03-02T11:00"), QStringLiteral("--customer"), QStringLiteral("Liam Kim")});
    QCOMPARE(booked.exitCode, 0);
    const QString id = booked.out.trimmed();
    const Run cancel = samsctl({QStringLiteral("cancel"), id, QStringLiteral("--reason"), QStringLiteral("   "),
                                QStringLiteral("--version"), QStringLiteral("1")});
    QCOMPARE(cancel.exitCode, 2);
    QVERIFY2(cancel.err.contains(QLatin1String("--reason must have a visible character")), qPrintable(cancel.err));
    const Run lock = samsctl({QStringLiteral("lock"), QStringLiteral("--store"), QStringLiteral("NYC-1"),
                              QStringLiteral("--from"), QStringLiteral("2027-03-04T09:00"), QStringLiteral("--to"),
                              QStringLiteral("2027-03-04T10:00"), QStringLiteral("--reason"), QStringLiteral("\t")});
    QCOMPARE(lock.exitCode, 2);
    {
        auto db = m_file->open();
        QCOMPARE(SqlScheduleRepository(*db).appointment(id.toLongLong())->status, AppointmentStatus::Confirmed);
    }

    // Cells with a line break, an escape sequence and a NUL byte: each located,
    // each shown as U+XXXX, one line per problem, nothing raw on the terminal.
    QTemporaryDir dir;
    QFile stores(dir.filePath(QStringLiteral("stores.csv")));
    QVERIFY(stores.open(QIODevice::WriteOnly));
    static const char sheet[] = "code,name,timezone,opens_on\n"
                                "N1,N,America/Chicago,\"2027-03-01\nsecond line\"\n"
                                "N2,\x1b[31mred,America/Chicago,2027-03-01\n"
                                "N3,Mid\0town,America/Chicago,2027-03-01\n";
    stores.write(sheet, sizeof(sheet) - 1);
    stores.close();
    const Run import = samsctl({QStringLiteral("import"), dir.path()});
    QCOMPARE(import.exitCode, 1);
    QCOMPARE(import.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             (QStringList{QStringLiteral("stores.csv:2: opens_on: contains a control character U+000A at position 11"),
                          QStringLiteral("stores.csv:4: name: contains a control character U+001B at position 1"),
                          QStringLiteral("stores.csv:5: name: contains a control character U+0000 at position 4"),
                          QStringLiteral("samsctl: 3 problem(s) in the spreadsheet; nothing was imported.")}));
    auto db = m_file->open();
    QCOMPARE(SqlScheduleRepository(*db).stores()->size(), 3);
}

void TestSamsctlSchedule::importRefusesACaseTwinOfAStoredCode()
{
    QTemporaryDir dir;
    const QDir source(QStringLiteral(SAMS_TEST_DATA "/spreadsheet"));
    for (const QString &name : source.entryList({QStringLiteral("*.csv")})) {
        QFile in(source.filePath(name));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(dir.filePath(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.readAll().replace("PHX-1", "phx-1"));
    }
    const Run run = samsctl({QStringLiteral("import"), dir.path()});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QLatin1String("\"phx-1\" differs only in case from PHX-1")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    auto db = m_file->open();
    QCOMPARE(SqlScheduleRepository(*db).stores()->size(), 3);
}

// Issue 8, kind 3: spreadsheets as Excel saves them, through the real samsctl on
// both databases. "Unicode text" (UTF-16LE, tabs, CRLF, cleared rows) arrives with
// its accents; the cleared rows of case 06 are skipped; Windows-1252 (case 05) is
// refused at its line and nothing of it is written.
void TestSamsctlSchedule::importsSheetsAsOfficeProgramsSaveThem()
{
    const Run unicode = samsctl({QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/excel-unicode-text")});
    QVERIFY2(unicode.exitCode == 0, qPrintable(unicode.err));
    const QJsonArray monday
        = slotsJson(QStringLiteral("SCL-1"), QStringLiteral("2027-03-08"), QStringLiteral("2027-03-08"));
    QCOMPARE(monday.size(), 32); // two chairs, 09:00-17:00 in 30-minute slots
    QCOMPARE(monday.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OPEN"));

    const Run cleared = samsctl({QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/excel-blank-rows")});
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));

    const Run legacy = samsctl({QStringLiteral("import"), QStringLiteral(SAMS_TEST_DATA "/excel-windows-1252")});
    QCOMPARE(legacy.exitCode, 1);
    QVERIFY2(legacy.err.startsWith(QLatin1String(
                 "stores.csv:2: is not UTF-8 text: byte 0xF1 after \"SCL2,Pe\"; save the file as \"CSV UTF-8\"\n"
                 "chairs.csv:2: is not UTF-8 text: byte 0xF3")),
             qPrintable(legacy.err));

    auto db = m_file->open();
    SqlScheduleRepository repository(*db);
    QStringList names;
    const Result<QList<Store>> stores = repository.stores(); // kept: a range-for over *temporary dangles
    QVERIFY(stores);
    for (const Store &store : *stores)
        names.append(store.code + QLatin1Char('=') + store.name);
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("MIA=Miami Beach"), QStringLiteral("NIGHT=Night Owl"),
                          QStringLiteral("NYC-1=Midtown"), QStringLiteral("PHX-1=Phoenix"),
                          QStringLiteral("SCL-1=Pe\u00f1alol\u00e9n")}));
    QStringList chairs;
    const Result<QList<Chair>> allChairs = repository.chairs();
    QVERIFY(allChairs);
    for (const Chair &chair : *allChairs)
        chairs.append(chair.name);
    QVERIFY2(chairs.contains(QStringLiteral("Sill\u00f3n 1")) && chairs.contains(QStringLiteral("Sill\u00f3n 2")),
             qPrintable(chairs.join(QStringLiteral(", "))));
    QVERIFY(!chairs.join(QString()).contains(QChar::ReplacementCharacter));
}

QTEST_GUILESS_MAIN(TestSamsctlSchedule)
#include "tst_samsctlschedule.moc"
