#include "core/CsvTable.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::CsvTable)
};
} // namespace

CsvTable CsvTable::parse(const QString &text)
{
    CsvTable table;
    QList<Record> rows;
    Record current{1, {}};
    QString field;
    bool quoted = false; // inside a quoted field
    bool afterQuote = false; // a quoted field just closed
    int line = 1;
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        // A blank line is not a record.
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            rows.append(current);
        current = {nextLine, {}};
    };

    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1); // spreadsheet programs write a BOM
    for (qsizetype i = 0; i < body.size(); ++i) {
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
        if (c == QLatin1Char(',')) {
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
    table.header = rows.takeFirst().fields;
    for (QString &name : table.header)
        name = name.trimmed();
    table.records = rows;
    return table;
}

CsvTable CsvTable::parseUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return parse(text);
    // Decode line by line to find where the first bad byte is (a rare path).
    CsvTable table;
    int line = 1;
    for (const QByteArray &part : bytes.split('\n')) {
        QStringDecoder lineDecoder(QStringDecoder::Utf8);
        const QString decoded = lineDecoder.decode(part); // decodes only when converted
        Q_UNUSED(decoded)
        if (lineDecoder.hasError())
            break;
        ++line;
    }
    table.error = Text::tr("is not UTF-8 text; save the file as \"CSV UTF-8\"");
    table.errorLine = line;
    return table;
}

QString CsvTable::format(const QStringList &header, const QList<QStringList> &rows)
{
    auto line = [](const QStringList &fields) -> QString {
        QStringList quoted;
        for (const QString &field : fields) {
            const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
            QString text = field;
            if (needsQuotes)
                text = QLatin1Char('"') + text.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
            quoted.append(text);
        }
        return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

} // namespace sams
