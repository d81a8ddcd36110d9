#pragma once

#include <QDate>
#include <QString>

class QCoreApplication;

namespace sams {

// The desktop program's command line: sams [--db URL] [--screenshot FILE.png]
// [--store CODE] [--date DATE] [--view week|day|month]
struct DesktopOptions {
    QString database;
    QString screenshotFile;
    QString storeCode;
    QDate date;
    QString view = QStringLiteral("week");
    QString error; // set when the command line is wrong

    static DesktopOptions parse(const QCoreApplication &app);
};

} // namespace sams
