#include "core/Spreadsheet.h"

#include "core/CsvTable.h"
#include "core/InputLimits.h"
#include "core/NameMatch.h"
#include "core/SlotCalculator.h"
#include "core/TextRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::Spreadsheet)
};

const QStringList weekdayNames{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                               QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                               QStringLiteral("sun")};

// Reads one record's cells by column name, noting each bad cell as a problem.
class RowReader
{
public:
    RowReader(const QString &file, const CsvTable &table, const CsvTable::Record &record,
              QList<ImportProblem> &problems)
        : m_file(file)
        , m_table(table)
        , m_record(record)
        , m_problems(problems)
    { }

    int line() const { return m_record.line; }
    // Every cell once, before the row is read: a control character is reported
    // shown safely, and the cell's column gets no second message.
    void checkCells()
    {
        for (qsizetype i = 0; i < m_record.fields.size() && i < m_table.header.size(); ++i) {
            const QString &column = m_table.header.at(i);
            const bool freeText = column == QLatin1String("address") || column == QLatin1String("instructions")
                || column == QLatin1String("reason");
            if (const std::optional<QString> problem = controlCharacterProblem(
                    m_record.fields.at(i), freeText ? TextKind::FreeText : TextKind::Identifier)) {
                this->problem(column, *problem);
                m_reported.append(column);
            }
        }
    }
    QString text(const QString &column) const
    {
        const int index = m_table.column(column);
        return index < 0 || index >= m_record.fields.size() ? QString() : m_record.fields.at(index).trimmed();
    }
    void problem(const QString &column, const QString &message) const
    {
        if (!m_reported.contains(column))
            m_problems.append({m_file, m_record.line, column, message});
    }
    QString required(const QString &column) const
    {
        QString value = text(column);
        if (value.isEmpty())
            problem(column, Text::tr("must not be empty"));
        else if (!hasVisibleCharacter(value))
            problem(column, Text::tr("must have a visible character"));
        return value;
    }
    QDate date(const QString &column, bool mandatory) const
    {
        const QString value = text(column);
        if (value.isEmpty()) {
            if (mandatory)
                problem(column, Text::tr("must not be empty"));
            return {};
        }
        const std::optional<QDate> d = parseIsoDate(value);
        if (!d) {
            problem(column, Text::tr("\"%1\" is not a date; use YYYY-MM-DD").arg(safeText(value)));
            return {};
        }
        if (auto ok = limits::checkDate(*d, Text::tr("the date")); !ok) {
            problem(column, ok.error().message);
            return {};
        }
        return *d;
    }
    int integer(const QString &column, int fallback, int minimum, int maximum) const
    {
        const QString value = text(column);
        if (value.isEmpty())
            return fallback;
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < minimum || n > maximum) {
            problem(
                column,
                Text::tr("\"%1\" must be a whole number from %2 to %3").arg(safeText(value)).arg(minimum).arg(maximum));
            return fallback;
        }
        return n;
    }
    std::optional<int> minute(const QString &column, bool close) const
    {
        const QString value = text(column);
        const std::optional<int> m = parseMinuteOfDay(value, close);
        if (!m)
            problem(column,
                    close ? Text::tr("\"%1\" is not a time; use HH:MM, 00:01 to 24:00").arg(safeText(value))
                          : Text::tr("\"%1\" is not a time; use HH:MM, 00:00 to 23:59").arg(safeText(value)));
        return m;
    }
    std::optional<TimeInterval> interval() const
    {
        const std::optional<int> open = minute(QStringLiteral("open"), false);
        const std::optional<int> close = minute(QStringLiteral("close"), true);
        if (!open || !close)
            return std::nullopt;
        if (*close <= *open) {
            problem(QStringLiteral("close"),
                    Text::tr("%1 is not after the open time %2")
                        .arg(text(QStringLiteral("close")), text(QStringLiteral("open"))));
            return std::nullopt;
        }
        return TimeInterval{*open, *close};
    }

private:
    const QString &m_file;
    const CsvTable &m_table;
    const CsvTable::Record &m_record;
    QList<ImportProblem> &m_problems;
    QStringList m_reported; // columns whose cell already has its problem
};

struct FileSpec {
    QString name;
    QStringList columns;
    QStringList requiredColumns;
    bool requiredFile = false;
};

// Reads a file's table and checks its header; returns false when its rows cannot be read.
bool loadTable(const QString &folder, const FileSpec &spec, CsvTable &table, QList<ImportProblem> &problems)
{
    QFile file(QDir(folder).filePath(spec.name));
    if (!file.exists()) {
        if (spec.requiredFile)
            problems.append({spec.name, 0, QString(), Text::tr("the file is missing; stores.csv is required")});
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append({spec.name, 0, QString(), Text::tr("cannot be read: %1").arg(file.errorString())});
        return false;
    }
    table = CsvTable::parseBytes(file.readAll());
    if (!table.error.isEmpty()) {
        problems.append({spec.name, table.errorLine, QString(), table.error});
        return false;
    }
    bool usable = true;
    const int headerLine = table.headerLine;
    for (const QString &column : std::as_const(table.header)) {
        if (column.isEmpty())
            continue; // checked below with its cells
        if (!spec.columns.contains(column)) {
            problems.append(
                {spec.name, headerLine, column,
                 Text::tr("unknown column; this file takes %1").arg(spec.columns.join(QStringLiteral(", ")))});
            usable = false;
        }
        if (table.header.count(column) > 1) {
            problems.append({spec.name, headerLine, column, Text::tr("the column appears twice")});
            usable = false;
        }
    }
    for (const QString &column : spec.requiredColumns) {
        if (!table.header.contains(column)) {
            problems.append({spec.name, headerLine, column, Text::tr("required column is missing")});
            usable = false;
        }
    }
    for (const CsvTable::Record &record : std::as_const(table.records)) {
        if (record.fields.size() != table.header.size()) {
            problems.append(
                {spec.name, record.line, QString(),
                 Text::tr("has %1 cells, but the header has %2").arg(record.fields.size()).arg(table.header.size())});
            usable = false;
        }
    }
    // A column without a name is one a spreadsheet program keeps because a cell
    // there was once used (Excel then writes trailing separators): harmless while
    // its cells are empty, a problem when one holds a value nobody can place.
    for (qsizetype i = 0; usable && i < table.header.size(); ++i) {
        if (!table.header.at(i).isEmpty())
            continue;
        for (const CsvTable::Record &record : std::as_const(table.records)) {
            if (!record.fields.at(i).trimmed().isEmpty()) {
                problems.append({spec.name, record.line, QString(),
                                 Text::tr("cell %1 holds \"%2\", but its column has no name in the header")
                                     .arg(i + 1)
                                     .arg(safeText(record.fields.at(i).trimmed()))});
                usable = false;
                break;
            }
        }
    }
    return usable;
}

class SheetBuilder
{
public:
    SheetBuilder(const QString &folder, SpreadsheetReadResult &result)
        : m_folder(folder)
        , m_sheet(result.sheet)
        , m_problems(result.problems)
    { }
    void readAll();

private:
    void readStores();
    void readChairs();
    void readHours();
    void readExceptions();
    void readZipCodes();
    void readLocks();
    template<typename Row> void forEachRow(const FileSpec &spec, Row row);
    const Store *store(const RowReader &row) const;
    std::optional<QString> chairOf(const RowReader &row, const QString &storeCode, const QString &chair) const;

    QString m_folder;
    Spreadsheet &m_sheet;
    QList<ImportProblem> &m_problems;
    // Codes and chairs ("CODE\nname") refused as case twins: rows naming them
    // exactly get no second message, and do not fall through to the twin.
    QStringList m_twins;
    // Files that exist but could not be read (not UTF-8, a bad header, ...): a
    // row naming a store or chair of theirs gets no second, misleading "is not a
    // store of stores.csv".
    QStringList m_unreadable;
};

template<typename Row> void SheetBuilder::forEachRow(const FileSpec &spec, Row row)
{
    CsvTable table;
    if (!loadTable(m_folder, spec, table, m_problems)) {
        if (QFile::exists(QDir(m_folder).filePath(spec.name)))
            m_unreadable.append(spec.name);
        return;
    }
    for (const CsvTable::Record &record : std::as_const(table.records)) {
        RowReader reader(spec.name, table, record, m_problems);
        reader.checkCells();
        row(reader);
    }
}

const Store *SheetBuilder::store(const RowReader &row) const
{
    const QString code = row.required(QStringLiteral("store"));
    if (code.isEmpty())
        return nullptr;
    // Codes are unique regardless of case (checked in readStores), so "abc" names
    // the one store ABC; rows carry the code as stores.csv spells it.
    QStringList codes;
    for (const Store &s : std::as_const(m_sheet.stores))
        codes.append(s.code);
    const NameMatch match = matchName(codes, code);
    if (match.kind != NameMatch::Kind::Exact && m_twins.contains(code))
        return nullptr;
    if (match.found())
        return &m_sheet.stores.at(match.index);
    if (m_unreadable.contains(QStringLiteral("stores.csv")))
        return nullptr;
    row.problem(QStringLiteral("store"), Text::tr("\"%1\" is not a store of stores.csv").arg(safeText(code)));
    return nullptr;
}

std::optional<QString> SheetBuilder::chairOf(const RowReader &row, const QString &storeCode, const QString &chair) const
{
    if (chair.isEmpty())
        return chair;
    QStringList names;
    for (const Spreadsheet::ChairRow &c : std::as_const(m_sheet.chairs)) {
        if (c.storeCode == storeCode)
            names.append(c.chair.name);
    }
    const NameMatch match = matchName(names, chair);
    if (match.kind != NameMatch::Kind::Exact && m_twins.contains(storeCode + QLatin1Char('\n') + chair))
        return std::nullopt;
    if (match.found())
        return names.at(match.index); // as chairs.csv spells it
    if (m_unreadable.contains(QStringLiteral("chairs.csv")))
        return std::nullopt;
    row.problem(QStringLiteral("chair"),
                Text::tr("\"%1\" is not a chair of %2 in chairs.csv").arg(safeText(chair), storeCode));
    return std::nullopt;
}

void SheetBuilder::readAll()
{
    readStores();
    readChairs();
    readHours();
    readExceptions();
    readZipCodes();
    readLocks();
}

void SheetBuilder::readStores()
{
    const FileSpec spec{
        QStringLiteral("stores.csv"),
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("timezone"),
         QStringLiteral("phone"), QStringLiteral("instructions"), QStringLiteral("slot_minutes"),
         QStringLiteral("capacity"), QStringLiteral("horizon_days"), QStringLiteral("min_notice_minutes"),
         QStringLiteral("visible_from"), QStringLiteral("opens_on"), QStringLiteral("closes_on")},
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("timezone"), QStringLiteral("opens_on")},
        true};
    forEachRow(spec, [&](const RowReader &row) {
        Store s;
        s.code = row.required(QStringLiteral("code"));
        s.name = row.required(QStringLiteral("name"));
        s.address = row.text(QStringLiteral("address"));
        s.timeZoneId = row.required(QStringLiteral("timezone")).toUtf8();
        if (!s.timeZoneId.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(s.timeZoneId))
            row.problem(QStringLiteral("timezone"),
                        Text::tr("\"%1\" is not an IANA time zone such as America/Chicago")
                            .arg(safeText(QString::fromUtf8(s.timeZoneId))));
        s.phone = row.text(QStringLiteral("phone"));
        s.instructions = row.text(QStringLiteral("instructions"));
        s.slotMinutes = row.integer(QStringLiteral("slot_minutes"), 30, 5, 480);
        s.capacity = row.integer(QStringLiteral("capacity"), 1, 1, 100);
        s.horizonDays = row.integer(QStringLiteral("horizon_days"), 18, 0, 3660);
        s.minNoticeMinutes = row.integer(QStringLiteral("min_notice_minutes"), 0, 0, 100000);
        s.opensOn = row.date(QStringLiteral("opens_on"), true);
        s.visibleFrom = row.date(QStringLiteral("visible_from"), false);
        if (!s.visibleFrom.isValid())
            s.visibleFrom = s.opensOn;
        s.closesOn = row.date(QStringLiteral("closes_on"), false);
        if (s.closesOn.isValid() && s.opensOn.isValid() && s.closesOn < s.opensOn)
            row.problem(QStringLiteral("closes_on"), Text::tr("is before opens_on"));
        if (s.visibleFrom.isValid() && s.opensOn.isValid() && s.visibleFrom > s.opensOn)
            row.problem(QStringLiteral("visible_from"),
                        Text::tr("is after opens_on: staff must see a store before it opens"));
        if (s.code.isEmpty())
            return;
        const auto same = std::find_if(m_sheet.stores.cbegin(), m_sheet.stores.cend(),
                                       [&](const Store &other) { return sameIgnoringCase(other.code, s.code); });
        if (same == m_sheet.stores.cend())
            m_sheet.stores.append(s);
        else if (same->code == s.code)
            row.problem(QStringLiteral("code"), Text::tr("\"%1\" appears twice").arg(safeText(s.code)));
        else {
            row.problem(QStringLiteral("code"),
                        Text::tr("\"%1\" differs only in case from \"%2\"; store codes are unique regardless of case")
                            .arg(safeText(s.code), safeText(same->code)));
            m_twins.append(s.code);
        }
    });
}

void SheetBuilder::readChairs()
{
    const FileSpec spec{
        QStringLiteral("chairs.csv"),
        {QStringLiteral("store"), QStringLiteral("chair"), QStringLiteral("starts_on"), QStringLiteral("ends_on")},
        {QStringLiteral("store"), QStringLiteral("chair")}};
    forEachRow(spec, [&](const RowReader &row) {
        const Store *s = store(row);
        Chair chair;
        chair.name = row.required(QStringLiteral("chair"));
        chair.startsOn = row.date(QStringLiteral("starts_on"), false);
        chair.endsOn = row.date(QStringLiteral("ends_on"), false);
        if (!s || chair.name.isEmpty())
            return;
        if (!chair.startsOn.isValid())
            chair.startsOn = s->opensOn;
        if (chair.endsOn.isValid() && chair.endsOn < chair.startsOn)
            row.problem(QStringLiteral("ends_on"), Text::tr("is before starts_on"));
        const auto same = std::find_if(m_sheet.chairs.cbegin(), m_sheet.chairs.cend(), [&](const auto &c) {
            return c.storeCode == s->code && sameIgnoringCase(c.chair.name, chair.name);
        });
        if (same == m_sheet.chairs.cend())
            m_sheet.chairs.append({s->code, chair});
        else if (same->chair.name == chair.name)
            row.problem(QStringLiteral("chair"),
                        Text::tr("\"%1\" appears twice in %2").arg(safeText(chair.name), s->code));
        else {
            row.problem(QStringLiteral("chair"),
                        Text::tr("\"%1\" differs only in case from \"%2\" of %3; a store's chair names are unique "
                                 "regardless of case")
                            .arg(safeText(chair.name), safeText(same->chair.name), s->code));
            m_twins.append(s->code + QLatin1Char('\n') + chair.name);
        }
    });
}

void SheetBuilder::readHours()
{
    const FileSpec spec{QStringLiteral("hours.csv"),
                        {QStringLiteral("store"), QStringLiteral("chair"), QStringLiteral("effective_from"),
                         QStringLiteral("days"), QStringLiteral("open"), QStringLiteral("close")},
                        {QStringLiteral("store"), QStringLiteral("effective_from"), QStringLiteral("days"),
                         QStringLiteral("open"), QStringLiteral("close")}};
    std::map<std::tuple<QString, QString, QDate>, qsizetype> versions; // key to index in m_sheet.hours
    forEachRow(spec, [&](const RowReader &row) {
        const Store *s = store(row);
        const QString typedChair = row.text(QStringLiteral("chair"));
        const QDate from = row.date(QStringLiteral("effective_from"), true);
        const QString daysText = row.required(QStringLiteral("days"));
        const bool follows = daysText.compare(QLatin1String("store"), Qt::CaseInsensitive) == 0;
        std::optional<QList<int>> days;
        std::optional<TimeInterval> interval;
        if (follows) {
            if (typedChair.isEmpty())
                row.problem(QStringLiteral("days"),
                            Text::tr("\"store\" is only for chair rows: the chair follows the store"));
            for (const QString &column : {QStringLiteral("open"), QStringLiteral("close")}) {
                if (!row.text(column).isEmpty())
                    row.problem(column, Text::tr("must be empty when days is \"store\""));
            }
        } else if (!daysText.isEmpty()) {
            days = parseDays(daysText);
            if (!days)
                row.problem(
                    QStringLiteral("days"),
                    Text::tr(
                        "\"%1\" is not a day list; use mon..sun, ranges like mon-fri, lists like sat,sun, or daily")
                        .arg(safeText(daysText)));
            interval = row.interval();
        }
        if (!s)
            return;
        const std::optional<QString> chairName = chairOf(row, s->code, typedChair);
        if (!from.isValid() || !chairName || (!follows && (!days || !interval)))
            return;
        const QString &chair = *chairName;

        const auto key = std::make_tuple(s->code, chair, from);
        auto found = versions.find(key);
        if (found == versions.end()) {
            HoursVersion version;
            version.effectiveFrom = from;
            version.followsStore = follows;
            found = versions.emplace(key, m_sheet.hours.size()).first;
            m_sheet.hours.append({s->code, chair, version});
        }
        HoursVersion &version = m_sheet.hours[found->second].version;
        if (version.followsStore != follows) {
            row.problem(QStringLiteral("days"),
                        Text::tr("a chair cannot both follow the store and have its own hours from %1")
                            .arg(from.toString(Qt::ISODate)));
            return;
        }
        if (follows)
            return;
        for (int day : *days) {
            DayIntervals &intervals = version.week.at(day - 1);
            const bool overlaps = std::any_of(intervals.cbegin(), intervals.cend(),
                                              [&](const TimeInterval &i) { return i.overlaps(*interval); });
            if (overlaps) {
                row.problem(QStringLiteral("open"),
                            Text::tr("%1-%2 overlaps another interval on %3")
                                .arg(formatMinuteOfDay(interval->openMinute), formatMinuteOfDay(interval->closeMinute),
                                     weekdayNames.at(day - 1)));
                return;
            }
            intervals.append(*interval);
            std::sort(intervals.begin(), intervals.end(),
                      [](const TimeInterval &a, const TimeInterval &b) { return a.openMinute < b.openMinute; });
        }
    });
}

void SheetBuilder::readExceptions()
{
    const FileSpec spec{QStringLiteral("exceptions.csv"),
                        {QStringLiteral("store"), QStringLiteral("chair"), QStringLiteral("date"),
                         QStringLiteral("open"), QStringLiteral("close"), QStringLiteral("reason")},
                        {QStringLiteral("store"), QStringLiteral("date")}};
    std::map<std::tuple<QString, QString, QDate>, qsizetype> keys;
    forEachRow(spec, [&](const RowReader &row) {
        const Store *s = store(row);
        const QString typedChair = row.text(QStringLiteral("chair"));
        const QDate date = row.date(QStringLiteral("date"), true);
        const bool closedAllDay
            = row.text(QStringLiteral("open")).isEmpty() && row.text(QStringLiteral("close")).isEmpty();
        std::optional<TimeInterval> interval;
        if (!closedAllDay)
            interval = row.interval();
        if (!s)
            return;
        const std::optional<QString> chairName = chairOf(row, s->code, typedChair);
        if (!date.isValid() || !chairName || (!closedAllDay && !interval))
            return;
        const QString &chair = *chairName;
        const auto key = std::make_tuple(s->code, chair, date);
        auto found = keys.find(key);
        if (found == keys.end()) {
            DateException e;
            e.date = date;
            e.reason = row.text(QStringLiteral("reason"));
            found = keys.emplace(key, m_sheet.exceptions.size()).first;
            m_sheet.exceptions.append({s->code, chair, e});
            if (closedAllDay)
                return;
        } else if (closedAllDay || m_sheet.exceptions.at(found->second).exception.intervals.isEmpty()) {
            row.problem(QStringLiteral("open"),
                        Text::tr("%1 is both closed all day and open at times").arg(date.toString(Qt::ISODate)));
            return;
        }
        DayIntervals &intervals = m_sheet.exceptions[found->second].exception.intervals;
        if (std::any_of(intervals.cbegin(), intervals.cend(),
                        [&](const TimeInterval &i) { return i.overlaps(*interval); })) {
            row.problem(QStringLiteral("open"),
                        Text::tr("overlaps another interval of %1").arg(date.toString(Qt::ISODate)));
            return;
        }
        intervals.append(*interval);
    });
}

void SheetBuilder::readZipCodes()
{
    const FileSpec spec{QStringLiteral("zipcodes.csv"),
                        {QStringLiteral("store"), QStringLiteral("zipcode"), QStringLiteral("active_from")},
                        {QStringLiteral("store"), QStringLiteral("zipcode")}};
    static const QRegularExpression zipPattern(QStringLiteral("^\\d{5}$"));
    forEachRow(spec, [&](const RowReader &row) {
        const Store *s = store(row);
        const QString zip = row.required(QStringLiteral("zipcode"));
        const QDate active = row.date(QStringLiteral("active_from"), false);
        if (!zip.isEmpty() && !zipPattern.match(zip).hasMatch()) {
            // Spreadsheet programs read 02134 as a number and save 2134; we do not
            // pad it back (a guess), but say what happened.
            static const QRegularExpression shortened(QStringLiteral("^\\d{3,4}$"));
            if (shortened.match(zip).hasMatch())
                row.problem(QStringLiteral("zipcode"),
                            Text::tr("\"%1\" is not a five-digit zip code; a spreadsheet program may have dropped "
                                     "its leading zeros: format the column as text")
                                .arg(safeText(zip)));
            else
                row.problem(QStringLiteral("zipcode"),
                            Text::tr("\"%1\" is not a five-digit zip code").arg(safeText(zip)));
            return;
        }
        if (s && !zip.isEmpty())
            m_sheet.zipCodes.append({s->code, {0, zip, active}});
    });
}

void SheetBuilder::readLocks()
{
    const FileSpec spec{
        QStringLiteral("locks.csv"),
        {QStringLiteral("store"), QStringLiteral("chair"), QStringLiteral("from"), QStringLiteral("to"),
         QStringLiteral("reason")},
        {QStringLiteral("store"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("reason")}};
    forEachRow(spec, [&](const RowReader &row) {
        const Store *s = store(row);
        const QString typedChair = row.text(QStringLiteral("chair"));
        auto instant = [&](const QString &column) -> std::optional<qint64> {
            const QString value = row.required(column);
            const std::optional<LocalDateTime> wall = parseLocalDateTime(value);
            if (value.isEmpty())
                return std::nullopt;
            if (!wall) {
                row.problem(column, Text::tr("\"%1\" is not a local time; use YYYY-MM-DDTHH:MM").arg(safeText(value)));
                return std::nullopt;
            }
            if (auto ok = limits::checkDate(wall->date, Text::tr("the date")); !ok) {
                row.problem(column, ok.error().message);
                return std::nullopt;
            }
            if (!s)
                return std::nullopt;
            return SlotCalculator::instantSecs(wall->date, wall->minute, s->timeZone());
        };
        const std::optional<qint64> from = instant(QStringLiteral("from"));
        const std::optional<qint64> to = instant(QStringLiteral("to"));
        const QString reason = row.required(QStringLiteral("reason"));
        if (!s)
            return;
        const std::optional<QString> chair = chairOf(row, s->code, typedChair);
        if (!from || !to || reason.isEmpty() || !chair)
            return;
        if (*to <= *from) {
            row.problem(QStringLiteral("to"), Text::tr("is not after from"));
            return;
        }
        // The same bound as every other way of adding a lock (docs/limits.md).
        if (auto ok = limits::checkLockSpan(*from, *to); !ok) {
            row.problem(QStringLiteral("to"), ok.error().message);
            return;
        }
        Lock lock;
        lock.startsAt = QDateTime::fromSecsSinceEpoch(*from, Qt::UTC);
        lock.endsAt = QDateTime::fromSecsSinceEpoch(*to, Qt::UTC);
        lock.reason = reason;
        lock.createdBy = QStringLiteral("import");
        m_sheet.locks.append({s->code, *chair, lock});
    });
}
} // namespace

QString ImportProblem::toString() const
{
    QString text = file;
    if (line > 0)
        text += QLatin1Char(':') + QString::number(line);
    text += QStringLiteral(": ");
    if (!column.isEmpty())
        text += column + QStringLiteral(": ");
    // Every part is shown safely: a file name, a column or a message could carry
    // a line break or an escape sequence from the sheet.
    return safeText(text + message, -1);
}

std::optional<QList<int>> parseDays(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("daily"))
        return QList<int>{1, 2, 3, 4, 5, 6, 7};
    QList<int> days;
    for (const QString &part : lower.split(QLatin1Char(','))) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        if (ends.size() > 2)
            return std::nullopt;
        const int first = int(weekdayNames.indexOf(ends.first().trimmed())) + 1;
        const int last = int(weekdayNames.indexOf(ends.last().trimmed())) + 1;
        if (first == 0 || last == 0 || last < first)
            return std::nullopt;
        for (int d = first; d <= last; ++d) {
            if (!days.contains(d))
                days.append(d);
        }
    }
    std::sort(days.begin(), days.end());
    return days;
}

SpreadsheetReadResult readSpreadsheet(const QString &folder)
{
    SpreadsheetReadResult result;
    if (!QDir(folder).exists()) {
        result.problems.append({folder, 0, QString(), Text::tr("no such folder")});
        return result;
    }
    SheetBuilder(folder, result).readAll();
    return result;
}

} // namespace sams
