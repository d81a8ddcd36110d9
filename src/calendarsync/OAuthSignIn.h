#pragma once

#include "calendarsync/SyncWorker.h"

#include <QObject>
#include <QUrl>

class QOAuth2AuthorizationCodeFlow;

namespace sams {

// Signing in to Google or Microsoft (docs/calendar-sync.md, "Sign-in"): the
// OAuth 2 authorization-code flow in the system browser, answered on a loopback
// redirect (127.0.0.1, a free port), with PKCE (S256; Qt 6.4's
// QOAuth2AuthorizationCodeFlow has none of its own, so the challenge and the
// verifier are added to its requests). Asynchronous on the calling thread's
// event loop (the window's, samsctl's): nothing blocks while the user signs in.
class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    // `accountUrl` empty: the real service; otherwise a fake's address (tests).
    // `clientSecret` empty: SAMS_GOOGLE_CLIENT_SECRET (Google only).
    OAuthSignIn(CalendarProvider provider, const QString &accountUrl, const QString &clientId,
                const QString &clientSecret = {}, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // Starts listening on loopback and asks for the browser (openBrowser()).
    void start();

Q_SIGNALS:
    void openBrowser(const QUrl &url); // the program opens it (QDesktopServices) or prints it
    void finished(const sams::CalendarCredentials &tokens);
    void failed(const QString &error);

private:
    QOAuth2AuthorizationCodeFlow *m_flow;
    QString m_clientId;
    QString m_clientSecret;
    QByteArray m_verifier;
    bool m_done = false;
};

// RFC 7636: base64url of the verifier's SHA-256, without padding.
QByteArray pkceChallenge(const QByteArray &verifier);

} // namespace sams
