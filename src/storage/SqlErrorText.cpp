#include "storage/SqlErrorText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sams::sql {

QString databaseReason(const QSqlError &error)
{
    // QPSQL appends "(SQLSTATE)" to libpq's message; libpq starts it with the
    // severity and adds labelled lines after the primary message.
    static const QRegularExpression sqlState(QStringLiteral("\\(\\w{5}\\)\\s*$"));
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC|WARNING):\\s*"));
    static const QRegularExpression labelled(
        QStringLiteral("^(DETAIL|HINT|CONTEXT|QUERY|STATEMENT|LINE \\d+|WHERE|LOCATION):"));
    QString text = error.databaseText();
    text.remove(sqlState);
    QStringList kept;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || labelled.match(line).hasMatch() || line.startsWith(QLatin1Char('^')))
            continue;
        kept.append(QString(line).remove(severity));
    }
    if (!kept.isEmpty())
        return kept.join(QStringLiteral("; "));
    // Nothing from the database: Qt's own words, without the driver's name.
    static const QRegularExpression driverName(QStringLiteral("^Q[A-Z]+:\\s*"));
    QString driver = error.driverText().trimmed().remove(driverName);
    if (!driver.isEmpty())
        return driver;
    // Neither said anything: seen when the connection dropped mid-statement.
    return QCoreApplication::translate("sams::sql", "no answer from the database (was the connection lost?)");
}

} // namespace sams::sql
