#include "core/CsvTable.h"
#include "core/Spreadsheet.h"
#include "core/TextRules.h"

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
    void referencesIgnoreCaseAndKeepTheSheetsSpelling();
    void notUtf8IsLocated();
    void textRules_data();
    void textRules();
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

    // Issue 7: dates are YYYY-MM-DD only (Qt's ISODate alone takes any punctuation).
    QTest::newRow("date with slashes") << QStringLiteral("exceptions.csv")
                                       << QStringLiteral("store,date\nNYC-1,2027/03/17\n")
                                       << QStringLiteral("exceptions.csv:2: date: \"2027/03/17\" is not a date; use "
                                                         "YYYY-MM-DD");
    QTest::newRow("date with dots") << QStringLiteral("hours.csv")
                                    << hoursHeader + QStringLiteral("NYC-1,,2027.03.01,mon,09:00,12:00\n")
                                    << QStringLiteral("hours.csv:2: effective_from: \"2027.03.01\" is not a date");
    QTest::newRow("lock time with slashes")
        << QStringLiteral("locks.csv")
        << QStringLiteral("store,from,to,reason\nNYC-1,2027/03/02T09:00,2027-03-02T10:00,x\n")
        << QStringLiteral("locks.csv:2: from: \"2027/03/02T09:00\" is not a local time");
    // Codes and a store's chair names are unique regardless of case.
    QTest::newRow("store codes differ only in case")
        << QStringLiteral("stores.csv")
        << QStringLiteral("code,name,timezone,opens_on\nNYC-1,a,UTC,2027-03-01\nnyc-1,b,UTC,2027-03-01\n")
        << QStringLiteral("stores.csv:3: code: \"nyc-1\" differs only in case from \"NYC-1\"");
    QTest::newRow("chair names differ only in case")
        << QStringLiteral("chairs.csv") << QStringLiteral("store,chair\nNYC-1,Chair 1\nNYC-1,CHAIR 1\n")
        << QStringLiteral("chairs.csv:3: chair: \"CHAIR 1\" differs only in case from \"Chair 1\" of NYC-1");
    // Control characters are located and shown as U+XXXX, never raw.
    QTest::newRow("escape sequence") << QStringLiteral("stores.csv")
                                     << QStringLiteral("code,name,timezone,opens_on\nA,\x1b[31mred,UTC,2027-03-01\n")
                                     << QStringLiteral("stores.csv:2: name: contains a control character U+001B at "
                                                       "position 1");
    QTest::newRow("line break in a quoted cell")
        << QStringLiteral("stores.csv")
        << QStringLiteral("code,name,timezone,opens_on\nA,a,UTC,\"2027-03-01\nsecond line\"\n")
        << QStringLiteral("stores.csv:2: opens_on: contains a control character U+000A at position 11");
    QTest::newRow("NUL byte") << QStringLiteral("zipcodes.csv")
                              << QString(QStringLiteral("store,zipcode\nNYC-1,100") + QChar(0) + QStringLiteral("01\n"))
                              << QStringLiteral("zipcodes.csv:2: zipcode: contains a control character U+0000 at "
                                                "position 4");
    QTest::newRow("C1 control in a reason")
        << QStringLiteral("locks.csv")
        << QStringLiteral("store,from,to,reason\nNYC-1,2027-03-02T09:00,2027-03-02T10:00,a\u009bb\n")
        << QStringLiteral("locks.csv:2: reason: contains a control character U+009B at position 2");
    QTest::newRow("invisible name") << QStringLiteral("stores.csv")
                                    << QStringLiteral("code,name,timezone,opens_on\nA,\u200B,UTC,2027-03-01\n")
                                    << QStringLiteral("stores.csv:2: name: must have a visible character");
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

void TestSpreadsheet::referencesIgnoreCaseAndKeepTheSheetsSpelling()
{
    QTemporaryDir dir;
    const QDir source(QStringLiteral(SAMS_TEST_DATA "/spreadsheet"));
    for (const QString &name : source.entryList({QStringLiteral("*.csv")}))
        QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));
    QFile hours(dir.filePath(QStringLiteral("hours.csv")));
    QVERIFY(hours.open(QIODevice::Append));
    hours.write("nyc-1,CHAIR 1,2027-04-01,mon,09:00,12:00\n");
    hours.close();
    const SpreadsheetReadResult read = readSpreadsheet(dir.path());
    QVERIFY(read.problems.isEmpty());
    // Unambiguous (codes are unique regardless of case), and written as stores.csv
    // and chairs.csv spell them, so the import finds the rows.
    QCOMPARE(read.sheet.hours.last().storeCode, QStringLiteral("NYC-1"));
    QCOMPARE(read.sheet.hours.last().chairName, QStringLiteral("Chair 1"));
}

void TestSpreadsheet::notUtf8IsLocated()
{
    QTemporaryDir dir;
    QFile stores(dir.filePath(QStringLiteral("stores.csv")));
    QVERIFY(stores.open(QIODevice::WriteOnly));
    stores.write("code,name,timezone,opens_on\nA,Caf\xe9,UTC,2027-03-01\n"); // Latin-1, not UTF-8
    stores.close();
    const SpreadsheetReadResult read = readSpreadsheet(dir.path());
    QCOMPARE(read.problems.size(), 1);
    QVERIFY2(read.problems.first().toString().startsWith(QLatin1String("stores.csv:2: is not UTF-8 text")),
             qPrintable(read.problems.first().toString()));
}

void TestSpreadsheet::textRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<bool>("isoDate");

    QTest::newRow("date") << QStringLiteral("2027-03-01") << QStringLiteral("2027-03-01") << true << true;
    QTest::newRow("slashes") << QStringLiteral("2027/03/01") << QStringLiteral("2027/03/01") << true << false;
    QTest::newRow("dots") << QStringLiteral("2027.03.01") << QStringLiteral("2027.03.01") << true << false;
    QTest::newRow("short") << QStringLiteral("2027-3-01") << QStringLiteral("2027-3-01") << true << false;
    QTest::newRow("escape") << QStringLiteral("\x1b[31m") << QStringLiteral("U+001B[31m") << true << false;
    QTest::newRow("line break") << QStringLiteral("a\r\nb") << QStringLiteral("aU+000DU+000Ab") << true << false;
    QTest::newRow("separator") << QStringLiteral("a\u2028") << QStringLiteral("aU+2028") << true << false;
    QTest::newRow("spaces") << QStringLiteral(" \t ") << QStringLiteral(" U+0009 ") << false << false;
    QTest::newRow("no-break space") << QStringLiteral("\u00A0") << QStringLiteral("\u00A0") << false << false;
}

void TestSpreadsheet::textRules()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QFETCH(bool, visible);
    QFETCH(bool, isoDate);
    QCOMPARE(safeText(text), shown);
    QCOMPARE(hasVisibleCharacter(text), visible);
    QCOMPARE(parseIsoDate(text).has_value(), isoDate);
    QCOMPARE(safeText(QString(100, QLatin1Char('x')), 10), QString(10, QLatin1Char('x')) + QChar(0x2026));
}

QTEST_GUILESS_MAIN(TestSpreadsheet)
#include "tst_spreadsheet.moc"
