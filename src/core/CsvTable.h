#pragma once

#include <QHash>
#include <QStringConverter>
#include <QStringList>

namespace sams {

// One CSV file as RFC 4180 reads it: a header row, then records, each with the
// line it starts on. Written by hand: Qt has no CSV reader, and this is the
// 60-line state machine RFC 4180 describes (quoted fields, doubled quotes, line
// breaks inside quotes, CRLF, LF or CR). It also reads what spreadsheet programs
// save (docs/input.md, "Spreadsheets as office programs save them"): `;` or tab
// separators, rows of empty cells, and UTF-16 text.
struct CsvTable {
    struct Record {
        int line = 0;
        QStringList fields;
    };
    QStringList header;
    int headerLine = 1; // later than 1 when empty rows come first
    QList<Record> records;
    QChar separator = QLatin1Char(',');
    QStringConverter::Encoding encoding = QStringConverter::Utf8; // set by parseBytes
    QString error; // set when the file itself is malformed
    int errorLine = 0;

    // The separator is the first `,`, `;` or tab of the header line (column names
    // hold none of them), or what a first line `sep=;` names; a comma otherwise.
    // Blank lines and rows whose every cell is empty or white space are skipped.
    static CsvTable parse(const QString &text);
    // The bytes of a file: UTF-8 (what spreadsheet programs write as "CSV UTF-8",
    // with or without a byte order mark), or UTF-16/UTF-32 with a byte order mark
    // (Excel's "Unicode text"), or UTF-16 without one (the header's first letter
    // then has a zero byte beside it). Anything else, such as a Windows code page,
    // is an error on the first line it breaks, never replacement characters.
    static CsvTable parseBytes(const QByteArray &bytes);
    // RFC 4180 text for a header and rows: fields quoted only when they need it, LF line ends.
    static QString format(const QStringList &header, const QList<QStringList> &rows,
                          QChar separator = QLatin1Char(','));
    int column(const QString &name) const { return int(header.indexOf(name)); }
};

} // namespace sams
