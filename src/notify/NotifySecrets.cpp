#include "notify/NotifySecrets.h"

#include "net/Keychain.h"
#include "notify/SmsGateway.h"
#include "notify/SmtpMailer.h"

#include <QCoreApplication>

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

} // namespace

Status storeNotifySecret(NotifySecret which, const QString &installation, const QString &value)
{
    return storeSecret(service, keyOf(which, installation), value);
}

Result<QString> readNotifySecret(NotifySecret which, const QString &installation)
{
    if (qEnvironmentVariableIsSet(environmentOf(which)))
        return qEnvironmentVariable(environmentOf(which));
    return readSecret(service, keyOf(which, installation));
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
