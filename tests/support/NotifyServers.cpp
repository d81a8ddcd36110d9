#include "support/NotifyServers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtDebug>

namespace sams::test {

NotifyServers::NotifyServers()
    : smtp(qEnvironmentVariable("SAMS_TEST_SMTP"))
    , smtpDir(qEnvironmentVariable("SAMS_TEST_SMTP_DIR"))
    , smsUrl(qEnvironmentVariable("SAMS_TEST_SMS_URL"))
    , smsDir(qEnvironmentVariable("SAMS_TEST_SMS_DIR"))
    , smsAccount(qEnvironmentVariable("SAMS_TEST_SMS_ACCOUNT"))
    , smsToken(qEnvironmentVariable("SAMS_TEST_SMS_TOKEN"))
{ }

bool NotifyServers::reset() const
{
    for (const char *sub : {"/Maildir/new", "/Maildir/cur"}) {
        QDir dir(smtpDir + QLatin1String(sub));
        for (const QString &name : dir.entryList(QDir::Files))
            dir.remove(name);
    }
    QFile::remove(smsDir + QStringLiteral("/messages.jsonl"));
    return setSmtpMode(QStringLiteral("accept")) && setSmsMode(QStringLiteral("accept"));
}

bool NotifyServers::writeMode(const QString &dir, const QString &mode)
{
    QFile file(dir + QStringLiteral("/mode"));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(mode.toUtf8()) == mode.toUtf8().size();
}

int NotifyServers::mailCount() const
{
    return int(QDir(smtpDir + QStringLiteral("/Maildir/new")).entryList(QDir::Files).size());
}

QJsonArray NotifyServers::mails() const
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(SAMS_TEST_SERVERS "/read_mail.py"), smtpDir + QStringLiteral("/Maildir")});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

QStringList NotifyServers::texts() const
{
    QFile file(smsDir + QStringLiteral("/messages.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList bodies;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            bodies.append(QJsonDocument::fromJson(line).object().value(QStringLiteral("body")).toString());
    }
    return bodies;
}

} // namespace sams::test
