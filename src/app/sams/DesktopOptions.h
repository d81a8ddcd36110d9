#pragma once

#include <QDate>
#include <QSize>
#include <QString>

class QCoreApplication;

namespace sams {

// The desktop program's command line: sams [--db URL] [--screenshot FILE.png]
// [--store CODE] [--date DATE] [--view week|day|month] [--size WIDTHxHEIGHT]
struct DesktopOptions {
    QString database;
    QString screenshotFile;
    QString storeCode;
    QDate date;
    QString view = QStringLiteral("week");
    QSize size; // the window's size in pixels; invalid: the default
    QString error; // set when the command line is wrong

    static DesktopOptions parse(const QCoreApplication &app);
};

} // namespace sams
