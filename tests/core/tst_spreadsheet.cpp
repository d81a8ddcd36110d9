#include "core/CsvTable.h"
#include "core/Spreadsheet.h"
#include "core/TextRules.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace sams;

namespace {
// Everything a sheet holds, one line per row, to compare two readings.
QStringList dump(const Spreadsheet &sheet)
{
    QStringList lines;
    auto date = [](const QDate &d) { return d.toString(Qt::ISODate); };
    auto intervals = [](const DayIntervals &day) {
        QStringList parts;
        for (const TimeInterval &i : day)
            parts.append(QStringLiteral("%1-%2").arg(i.openMinute).arg(i.closeMinute));
        return parts.join(QLatin1Char(' '));
    };
    for (const Store &s : sheet.stores)
        lines.append(QStringList{QStringLiteral("store"), s.code, s.name, s.address, QString::fromUtf8(s.timeZoneId),
                                 s.phone, s.instructions, QString::number(s.slotMinutes), QString::number(s.capacity),
                                 QString::number(s.horizonDays), QString::number(s.minNoticeMinutes),
                                 date(s.visibleFrom), date(s.opensOn), date(s.closesOn)}
                         .join(QLatin1Char('|')));
    for (const Spreadsheet::ChairRow &c : sheet.chairs)
        lines.append(QStringList{QStringLiteral("chair"), c.storeCode, c.chair.name, date(c.chair.startsOn),
                                 date(c.chair.endsOn)}
                         .join(QLatin1Char('|')));
    for (const Spreadsheet::HoursRow &h : sheet.hours) {
        QStringList row{QStringLiteral("hours"), h.storeCode, h.chairName, date(h.version.effectiveFrom),
                        QString::number(h.version.followsStore)};
        for (const DayIntervals &day : h.version.week)
            row.append(intervals(day));
        lines.append(row.join(QLatin1Char('|')));
    }
    for (const Spreadsheet::ExceptionRow &e : sheet.exceptions)
        lines.append(QStringList{QStringLiteral("exception"), e.storeCode, e.chairName, date(e.exception.date),
                                 intervals(e.exception.intervals), e.exception.reason}
                         .join(QLatin1Char('|')));
    for (const Spreadsheet::ZipRow &z : sheet.zipCodes)
        lines.append(
            QStringList{QStringLiteral("zip"), z.storeCode, z.zip.code, date(z.zip.activeFrom)}.join(QLatin1Char('|')));
    for (const Spreadsheet::LockRow &l : sheet.locks)
        lines.append(QStringList{QStringLiteral("lock"), l.storeCode, l.chairName,
                                 l.lock.startsAt.toString(Qt::ISODate), l.lock.endsAt.toString(Qt::ISODate),
                                 l.lock.reason}
                         .join(QLatin1Char('|')));
    return lines;
}

QStringList problemTexts(const SpreadsheetReadResult &read)
{
    QStringList texts;
    for (const ImportProblem &p : read.problems)
        texts.append(p.toString());
    return texts;
}

CsvTable exampleTable(const QString &file)
{
    QFile in(QStringLiteral(SAMS_TEST_DATA "/spreadsheet/") + file);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read the example sheet");
    return CsvTable::parseBytes(in.readAll());
}

// How a spreadsheet program may save a file.
struct SaveStyle {
    QChar separator = QLatin1Char(',');
    QString lineEnd = QStringLiteral("\n");
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    bool bom = false;
    bool sepLine = false; // a first line "sep=;"
    bool clearedRows = false; // rows of empty cells before, among and after the rows
    bool unusedColumns = false; // trailing columns without a name, their cells empty
};

QByteArray save(const CsvTable &table, const SaveStyle &style)
{
    QStringList header = table.header;
    QList<QStringList> rows;
    for (const CsvTable::Record &record : table.records)
        rows.append(record.fields);
    if (style.unusedColumns) {
        header << QString() << QString();
        for (QStringList &row : rows)
            row << QString() << QStringLiteral(" ");
    }
    if (style.clearedRows) {
        const QStringList empty(header.size(), QString());
        const QStringList spaces(header.size(), QStringLiteral(" "));
        rows.insert(0, spaces);
        rows.insert(rows.size() / 2, empty);
        rows << empty << empty;
    }
    QString text = CsvTable::format(header, rows, style.separator);
    if (style.clearedRows)
        text.prepend(QString(header.size() - 1, style.separator) + QLatin1Char('\n'));
    if (style.sepLine)
        text.prepend(QStringLiteral("sep=") + style.separator + QLatin1Char('\n'));
    text.replace(QLatin1Char('\n'), style.lineEnd);
    QStringEncoder encoder(style.encoding,
                           style.bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return QByteArray(encoder.encode(text));
}

void copyExampleSheet(const QString &to)
{
    const QDir source(QStringLiteral(SAMS_TEST_DATA "/spreadsheet"));
    for (const QString &name : source.entryList({QStringLiteral("*.csv")}))
        QFile::copy(source.filePath(name), QDir(to).filePath(name));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    file.remove();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
}

const QStringList sheetFiles{QStringLiteral("stores.csv"),   QStringLiteral("chairs.csv"),
                             QStringLiteral("hours.csv"),    QStringLiteral("exceptions.csv"),
                             QStringLiteral("zipcodes.csv"), QStringLiteral("locks.csv")};
} // namespace

Q_DECLARE_METATYPE(SaveStyle)

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
    void linesCountWhatIsSkipped();
    void encodings_data();
    void encodings();
    void officeProgramsSaveEveryFile_data();
    void officeProgramsSaveEveryFile();
    void legacyCodePageInEveryFile_data();
    void legacyCodePageInEveryFile();
    void theExcelCasesOfIssue8();
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
    QTest::newRow("empty cells") << QStringLiteral("a,b,c\n1,,\n")
                                 << QStringList{QStringLiteral("1"), QString(), QString()} << 1 << QString();
    // Issue 8: what spreadsheet programs save.
    QTest::newRow("rows of empty cells skipped")
        << QStringLiteral("a,b,c\n,,\n , ,\t\n\"\",,\nx,,\n,,\n,\n")
        << QStringList{QStringLiteral("x"), QString(), QString()} << 1 << QString();
    QTest::newRow("empty rows before the header")
        << QStringLiteral(",,\n\na,b\n1,2\n") << QStringList{QStringLiteral("1"), QStringLiteral("2")} << 1
        << QString();
    QTest::newRow("semicolons") << QStringLiteral("a;b\n\"x; y\";2,5\n;\n")
                                << QStringList{QStringLiteral("x; y"), QStringLiteral("2,5")} << 1 << QString();
    QTest::newRow("quoted header, semicolons")
        << QStringLiteral("\"a\";\"b\"\r\n1;2\r\n") << QStringList{QStringLiteral("1"), QStringLiteral("2")} << 1
        << QString();
    QTest::newRow("tabs") << QStringLiteral("a\tb\nx, y\t2\n\t\n")
                          << QStringList{QStringLiteral("x, y"), QStringLiteral("2")} << 1 << QString();
    QTest::newRow("sep= line") << QStringLiteral("sep=;\r\na;b\r\n1,5;2\r\n")
                               << QStringList{QStringLiteral("1,5"), QStringLiteral("2")} << 1 << QString();
    QTest::newRow("sep= an unknown separator")
        << QStringLiteral("sep=|\na|b\n") << QStringList{} << 0 << QStringLiteral("separator SAMS does not read");
    QTest::newRow("CR line ends (old Mac)")
        << QStringLiteral("a,b\r1,2\r,\r") << QStringList{QStringLiteral("1"), QStringLiteral("2")} << 1 << QString();
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
    QTest::newRow("zip lost its leading zero")
        << QStringLiteral("zipcodes.csv") << QStringLiteral("store,zipcode\nNYC-1,2134\n")
        << QStringLiteral("zipcodes.csv:2: zipcode: \"2134\" is not a five-digit zip code; a spreadsheet program may "
                          "have dropped its leading zeros");
    QTest::newRow("value in a column without a name")
        << QStringLiteral("zipcodes.csv") << QStringLiteral("store,zipcode,,\nNYC-1,10001,,\nNYC-1,10018,,x\n")
        << QStringLiteral("zipcodes.csv:3: cell 4 holds \"x\", but its column has no name");
    QTest::newRow("header after an empty row")
        << QStringLiteral("zipcodes.csv") << QStringLiteral(",\nstore,zip\nNYC-1,10001\n")
        << QStringLiteral("zipcodes.csv:2: zip: unknown column");
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

void TestSpreadsheet::linesCountWhatIsSkipped()
{
    // Problems must name the line a person sees in the file, whatever was skipped.
    const CsvTable table
        = CsvTable::parse(QStringLiteral("\uFEFFsep=;\r\n;;\r\na;b\r\n;\r\n  ;\t\r\n1;2\r\n\"x\ny\";3\r\n4;5"));
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.separator, QLatin1Char(';'));
    QCOMPARE(table.headerLine, 3);
    QCOMPARE(table.records.size(), 3);
    QCOMPARE(table.records.at(0).line, 6);
    QCOMPARE(table.records.at(1).line, 7);
    QCOMPARE(table.records.at(2).line, 9);
}

void TestSpreadsheet::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("firstRecord"); // empty: an error
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("errorLine");

    const QString text = QStringLiteral("name\tcity\r\nSill\u00f3n 1\tPe\u00f1alol\u00e9n\r\n\t\r\n");
    const QStringList record{QStringLiteral("Sill\u00f3n 1"), QStringLiteral("Pe\u00f1alol\u00e9n")};
    auto encoded = [&](QStringConverter::Encoding encoding, bool bom) -> QByteArray {
        return QStringEncoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default)
            .encode(text);
    };
    QTest::newRow("UTF-8") << encoded(QStringConverter::Utf8, false) << record << int(QStringConverter::Utf8)
                           << QString() << 0;
    QTest::newRow("UTF-8 with BOM (CSV UTF-8)")
        << encoded(QStringConverter::Utf8, true) << record << int(QStringConverter::Utf8) << QString() << 0;
    QTest::newRow("UTF-16LE with BOM (Unicode text)")
        << encoded(QStringConverter::Utf16LE, true) << record << int(QStringConverter::Utf16LE) << QString() << 0;
    QTest::newRow("UTF-16BE with BOM") << encoded(QStringConverter::Utf16BE, true) << record
                                       << int(QStringConverter::Utf16BE) << QString() << 0;
    QTest::newRow("UTF-16LE without BOM")
        << encoded(QStringConverter::Utf16LE, false) << record << int(QStringConverter::Utf16LE) << QString() << 0;
    QTest::newRow("UTF-16BE without BOM")
        << encoded(QStringConverter::Utf16BE, false) << record << int(QStringConverter::Utf16BE) << QString() << 0;
    QTest::newRow("UTF-32LE with BOM") << encoded(QStringConverter::Utf32LE, true) << record
                                       << int(QStringConverter::Utf32LE) << QString() << 0;

    // Windows-1252 (Excel's plain "CSV" in Western Europe and the Americas): ñ is F1.
    QTest::newRow("Windows-1252") << QByteArray("name,city\r\nA,B\r\nSCL2,Pe\xf1"
                                                "alol\xe9n\r\n")
                                  << QStringList{} << int(QStringConverter::Utf8)
                                  << QStringLiteral("is not UTF-8 text: byte 0xF1 after \"SCL2,Pe\"; save the file as "
                                                    "\"CSV UTF-8\"")
                                  << 3;
    QTest::newRow("Windows-1252 quotes on several lines")
        << QByteArray("a\n\x93hi\x94\nok\n\xe9\n") << QStringList{} << int(QStringConverter::Utf8)
        << QStringLiteral(
               "is not UTF-8 text: byte 0x93 at the start of the line; save the file as \"CSV UTF-8\" (and 1 "
               "more line)")
        << 2;
    QTest::newRow("UTF-8 cut off at the end")
        << QByteArray("a\nCaf\xc3") << QStringList{} << int(QStringConverter::Utf8)
        << QStringLiteral("is not UTF-8 text: byte 0xC3 after \"Caf\"") << 2;
    QByteArray unpaired = encoded(QStringConverter::Utf16LE, true);
    unpaired.insert(unpaired.indexOf(QByteArray("S\0i", 3)), QByteArray("\x00\xd8", 2)); // a lone high surrogate
    QTest::newRow("UTF-16 with a lone surrogate")
        << unpaired << QStringList{} << int(QStringConverter::Utf16LE)
        << QStringLiteral("is not valid UTF-16 text: half of a character; save the file as \"CSV UTF-8\"") << 2;
}

void TestSpreadsheet::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, firstRecord);
    QFETCH(int, encoding);
    QFETCH(QString, error);
    QFETCH(int, errorLine);
    const CsvTable table = CsvTable::parseBytes(bytes);
    QCOMPARE(int(table.encoding), encoding);
    if (!error.isEmpty()) {
        QVERIFY2(table.error.contains(error), qPrintable(table.error));
        QCOMPARE(table.errorLine, errorLine);
        QVERIFY(table.records.isEmpty());
        return;
    }
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.header, (QStringList{QStringLiteral("name"), QStringLiteral("city")}));
    QCOMPARE(table.records.size(), 1); // the row of empty cells is skipped
    QCOMPARE(table.records.first().fields, firstRecord);
    QCOMPARE(table.records.first().line, 2);
}

void TestSpreadsheet::officeProgramsSaveEveryFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<SaveStyle>("style");

    QList<std::pair<QString, SaveStyle>> styles;
    SaveStyle csvUtf8; // Excel's "CSV UTF-8"
    csvUtf8.bom = true;
    csvUtf8.lineEnd = QStringLiteral("\r\n");
    styles.append({QStringLiteral("CSV UTF-8: BOM, CRLF"), csvUtf8});
    SaveStyle unicodeText; // Excel's "Unicode text"
    unicodeText.encoding = QStringConverter::Utf16LE;
    unicodeText.bom = true;
    unicodeText.separator = QLatin1Char('\t');
    unicodeText.lineEnd = QStringLiteral("\r\n");
    styles.append({QStringLiteral("Unicode text: UTF-16LE, tabs"), unicodeText});
    SaveStyle bigEndian;
    bigEndian.encoding = QStringConverter::Utf16BE;
    bigEndian.bom = true;
    styles.append({QStringLiteral("UTF-16BE"), bigEndian});
    SaveStyle semicolons; // Excel where the decimal separator is a comma
    semicolons.separator = QLatin1Char(';');
    semicolons.lineEnd = QStringLiteral("\r\n");
    styles.append({QStringLiteral("semicolons"), semicolons});
    SaveStyle sepLine = semicolons;
    sepLine.sepLine = true;
    styles.append({QStringLiteral("sep= line"), sepLine});
    SaveStyle tabs;
    tabs.separator = QLatin1Char('\t');
    styles.append({QStringLiteral("tabs, UTF-8"), tabs});
    SaveStyle cleared = csvUtf8;
    cleared.clearedRows = true;
    styles.append({QStringLiteral("cleared rows"), cleared});
    SaveStyle clearedTabs = unicodeText;
    clearedTabs.clearedRows = true;
    clearedTabs.unusedColumns = true;
    styles.append({QStringLiteral("Unicode text, cleared rows, unused columns"), clearedTabs});
    SaveStyle unused;
    unused.unusedColumns = true;
    styles.append({QStringLiteral("unused columns"), unused});
    SaveStyle mac; // CR line ends
    mac.lineEnd = QStringLiteral("\r");
    mac.clearedRows = true;
    styles.append({QStringLiteral("CR line ends"), mac});

    for (const QString &file : sheetFiles) {
        for (const auto &[name, style] : styles)
            QTest::addRow("%s, %s", qPrintable(file), qPrintable(name)) << file << style;
    }
}

void TestSpreadsheet::officeProgramsSaveEveryFile()
{
    QFETCH(QString, file);
    QFETCH(SaveStyle, style);
    static const SpreadsheetReadResult expected = readSpreadsheet(QStringLiteral(SAMS_TEST_DATA "/spreadsheet"));
    QVERIFY(expected.problems.isEmpty());
    QTemporaryDir dir;
    copyExampleSheet(dir.path());
    const QByteArray bytes = save(exampleTable(file), style);
    writeFile(dir.filePath(file), bytes);
    if (style.encoding != QStringConverter::Utf8) // the file really is not UTF-8
        QVERIFY(bytes.contains('\0'));
    const SpreadsheetReadResult read = readSpreadsheet(dir.path());
    QVERIFY2(read.problems.isEmpty(), qPrintable(problemTexts(read).join(QLatin1Char('\n'))));
    QCOMPARE(dump(read.sheet), dump(expected.sheet));
}

void TestSpreadsheet::legacyCodePageInEveryFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QChar>("separator");
    for (const QString &file : sheetFiles) {
        QTest::addRow("%s", qPrintable(file)) << file << QChar(QLatin1Char(','));
        QTest::addRow("%s, semicolons", qPrintable(file)) << file << QChar(QLatin1Char(';'));
    }
}

void TestSpreadsheet::legacyCodePageInEveryFile()
{
    // Excel's plain "CSV" writes the Windows code page: é is the single byte E9.
    // Refused at the line, once, naming the file; never read as U+FFFD, and the
    // other files' references into it get no misleading second message.
    QFETCH(QString, file);
    QFETCH(QChar, separator);
    QTemporaryDir dir;
    copyExampleSheet(dir.path());
    CsvTable table = exampleTable(file);
    CsvTable::Record &last = table.records.last();
    last.fields.last() += QStringLiteral("\u00e9");
    SaveStyle style;
    style.separator = separator;
    style.encoding = QStringConverter::Latin1; // the same byte as Windows-1252 for é
    writeFile(dir.filePath(file), save(table, style));
    const SpreadsheetReadResult read = readSpreadsheet(dir.path());
    const QStringList problems = problemTexts(read);
    QCOMPARE(problems.size(), 1);
    const QString where = file + QLatin1Char(':') + QString::number(last.line) + QStringLiteral(": is not UTF-8 text");
    QVERIFY2(problems.first().startsWith(where), qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(QLatin1String("byte 0xE9"))
                 && problems.first().contains(QLatin1String("save the file as \"CSV UTF-8\"")),
             qPrintable(problems.first()));
    QVERIFY(!dump(read.sheet).join(QLatin1Char('\n')).contains(QChar(0xFFFD)));
}

void TestSpreadsheet::theExcelCasesOfIssue8()
{
    // Case 05: stores.csv and chairs.csv in Windows-1252. Each is refused at its
    // line; hours.csv's row for the store gets no second message.
    const SpreadsheetReadResult legacy = readSpreadsheet(QStringLiteral(SAMS_TEST_DATA "/excel-windows-1252"));
    QCOMPARE(problemTexts(legacy),
             (QStringList{QStringLiteral("stores.csv:2: is not UTF-8 text: byte 0xF1 after \"SCL2,Pe\"; save the file "
                                         "as \"CSV UTF-8\""),
                          QStringLiteral("chairs.csv:2: is not UTF-8 text: byte 0xF3 after \"SCL2,Sill\"; save the "
                                         "file as \"CSV UTF-8\"")}));

    // Case 06: BOM, CRLF and rows of bare commas, as Excel saves cleared rows.
    const SpreadsheetReadResult cleared = readSpreadsheet(QStringLiteral(SAMS_TEST_DATA "/excel-blank-rows"));
    QVERIFY2(cleared.problems.isEmpty(), qPrintable(problemTexts(cleared).join(QLatin1Char('\n'))));
    QCOMPARE(dump(cleared.sheet),
             (QStringList{QStringLiteral("store|MIA|Miami Beach||America/New_York|||30|1|18|0|2027-01-01|2027-01-01|"),
                          QStringLiteral("chair|MIA|Chair 1|2027-01-01|"),
                          QStringLiteral("hours|MIA||2027-01-01|0|540-1020|540-1020|540-1020|540-1020|540-1020||")}));

    // Excel's "Unicode text": UTF-16LE with BOM, tabs, CRLF, cleared rows; names intact.
    const SpreadsheetReadResult unicode = readSpreadsheet(QStringLiteral(SAMS_TEST_DATA "/excel-unicode-text"));
    QVERIFY2(unicode.problems.isEmpty(), qPrintable(problemTexts(unicode).join(QLatin1Char('\n'))));
    QCOMPARE(unicode.sheet.stores.size(), 1);
    QCOMPARE(unicode.sheet.stores.first().name, QStringLiteral("Pe\u00f1alol\u00e9n"));
    QCOMPARE(unicode.sheet.stores.first().address, QStringLiteral("Av. Jos\u00e9 Arrieta 123, Pe\u00f1alol\u00e9n"));
    QCOMPARE(unicode.sheet.chairs.size(), 2);
    QCOMPARE(unicode.sheet.chairs.first().chair.name, QStringLiteral("Sill\u00f3n 1"));
    QCOMPARE(unicode.sheet.hours.size(), 1);
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
