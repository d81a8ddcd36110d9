#include "support/CalendarServers.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>
#include <QtDebug>

namespace sams::test {

CalendarServers::CalendarServers()
    : caldavUrl(qEnvironmentVariable("SAMS_TEST_CALDAV_URL"))
    , caldavDir(qEnvironmentVariable("SAMS_TEST_CALDAV_DIR"))
    , user(qEnvironmentVariable("SAMS_TEST_CALDAV_USER"))
    , password(qEnvironmentVariable("SAMS_TEST_CALDAV_PASSWORD"))
{ }

QString CalendarServers::folderOf(const QString &calendarUrl) const
{
    return caldavDir + QStringLiteral("/collection-root") + QUrl(calendarUrl).path();
}

QJsonArray CalendarServers::events(const QString &calendarUrl) const
{
    const QDir folder(folderOf(calendarUrl));
    const QStringList files = folder.entryList({QStringLiteral("*.ics")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return {};
    QStringList paths;
    for (const QString &f : files)
        paths.append(folder.filePath(f));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{QStringLiteral(SAMS_TEST_SERVERS "/read_ics.py")} + paths);
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    QJsonArray read = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    for (qsizetype i = 0; i < read.size(); ++i) {
        QJsonObject o = read[i].toObject();
        o.insert(QStringLiteral("file"), files.at(i));
        read[i] = o;
    }
    return read;
}

} // namespace sams::test
