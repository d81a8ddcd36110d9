#include "DesktopOptions.h"

#include "core/InputLimits.h"
#include "core/TextRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sams {

DesktopOptions DesktopOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Store Appointment Management System"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("main", "Database URL: sqlite:PATH or postgresql://..."),
                                QStringLiteral("url"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Render the window to a PNG and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption store(QStringLiteral("store"), QCoreApplication::translate("main", "Store code to show."),
                                   QStringLiteral("code"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QCoreApplication::translate("main", "Day to show (YYYY-MM-DD)."),
                                  QStringLiteral("date"));
    const QCommandLineOption view(QStringLiteral("view"), QCoreApplication::translate("main", "week, day or month."),
                                  QStringLiteral("view"), QStringLiteral("week"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Window size in pixels, e.g. 1366x768."),
                                  QStringLiteral("size"));
    parser.addOptions({db, screenshot, store, date, view, size});
    parser.process(app);

    DesktopOptions options;
    options.database = parser.value(db);
    options.screenshotFile = parser.value(screenshot);
    options.storeCode = parser.value(store);
    options.view = parser.value(view);
    if (parser.isSet(date)) {
        // The same strict YYYY-MM-DD and date range as everywhere else (docs/input.md).
        options.date = sams::parseIsoDate(parser.value(date)).value_or(QDate());
        if (!options.date.isValid() || !sams::limits::checkDate(options.date, {}))
            options.error
                = QCoreApplication::translate("main", "\"%1\" is not a date; use YYYY-MM-DD.").arg(parser.value(date));
    }
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        bool wideOk = false;
        bool highOk = false;
        const int w = parts.size() == 2 ? parts.at(0).toInt(&wideOk) : 0;
        const int h = parts.size() == 2 ? parts.at(1).toInt(&highOk) : 0;
        // Smaller than 640x480 nothing is readable; larger than 8K is a typo.
        if (wideOk && highOk && w >= 640 && h >= 480 && w <= 7680 && h <= 4320)
            options.size = QSize(w, h);
        else
            options.error = QCoreApplication::translate("main",
                                                        "--size is WIDTHxHEIGHT in pixels, from 640x480 to "
                                                        "7680x4320, not \"%1\".")
                                .arg(parser.value(size));
    }
    if (options.view != QLatin1String("week") && options.view != QLatin1String("day")
        && options.view != QLatin1String("month"))
        options.error
            = QCoreApplication::translate("main", "--view is week, day or month, not \"%1\".").arg(options.view);
    return options;
}

} // namespace sams
