#include "cli/Samsctl.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SAMS"));
    QCoreApplication::setApplicationName(QStringLiteral("samsctl"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return sams::cli::runSamsctl(QCoreApplication::arguments(), out, err);
}
