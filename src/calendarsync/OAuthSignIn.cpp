#include "calendarsync/OAuthSignIn.h"

#include "calendarsync/ConnectAccount.h"
#include "calendarsync/OAuthHttp.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QTimer>

namespace sams {

QByteArray pkceChallenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

OAuthSignIn::OAuthSignIn(CalendarProvider provider, const QString &accountUrl, const QString &clientId,
                         const QString &clientSecret, QObject *parent)
    : QObject(parent)
    , m_flow(new QOAuth2AuthorizationCodeFlow(this))
    , m_clientId(clientId)
    , m_clientSecret(clientSecret.isEmpty() ? oauthClientSecret(provider) : clientSecret)
{
    // 64 unreserved characters (RFC 7636 asks 43 to 128).
    QByteArray random(48, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::system()->bounded(256));
    m_verifier = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);

    const OAuthEndpoints endpoints = oauthEndpoints(provider, accountUrl);
    m_flow->setAuthorizationUrl(QUrl(endpoints.authorize));
    m_flow->setAccessTokenUrl(QUrl(endpoints.token));
    m_flow->setClientIdentifier(clientId);
    // Google's desktop clients have a secret, sent with the code (not a secret
    // in practice: it ships with every copy; PKCE is what protects the code).
    if (!m_clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_clientSecret);
    // The state from the system's generator (Qt 6.4's own is clock-seeded).
    QByteArray state(32, Qt::Uninitialized);
    for (char &c : state)
        c = char(QRandomGenerator::system()->bounded(256));
    m_flow->setState(
        QString::fromLatin1(state.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    m_flow->setScope(endpoints.scope);
    const bool google = provider == CalendarProvider::Google;
    m_flow->setModifyParametersFunction(
        [this, google](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->replace(QStringLiteral("code_challenge"), pkceChallenge(m_verifier));
                parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
                if (google) {
                    // A refresh token, and asked for again on each sign-in.
                    parameters->replace(QStringLiteral("access_type"), QStringLiteral("offline"));
                    parameters->replace(QStringLiteral("prompt"), QStringLiteral("consent"));
                }
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->replace(QStringLiteral("code_verifier"), m_verifier);
                // Qt sends the code percent-encoded; the servers want it as given.
                const QString code = parameters->value(QStringLiteral("code")).toString();
                parameters->replace(QStringLiteral("code"), QUrl::fromPercentEncoding(code.toUtf8()));
            }
        });
    connect(m_flow, &QOAuth2AuthorizationCodeFlow::authorizeWithBrowser, this, &OAuthSignIn::openBrowser);
    connect(m_flow, &QOAuth2AuthorizationCodeFlow::granted, this, [this] {
        if (std::exchange(m_done, true))
            return;
        if (m_flow->refreshToken().isEmpty()) {
            // Without one the account would need a sign-in again within the hour.
            Q_EMIT failed(tr("The service gave no refresh token: allow SAMS to stay signed in, then try again."));
            return;
        }
        CalendarCredentials tokens;
        tokens.accessToken = m_flow->token();
        tokens.refreshToken = m_flow->refreshToken();
        tokens.clientId = m_clientId;
        tokens.clientSecret = m_clientSecret;
        Q_EMIT finished(tokens);
    });
    connect(m_flow, &QOAuth2AuthorizationCodeFlow::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                if (std::exchange(m_done, true))
                    return;
                Q_EMIT failed(description.isEmpty() ? error : tr("%1: %2").arg(error, description));
            });
    // Qt 6.4 only logs a refused token exchange: the answer is watched here.
    const QUrl tokenUrl(endpoints.token);
    auto *network = new QNetworkAccessManager(this);
    m_flow->setNetworkAccessManager(network);
    connect(network, &QNetworkAccessManager::finished, this, [this, tokenUrl](QNetworkReply *reply) {
        if (reply->url() != tokenUrl || reply->error() == QNetworkReply::NoError || std::exchange(m_done, true))
            return;
        Q_EMIT failed(tr("The sign-in server refused the exchange (HTTP %1): %2")
                          .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
                          .arg(reply->errorString()));
    });
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error error) {
        if (std::exchange(m_done, true))
            return;
        Q_EMIT failed(tr("The sign-in failed (%1).").arg(int(error)));
    });
}

OAuthSignIn::~OAuthSignIn() = default;

void OAuthSignIn::start()
{
    auto *handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!handler->isListening()) {
        Q_EMIT failed(tr("No port on this computer to receive the sign-in's answer."));
        return;
    }
    m_flow->setReplyHandler(handler);
    // A sign-in abandoned in the browser ends, so that nothing waits for ever.
    QTimer::singleShot(5 * 60 * 1000, this, [this] {
        if (!std::exchange(m_done, true))
            Q_EMIT failed(tr("No sign-in came back within five minutes."));
    });
    m_flow->grant();
}

} // namespace sams
