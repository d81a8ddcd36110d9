#include "notify/NotifySecrets.h"

#include "notify/SmsGateway.h"
#include "notify/SmtpMailer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::NotifySecrets)
};

const QString service = QStringLiteral("SAMS notifications");

QString keyOf(NotifySecret which, const QString &installation)
{
    return (which == NotifySecret::SmtpPassword ? QStringLiteral("smtp-password@") : QStringLiteral("sms-token@"))
        + installation;
}

const char *environmentOf(NotifySecret which)
{
    return which == NotifySecret::SmtpPassword ? "SAMS_SMTP_PASSWORD" : "SAMS_SMS_TOKEN";
}

// Runs a keychain job to its end (QtKeychain answers through the event loop);
// false when it did not answer in time or the loop was ended from outside (the
// thread quitting): then its result means nothing.
bool finish(QKeychain::Job &job)
{
    QEventLoop loop;
    bool answered = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(20 * 1000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return answered;
}

Error noAnswer()
{
    return Error::failed(Text::tr("The keychain did not answer."));
}

struct Cached {
    QString value;
    QDeadlineTimer fresh;
};
QMutex cacheMutex;
QHash<QString, Cached> &cache()
{
    static QHash<QString, Cached> entries;
    return entries;
}
} // namespace

Status storeNotifySecret(NotifySecret which, const QString &installation, const QString &value)
{
    QKeychain::WritePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(keyOf(which, installation));
    job.setTextData(value);
    if (!finish(job))
        return std::unexpected(noAnswer());
    if (job.error() != QKeychain::NoError)
        return std::unexpected(
            Error::failed(Text::tr("The keychain did not store the secret: %1").arg(job.errorString())));
    const QMutexLocker lock(&cacheMutex);
    cache().remove(keyOf(which, installation));
    return {};
}

Result<QString> readNotifySecret(NotifySecret which, const QString &installation)
{
    if (qEnvironmentVariableIsSet(environmentOf(which)))
        return qEnvironmentVariable(environmentOf(which));
    const QString key = keyOf(which, installation);
    {
        const QMutexLocker lock(&cacheMutex);
        const auto found = cache().constFind(key);
        if (found != cache().constEnd() && !found->fresh.hasExpired())
            return found->value;
    }
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    if (!finish(job))
        return std::unexpected(noAnswer());
    QString value;
    if (job.error() == QKeychain::NoError)
        value = job.textData();
    else if (job.error() != QKeychain::EntryNotFound)
        return std::unexpected(
            Error::failed(Text::tr("The keychain did not give the secret: %1").arg(job.errorString())));
    const QMutexLocker lock(&cacheMutex);
    cache().insert(key, {value, QDeadlineTimer(qint64(10) * 60 * 1000)});
    return value;
}

TransportSet keychainTransports(const NotifySettings &settings, QString *problem, AbortFlag abort)
{
    TransportSet set;
    auto note = [problem](const Error &e) {
        if (problem)
            *problem = e.message;
    };
    if (!settings.smtpUrl.isEmpty()) {
        Result<QString> password = settings.smtpLogin.isEmpty()
            ? Result<QString>(QString())
            : readNotifySecret(NotifySecret::SmtpPassword, settings.installation);
        if (password)
            set.mail = std::make_unique<SmtpMailer>(
                SmtpConfig{settings.smtpUrl, settings.startTls, settings.smtpLogin, *password, 15, 60, abort});
        else
            note(password.error());
    }
    if (!settings.smsUrl.isEmpty()) {
        Result<QString> token = readNotifySecret(NotifySecret::SmsToken, settings.installation);
        if (token)
            set.sms = std::make_unique<SmsGateway>(
                SmsGatewayConfig{settings.smsUrl, settings.smsAccount, *token, 30, abort});
        else
            note(token.error());
    }
    return set;
}

} // namespace sams
