#pragma once

#include "core/DateException.h"
#include "core/HoursVersion.h"
#include "core/Lock.h"
#include "core/ZipCode.h"

namespace sams {

// One problem in a store spreadsheet, as `file:line: column: message`.
struct ImportProblem {
    QString file;
    int line = 0;
    QString column;
    QString message;
    // One line, control characters shown as U+XXXX.
    QString toString() const;
};

// The store spreadsheet of docs/rules.md, read and checked but not yet written.
// Rows refer to stores by code and chairs by name; storage resolves them to ids.
struct Spreadsheet {
    struct ChairRow {
        QString storeCode;
        Chair chair;
    };
    struct HoursRow {
        QString storeCode;
        QString chairName; // empty: the whole store
        HoursVersion version;
    };
    struct ExceptionRow {
        QString storeCode;
        QString chairName;
        DateException exception;
    };
    struct ZipRow {
        QString storeCode;
        ZipCode zip;
    };
    struct LockRow {
        QString storeCode;
        QString chairName; // empty: every chair
        Lock lock;
    };

    QList<Store> stores;
    QList<ChairRow> chairs;
    QList<HoursRow> hours;
    QList<ExceptionRow> exceptions;
    QList<ZipRow> zipCodes;
    QList<LockRow> locks;
};

struct SpreadsheetReadResult {
    Spreadsheet sheet;
    QList<ImportProblem> problems; // empty: the sheet may be imported
};

// Reads every file of a spreadsheet folder, checking every cell; all problems are
// collected, not just the first.
SpreadsheetReadResult readSpreadsheet(const QString &folder);

// Weekday sets as hours.csv writes them: mon..sun, ranges (mon-fri), lists
// (sat,sun), daily. Returns weekdays 1 (Monday) to 7, or nothing when malformed.
std::optional<QList<int>> parseDays(const QString &text);

} // namespace sams
