#include "notify/NotifySecrets.h"

#include "notify/SmsGateway.h"
#include "notify/SmtpMailer.h"

#include <QCoreApplication>
#include <QEventLoop>

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

// Runs a keychain job to its end (QtKeychain answers through the event loop).
void finish(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}
} // namespace

Status storeNotifySecret(NotifySecret which, const QString &installation, const QString &value)
{
    QKeychain::WritePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(keyOf(which, installation));
    job.setTextData(value);
    finish(job);
    if (job.error() != QKeychain::NoError)
        return std::unexpected(
            Error::failed(Text::tr("The keychain did not store the secret: %1").arg(job.errorString())));
    return {};
}

Result<QString> readNotifySecret(NotifySecret which, const QString &installation)
{
    if (qEnvironmentVariableIsSet(environmentOf(which)))
        return qEnvironmentVariable(environmentOf(which));
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(keyOf(which, installation));
    finish(job);
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return std::unexpected(
            Error::failed(Text::tr("The keychain did not give the secret: %1").arg(job.errorString())));
    return job.textData();
}

TransportSet keychainTransports(const NotifySettings &settings, QString *problem)
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
                SmtpConfig{settings.smtpUrl, settings.startTls, settings.smtpLogin, *password, 15, 60});
        else
            note(password.error());
    }
    if (!settings.smsUrl.isEmpty()) {
        Result<QString> token = readNotifySecret(NotifySecret::SmsToken, settings.installation);
        if (token)
            set.sms = std::make_unique<SmsGateway>(SmsGatewayConfig{settings.smsUrl, settings.smsAccount, *token, 30});
        else
            note(token.error());
    }
    return set;
}

} // namespace sams
