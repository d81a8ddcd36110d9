#include "cli/Samsctl.h"
#include "core/Clock.h"
#include "notify/SmtpMailer.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sams::initCurl(); // before any thread may send (docs/notifications.md)
    QCoreApplication::setOrganizationName(QStringLiteral("SAMS"));
    QCoreApplication::setApplicationName(QStringLiteral("samsctl"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    // Test seam: scripts and tests can fix "now" (UTC, ISO 8601) to get repeatable answers.
    if (const QString now = qEnvironmentVariable("SAMS_FAKE_NOW"); !now.isEmpty()) {
        QDateTime instant = QDateTime::fromString(now, Qt::ISODate);
        if (instant.timeSpec() == Qt::LocalTime)
            instant.setTimeSpec(Qt::UTC); // documented as UTC: the machine's zone has no say
        if (!instant.isValid()) {
            err << "samsctl: "
                << QCoreApplication::translate("main", "SAMS_FAKE_NOW \"%1\" is not an ISO 8601 instant.").arg(now)
                << Qt::endl;
            return 2;
        }
        sams::Clock::setFixed(instant);
    }
    return sams::cli::runSamsctl(QCoreApplication::arguments(), out, err);
}
