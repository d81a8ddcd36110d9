#include "core/CsvTable.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::CsvTable)
};

bool isSeparator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\t');
}

// Where the header starts and which separator the file uses: a first line
// "sep=;" (a line Excel honours) names it; otherwise the first separator of the
// header line outside quotes, as column names contain none.
struct Layout {
    QChar separator = QLatin1Char(',');
    qsizetype start = 0;
    int firstLine = 1;
    QString error;
};

Layout layoutOf(const QString &body)
{
    Layout layout;
    if (body.startsWith(QLatin1String("sep="), Qt::CaseInsensitive)) {
        qsizetype end = 4;
        while (end < body.size() && body.at(end) != QLatin1Char('\r') && body.at(end) != QLatin1Char('\n'))
            ++end;
        if (end != 5 || !isSeparator(body.at(4))) {
            layout.error
                = Text::tr("the first line names a separator SAMS does not read; use a comma, a semicolon or a tab");
            return layout;
        }
        layout.separator = body.at(4);
        if (end + 1 < body.size() && body.at(end) == QLatin1Char('\r') && body.at(end + 1) == QLatin1Char('\n'))
            ++end;
        layout.start = end + 1;
        layout.firstLine = 2;
        return layout;
    }
    bool quoted = false;
    bool content = false;
    for (const QChar c : body) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && isSeparator(c)) {
            layout.separator = c;
            break;
        } else if (!quoted && (c == QLatin1Char('\r') || c == QLatin1Char('\n'))) {
            if (content)
                break; // the header line has a single column
        } else
            content = true;
    }
    return layout;
}

bool allBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); });
}

int unitSize(QStringConverter::Encoding encoding)
{
    switch (encoding) {
    case QStringConverter::Utf16:
    case QStringConverter::Utf16LE:
    case QStringConverter::Utf16BE:
        return 2;
    case QStringConverter::Utf32:
    case QStringConverter::Utf32LE:
    case QStringConverter::Utf32BE:
        return 4;
    default:
        return 1;
    }
}

bool bigEndian(QStringConverter::Encoding encoding)
{
    return encoding == QStringConverter::Utf16BE || encoding == QStringConverter::Utf32BE;
}

// The encoding of a file's bytes: its byte order mark; UTF-16 or UTF-32 without
// one when the header's first (ASCII) letter has zero bytes beside it; UTF-8
// otherwise. No code page is guessed: Windows-1252, Latin-1 and Mac Roman give
// the same bytes different letters, and a wrong guess would store wrong names.
QStringConverter::Encoding encodingOf(const QByteArray &bytes)
{
    if (const std::optional<QStringConverter::Encoding> marked = QStringConverter::encodingForData(bytes))
        return *marked;
    if (bytes.size() >= 4 && bytes.at(0) != 0 && bytes.at(1) == 0 && bytes.at(2) == 0 && bytes.at(3) == 0)
        return QStringConverter::Utf32LE;
    if (bytes.size() >= 4 && bytes.at(0) == 0 && bytes.at(1) == 0 && bytes.at(2) == 0 && bytes.at(3) != 0)
        return QStringConverter::Utf32BE;
    if (bytes.size() >= 2 && bytes.at(0) != 0 && bytes.at(1) == 0)
        return QStringConverter::Utf16LE;
    if (bytes.size() >= 2 && bytes.at(0) == 0 && bytes.at(1) != 0)
        return QStringConverter::Utf16BE;
    return QStringConverter::Utf8;
}

QString encodingName(QStringConverter::Encoding encoding)
{
    switch (unitSize(encoding)) {
    case 2:
        return QStringLiteral("UTF-16");
    case 4:
        return QStringLiteral("UTF-32");
    default:
        return QStringLiteral("UTF-8");
    }
}

// The problem of a file that does not decode, on the first line that breaks
// (a rare path, so each line is decoded again on its own).
void locateDecodingError(const QByteArray &bytes, QStringConverter::Encoding encoding, CsvTable &table)
{
    const int unit = unitSize(encoding);
    const bool big = bigEndian(encoding);
    auto newlineAt = [&](qsizetype at) {
        for (int k = 0; k < unit; ++k) {
            const char expected = (big ? k == unit - 1 : k == 0) ? '\n' : '\0';
            if (bytes.at(at + k) != expected)
                return false;
        }
        return true;
    };
    const auto flags = QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom;
    int line = 1;
    int badLines = 0;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = start;
        while (end + unit <= bytes.size() && !newlineAt(end))
            end += unit;
        end = std::min(end + unit, bytes.size()); // the line with its line break
        const QByteArray part = bytes.mid(start, end - start);
        QStringDecoder replacing(encoding, flags);
        const QString shown = replacing.decode(part);
        if (replacing.hasError()) {
            if (++badLines == 1) {
                // Where the first bad byte is: the first character that differs
                // between the two ways of replacing it.
                QStringDecoder nulling(encoding, flags | QStringConverter::Flag::ConvertInvalidToNull);
                const QString nulled = nulling.decode(part);
                qsizetype at = 0;
                while (at < shown.size() && at < nulled.size() && shown.at(at) == nulled.at(at))
                    ++at;
                if (at == shown.size() && shown.endsWith(QChar::ReplacementCharacter))
                    at = shown.size() - 1; // cut off at the end: replaced either way
                QString before = shown.left(at);
                const qsizetype byteOffset = unit == 1 ? before.toUtf8().size() : -1;
                if (before.startsWith(QChar(0xFEFF)))
                    before.remove(0, 1);
                const int shownLength = 20;
                if (before.size() > shownLength)
                    before = QChar(0x2026) + before.right(shownLength);
                const QString where
                    = before.isEmpty() ? Text::tr("at the start of the line") : Text::tr("after \"%1\"").arg(before);
                table.error = byteOffset >= 0 && byteOffset < part.size()
                    ? Text::tr("is not UTF-8 text: byte 0x%1 %2; save the file as \"CSV UTF-8\"")
                          .arg(QString::number(quint8(part.at(byteOffset)), 16).toUpper().rightJustified(2, u'0'),
                               where)
                    : Text::tr("is not valid %1 text %2; save the file as \"CSV UTF-8\"")
                          .arg(encodingName(encoding), where);
                table.errorLine = line;
            }
        }
        ++line;
        start = end;
    }
    if (badLines == 2)
        table.error += Text::tr(" (and 1 more line)");
    else if (badLines > 2)
        table.error += Text::tr(" (and %1 more lines)").arg(badLines - 1);
    if (badLines == 0) { // not expected: every bad byte is on some line
        table.error = Text::tr("is not %1 text; save the file as \"CSV UTF-8\"").arg(encodingName(encoding));
        table.errorLine = 1;
    }
}

// Qt's UTF-16 decoder passes a lone surrogate (half of a character) through; it
// would reach the database as a replacement character, so it is an error too.
void locateLoneSurrogate(const QString &text, QStringConverter::Encoding encoding, CsvTable &table)
{
    QStringEncoder whole(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QByteArray encoded = whole.encode(text);
    if (!whole.hasError())
        return;
    int line = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        if (!end && text.at(i) != QLatin1Char('\n') && text.at(i) != QLatin1Char('\r'))
            continue;
        QStringEncoder check(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QByteArray lineBytes = check.encode(QStringView(text).sliced(start, i - start));
        if (check.hasError()) {
            table.error = Text::tr("is not valid %1 text: half of a character; save the file as \"CSV UTF-8\"")
                              .arg(encodingName(encoding));
            table.errorLine = line;
            return;
        }
        if (!end && text.at(i) == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        ++line;
        start = i + 1;
    }
}
} // namespace

CsvTable CsvTable::parse(const QString &text)
{
    CsvTable table;
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1); // spreadsheet programs write a BOM
    const Layout layout = layoutOf(body);
    if (!layout.error.isEmpty()) {
        table.error = layout.error;
        table.errorLine = 1;
        return table;
    }
    const QChar separator = layout.separator;
    table.separator = separator;
    QList<Record> rows;
    int line = layout.firstLine;
    Record current{line, {}};
    QString field;
    bool quoted = false; // inside a quoted field
    bool afterQuote = false; // a quoted field just closed
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        // A blank line is not a record, nor is a row of empty cells (a row
        // cleared rather than deleted in a spreadsheet program).
        if (!allBlank(current.fields))
            rows.append(current);
        current = {nextLine, {}};
    };

    for (qsizetype i = layout.start; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < body.size() && body.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < body.size() && body.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord(line);
        } else if (c == QLatin1Char('"') && field.isEmpty() && !afterQuote) {
            quoted = true;
        } else if (afterQuote || c == QLatin1Char('"')) {
            table.error = Text::tr("a quote in the middle of a field; quote the whole field and double the quote");
            table.errorLine = line;
            return table;
        } else {
            field += c;
        }
    }
    if (quoted) {
        table.error = Text::tr("a quoted field is never closed");
        table.errorLine = current.line;
        return table;
    }
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord(line + 1);
    if (rows.isEmpty())
        return table;
    const Record header = rows.takeFirst();
    table.header = header.fields;
    table.headerLine = header.line;
    for (QString &name : table.header)
        name = name.trimmed();
    table.records = rows;
    return table;
}

CsvTable CsvTable::parseBytes(const QByteArray &bytes)
{
    const QStringConverter::Encoding encoding = encodingOf(bytes);
    // Stateless: a file cut in the middle of a character is an error, not
    // silently shortened.
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    CsvTable table;
    if (decoder.hasError()) {
        locateDecodingError(bytes, encoding, table);
    } else {
        if (encoding != QStringConverter::Utf8)
            locateLoneSurrogate(text, encoding, table);
        if (table.error.isEmpty())
            table = parse(text);
    }
    table.encoding = encoding;
    return table;
}

QString CsvTable::format(const QStringList &header, const QList<QStringList> &rows, QChar separator)
{
    auto line = [separator](const QStringList &fields) -> QString {
        QStringList quoted;
        for (const QString &field : fields) {
            const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(separator)
                || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
                || field.contains(QLatin1Char('\r'));
            QString text = field;
            if (needsQuotes)
                text = QLatin1Char('"') + text.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
            quoted.append(text);
        }
        return quoted.join(separator) + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

} // namespace sams
