#include "notify/SmsGateway.h"

#include "notify/SmtpMailer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <curl/curl.h>

#include <memory>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::SmsGateway)
};

size_t collect(char *data, size_t size, size_t count, void *target)
{
    const size_t bytes = size * count;
    static_cast<QByteArray *>(target)->append(data, qsizetype(bytes));
    return bytes;
}

QByteArray formField(CURL *c, const char *name, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    char *escaped = curl_easy_escape(c, utf8.constData(), int(utf8.size()));
    QByteArray field = QByteArray(name) + '=' + escaped;
    curl_free(escaped);
    return field;
}

QString gatewayMessage(const QByteArray &answer)
{
    const QJsonObject o = QJsonDocument::fromJson(answer).object();
    const QString message = o.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? QString::fromUtf8(answer.left(200)) : message;
}
} // namespace

SmsGateway::SmsGateway(SmsGatewayConfig config)
    : m_config(std::move(config))
{ }

SendOutcome SmsGateway::send(const SmsMessage &m)
{
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return {SendOutcome::Kind::Transient, Text::tr("libcurl could not start."), {}};
    CURL *c = curl.get();
    QString base = m_config.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QByteArray url = (base
                            + QStringLiteral("/Accounts/%1/Messages.json")
                                  .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_config.account))))
                               .toUtf8();
    const QByteArray form
        = formField(c, "From", m.from) + '&' + formField(c, "To", m.to) + '&' + formField(c, "Body", m.text);
    const QByteArray user = m_config.account.toUtf8();
    const QByteArray token = m_config.token.toUtf8();
    QByteArray answer;
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(m_config.timeoutSeconds));
    watchAbort(c, m_config.abort);
    curl_easy_setopt(c, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
    curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
    curl_easy_setopt(c, CURLOPT_PASSWORD, token.constData());
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, form.constData());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, long(form.size()));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &answer);

    const CURLcode result = curl_easy_perform(c);
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    long sent = 0;
    curl_easy_getinfo(c, CURLINFO_REQUEST_SIZE, &sent);
    if (result != CURLE_OK) {
        const QString detail = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(result));
        // Nothing reached the gateway: safe to try again. Otherwise it may have sent it.
        if (sent == 0 || result == CURLE_COULDNT_CONNECT || result == CURLE_COULDNT_RESOLVE_HOST)
            return {SendOutcome::Kind::Transient,
                    Text::tr("The SMS gateway could not be reached: %1").arg(detail),
                    {},
                    true};
        return {SendOutcome::Kind::Unknown,
                Text::tr("The SMS gateway did not answer after the text was handed over: %1").arg(detail),
                {}};
    }
    // 429 and 503 say the text was not taken; another 5xx may come after it was.
    if (status == 429 || status == 503)
        return {SendOutcome::Kind::Transient,
                Text::tr("The SMS gateway answered %1: %2").arg(status).arg(gatewayMessage(answer)),
                {}};
    if (status >= 500)
        return {
            SendOutcome::Kind::Unknown,
            Text::tr("The SMS gateway failed (%1) after taking the text: %2").arg(status).arg(gatewayMessage(answer)),
            {}};
    // A refused account is the setup's fault: the message waits while someone fixes it.
    if (status == 401 || status == 403)
        return {SendOutcome::Kind::Transient,
                Text::tr("The SMS gateway refused the account (%1): %2").arg(status).arg(gatewayMessage(answer)),
                {},
                true};
    if (status >= 400)
        return {SendOutcome::Kind::Permanent,
                Text::tr("The SMS gateway refused it (%1): %2").arg(status).arg(gatewayMessage(answer)),
                {}};
    const QString sid = QJsonDocument::fromJson(answer).object().value(QStringLiteral("sid")).toString();
    if (status < 200 || status >= 300 || sid.isEmpty())
        return {SendOutcome::Kind::Unknown,
                Text::tr("The SMS gateway's answer (%1) does not say whether it sent the text: %2")
                    .arg(status)
                    .arg(QString::fromUtf8(answer.left(200))),
                {}};
    return {SendOutcome::Kind::Sent, {}, sid};
}

} // namespace sams
