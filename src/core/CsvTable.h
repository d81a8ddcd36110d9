#pragma once

#include <QHash>
#include <QStringList>

namespace sams {

// One CSV file as RFC 4180 reads it: a header row, then records, each with the
// line it starts on. Written by hand: Qt has no CSV reader, and this is the
// 60-line state machine RFC 4180 describes (quoted fields, doubled quotes, line
// breaks inside quotes, CRLF or LF).
struct CsvTable {
    struct Record {
        int line = 0;
        QStringList fields;
    };
    QStringList header;
    QList<Record> records;
    QString error; // set when the file itself is malformed
    int errorLine = 0;

    static CsvTable parse(const QString &text);
    // The bytes of a file, which must be UTF-8 (what spreadsheet programs write as
    // "CSV UTF-8"); other bytes are an error on the line they are on, not
    // replacement characters imported silently.
    static CsvTable parseUtf8(const QByteArray &bytes);
    // RFC 4180 text for a header and rows: fields quoted only when they need it, LF line ends.
    static QString format(const QStringList &header, const QList<QStringList> &rows);
    int column(const QString &name) const { return int(header.indexOf(name)); }
};

} // namespace sams
