#include "core/CsvTable.h"
#include "core/Spreadsheet.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sams;

// The store spreadsheet: RFC 4180, every column, and every bad cell named.
class TestSpreadsheet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csv_data();
    void csv();
    void days_data();
    void days();
    void readsTheWholeSheet();
    void problems_data();
    void problems();
    void everyProblemIsListed();
};

void TestSpreadsheet::csv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("firstRecord");
    QTest::addColumn<int>("records");
    QTest::addColumn<QString>("error");

    QTest::newRow("plain") << QStringLiteral("a,b\n1,2\n3,4\n") << QStringList{QStringLiteral("1"), QStringLiteral("2")}
                           << 2 << QString();
    QTest::newRow("CRLF and no final newline")
        << QStringLiteral("a,b\r\n1,2\r\n3,4") << QStringList{QStringLiteral("1"), QStringLiteral("2")} << 2
        << QString();
    QTest::newRow("quoted comma and quote")
        << QStringLiteral("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n")
        << QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\"")} << 1 << QString();
    QTest::newRow("line break in quotes")
        << QStringLiteral("a,b\n\"two\nlines\",2\n") << QStringList{QStringLiteral("two\nlines"), QStringLiteral("2")}
        << 1 << QString();
    QTest::newRow("empty cells") << QStringLiteral("a,b,c\n,,\n") << QStringList{QString(), QString(), QString()} << 1
                                 << QString();
    QTest::newRow("blank lines skipped") << QStringLiteral("a\n\nx\n\n") << QStringList{QStringLiteral("x")} << 1
                                         << QString();
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFFa\nx\n") << QStringList{QStringLiteral("x")} << 1
                                     << QString();
    QTest::newRow("stray quote") << QStringLiteral("a\nab\"c\n") << QStringList{} << 0 << QStringLiteral("quote");
    QTest::newRow("unclosed quote") << QStringLiteral("a\n\"abc\n") << QStringList{} << 0
                                    << QStringLiteral("never closed");
}

void TestSpreadsheet::csv()
{
    QFETCH(QString, text);
    QFETCH(QStringList, firstRecord);
    QFETCH(int, records);
    QFETCH(QString, error);
    const CsvTable table = CsvTable::parse(text);
    if (!error.isEmpty()) {
        QVERIFY2(table.error.contains(error), qPrintable(table.error));
        return;
    }
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.records.size(), records);
    QCOMPARE(table.records.first().fields, firstRecord);
}

void TestSpreadsheet::days_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected"); // empty: rejected

    QTest::newRow("one") << QStringLiteral("mon") << QList<int>{1};
    QTest::newRow("range") << QStringLiteral("mon-fri") << QList<int>{1, 2, 3, 4, 5};
    QTest::newRow("list") << QStringLiteral("sat,sun") << QList<int>{6, 7};
    QTest::newRow("mixed, spaces, case") << QStringLiteral("Mon-Wed, fri") << QList<int>{1, 2, 3, 5};
    QTest::newRow("daily") << QStringLiteral("daily") << QList<int>{1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("backwards range") << QStringLiteral("fri-mon") << QList<int>{};
    QTest::newRow("unknown day") << QStringLiteral("funday") << QList<int>{};
    QTest::newRow("empty part") << QStringLiteral("mon,,tue") << QList<int>{};
}

void TestSpreadsheet::days()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    QCOMPARE(parseDays(text).value_or(QList<int>{}), expected);
}

void TestSpreadsheet::readsTheWholeSheet()
{
    const SpreadsheetReadResult read = readSpreadsheet(QStringLiteral(SAMS_TEST_DATA "/spreadsheet"));
    QStringList problems;
    for (const ImportProblem &p : read.problems)
        problems.append(p.toString());
    QVERIFY2(read.problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const Spreadsheet &sheet = read.sheet;
    QCOMPARE(sheet.stores.size(), 3);
    const Store &nyc = sheet.stores.first();
    QCOMPARE(nyc.address, QStringLiteral("350 5th Ave, New York, NY 10118"));
    QCOMPARE(nyc.instructions, QStringLiteral("Ring the bell, then say \"hello\""));
    QCOMPARE(nyc.visibleFrom, QDate(2027, 2, 15));
    const Store &night = sheet.stores.at(1);
    QCOMPARE(night.capacity, 1); // default
    QCOMPARE(night.horizonDays, 18); // default
    QCOMPARE(night.visibleFrom, night.opensOn); // default
    QCOMPARE(sheet.stores.at(2).closesOn, QDate(2027, 12, 31));
    QCOMPARE(sheet.stores.at(2).capacity, 2);

    QCOMPARE(sheet.chairs.size(), 4);
    QCOMPARE(sheet.chairs.first().chair.startsOn, QDate(2027, 3, 1)); // the store's opening day
    QCOMPARE(sheet.chairs.at(1).chair.endsOn, QDate(2027, 6, 30));

    QCOMPARE(sheet.hours.size(), 5);
    const HoursVersion &nycHours = sheet.hours.first().version;
    QCOMPARE(nycHours.week.at(0), (DayIntervals{{540, 720}, {780, 1020}})); // lunch is a gap
    QCOMPARE(nycHours.week.at(5), (DayIntervals{{600, 840}}));
    QVERIFY(nycHours.week.at(6).isEmpty()); // Sunday not named: closed
    QVERIFY(sheet.hours.at(2).version.followsStore);
    QCOMPARE(sheet.hours.at(2).chairName, QStringLiteral("Chair 2"));
    QCOMPARE(sheet.hours.at(4).version.week.at(0), (DayIntervals{{480, 1440}})); // close at 24:00

    QCOMPARE(sheet.exceptions.size(), 2);
    QVERIFY(sheet.exceptions.first().exception.intervals.isEmpty()); // closed all day
    QCOMPARE(sheet.zipCodes.size(), 2);
    QVERIFY(!sheet.zipCodes.at(1).zip.activeFrom.isValid());
    QCOMPARE(sheet.locks.size(), 2);
    QCOMPARE(sheet.locks.first().lock.startsAt, QDateTime(QDate(2027, 3, 2), QTime(14, 0), Qt::UTC));
    QVERIFY(sheet.locks.at(1).chairName.isEmpty());
}

void TestSpreadsheet::problems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("expected");

    const QString hoursHeader = QStringLiteral("store,chair,effective_from,days,open,close\n");
    QTest::newRow("unknown column") << QStringLiteral("zipcodes.csv")
                                    << QStringLiteral("store,zipcode,colour\nNYC-1,10001,red\n")
                                    << QStringLiteral("zipcodes.csv:1: colour: unknown column");
    QTest::newRow("missing column") << QStringLiteral("zipcodes.csv") << QStringLiteral("store\nNYC-1\n")
                                    << QStringLiteral("zipcodes.csv:1: zipcode: required column is missing");
    QTest::newRow("bad zip") << QStringLiteral("zipcodes.csv") << QStringLiteral("store,zipcode\nNYC-1,1001\n")
                             << QStringLiteral("zipcodes.csv:2: zipcode: \"1001\" is not a five-digit zip code");
    QTest::newRow("impossible time") << QStringLiteral("hours.csv")
                                     << hoursHeader + QStringLiteral("NYC-1,,2027-03-01,mon,25:00,26:00\n")
                                     << QStringLiteral("hours.csv:2: open: \"25:00\" is not a time");
    QTest::newRow("close before open") << QStringLiteral("hours.csv")
                                       << hoursHeader + QStringLiteral("NYC-1,,2027-03-01,mon,12:00,09:00\n")
                                       << QStringLiteral("hours.csv:2: close: 09:00 is not after the open time 12:00");
    QTest::newRow("24:00 is no open time")
        << QStringLiteral("hours.csv") << hoursHeader + QStringLiteral("NYC-1,,2027-03-01,mon,24:00,24:00\n")
        << QStringLiteral("hours.csv:2: open: \"24:00\" is not a time");
    QTest::newRow("overlapping intervals")
        << QStringLiteral("hours.csv")
        << hoursHeader + QStringLiteral("NYC-1,,2027-03-01,mon-fri,09:00,12:00\nNYC-1,,2027-03-01,fri,11:00,13:00\n")
        << QStringLiteral("hours.csv:3: open: 11:00-13:00 overlaps another interval on fri");
    QTest::newRow("bad days") << QStringLiteral("hours.csv")
                              << hoursHeader + QStringLiteral("NYC-1,,2027-03-01,weekdays,09:00,12:00\n")
                              << QStringLiteral("hours.csv:2: days: \"weekdays\" is not a day list");
    QTest::newRow("store row cannot follow the store")
        << QStringLiteral("hours.csv") << hoursHeader + QStringLiteral("NYC-1,,2027-03-01,store,,\n")
        << QStringLiteral("hours.csv:2: days: \"store\" is only for chair rows");
    QTest::newRow("unknown chair") << QStringLiteral("hours.csv")
                                   << hoursHeader + QStringLiteral("NYC-1,Chair 9,2027-03-01,mon,09:00,12:00\n")
                                   << QStringLiteral("hours.csv:2: chair: \"Chair 9\" is not a chair of NYC-1");
    QTest::newRow("unknown store") << QStringLiteral("chairs.csv") << QStringLiteral("store,chair\nLAX-1,Chair 1\n")
                                   << QStringLiteral("chairs.csv:2: store: \"LAX-1\" is not a store of stores.csv");
    QTest::newRow("impossible date") << QStringLiteral("exceptions.csv")
                                     << QStringLiteral("store,date\nNYC-1,2027-02-30\n")
                                     << QStringLiteral("exceptions.csv:2: date: \"2027-02-30\" is not a date");
    QTest::newRow("half an interval") << QStringLiteral("exceptions.csv")
                                      << QStringLiteral("store,date,open,close\nNYC-1,2027-03-17,10:00,\n")
                                      << QStringLiteral("exceptions.csv:2: close: \"\" is not a time");
    QTest::newRow("closed and open") << QStringLiteral(
        "exceptions.csv") << QStringLiteral("store,date,open,close\nNYC-1,2027-03-17,,\nNYC-1,2027-03-17,10:00,11:00\n")
                                     << QStringLiteral("exceptions.csv:3: open: 2027-03-17 is both closed");
    QTest::newRow("lock backwards") << QStringLiteral(
        "locks.csv") << QStringLiteral("store,from,to,reason\nNYC-1,2027-03-02T10:00,2027-03-02T09:00,x\n")
                                    << QStringLiteral("locks.csv:2: to: is not after from");
    QTest::newRow("lock without reason") << QStringLiteral(
        "locks.csv") << QStringLiteral("store,from,to,reason\nNYC-1,2027-03-02T09:00,2027-03-02T10:00,\n")
                                         << QStringLiteral("locks.csv:2: reason: must not be empty");
    QTest::newRow("wrong cell count") << QStringLiteral("chairs.csv") << QStringLiteral("store,chair\nNYC-1\n")
                                      << QStringLiteral("chairs.csv:2: has 1 cells, but the header has 2");
    QTest::newRow("bad time zone") << QStringLiteral(
        "stores.csv") << QStringLiteral("code,name,timezone,opens_on\nNYC-1,Midtown,America/Chicgo,2027-03-01\n")
                                   << QStringLiteral(
                                          "stores.csv:2: timezone: \"America/Chicgo\" is not an IANA time zone");
    QTest::newRow("duplicate store") << QStringLiteral(
        "stores.csv") << QStringLiteral("code,name,timezone,opens_on\nA,a,UTC,2027-03-01\nA,b,UTC,2027-03-01\n")
                                     << QStringLiteral("stores.csv:3: code: \"A\" appears twice");
    QTest::newRow("bad number") << QStringLiteral("stores.csv")
                                << QStringLiteral("code,name,timezone,opens_on,slot_minutes\nA,a,UTC,2027-03-01,half\n")
                                << QStringLiteral("stores.csv:2: slot_minutes: \"half\" must be a whole number");
    QTest::newRow("stray quote") << QStringLiteral("zipcodes.csv") << QStringLiteral("store,zipcode\nNYC-1,10\"001\n")
                                 << QStringLiteral("zipcodes.csv:2: a quote in the middle of a field");
}

void TestSpreadsheet::problems()
{
    QFETCH(QString, file);
    QFETCH(QString, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    // A sound sheet with one file replaced.
    const QDir source(QStringLiteral(SAMS_TEST_DATA "/spreadsheet"));
    for (const QString &name : source.entryList({QStringLiteral("*.csv")}))
        QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));
    QFile target(dir.filePath(file));
    target.remove();
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(content.toUtf8());
    target.close();

    const SpreadsheetReadResult read = readSpreadsheet(dir.path());
    QStringList problems;
    for (const ImportProblem &p : read.problems)
        problems.append(p.toString());
    QVERIFY2(std::any_of(problems.cbegin(), problems.cend(), [&](const QString &p) { return p.startsWith(expected); }),
             qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSpreadsheet::everyProblemIsListed()
{
    QTemporaryDir dir;
    QFile stores(dir.filePath(QStringLiteral("stores.csv")));
    QVERIFY(stores.open(QIODevice::WriteOnly));
    stores.write("code,name,timezone,opens_on\nA,,Mars/Base,someday\n");
    stores.close();
    const SpreadsheetReadResult read = readSpreadsheet(dir.path());
    QCOMPARE(read.problems.size(), 3); // name, timezone, opens_on: all at once
    QVERIFY(readSpreadsheet(QDir::temp().filePath(QStringLiteral("no-such-sams-folder"))).problems.size() == 1);
    QTemporaryDir empty;
    QCOMPARE(readSpreadsheet(empty.path()).problems.first().toString(),
             QStringLiteral("stores.csv: the file is missing; stores.csv is required"));
}

QTEST_GUILESS_MAIN(TestSpreadsheet)
#include "tst_spreadsheet.moc"
