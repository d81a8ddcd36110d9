#include "support/SamsctlProcess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

namespace sams::test {

QProcessEnvironment samsctlEnvironment(const QString &databaseUrl, const QDateTime &now)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAMS_FAKE_NOW"), now.toString(Qt::ISODate));
    env.insert(QStringLiteral("SAMS_DB"), databaseUrl);
    env.remove(QStringLiteral("SAMS_SMS_TOKEN"));
    env.remove(QStringLiteral("SAMS_SMTP_PASSWORD"));
    return env;
}

SamsctlRun runSamsctl(const QProcessEnvironment &environment, const QStringList &arguments, const QByteArray &input,
                      int seconds)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SAMSCTL_PATH), arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(seconds * 1000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("samsctl did not finish")};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace sams::test
