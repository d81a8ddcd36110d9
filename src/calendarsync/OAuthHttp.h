#pragma once

#include "calendarsync/CalendarClient.h"
#include "calendarsync/SyncWorker.h"
#include "net/HttpClient.h"

#include <QJsonObject>

#include <functional>

namespace sams {

// Where an OAuth provider's endpoints are (docs/calendar-sync.md, "Google
// Calendar and Outlook"): the real services', or a local fake's when the
// account's address names one on this computer (tests). Any other address is
// ignored: tokens never go where a database row points.
struct OAuthEndpoints {
    QString api; // "https://www.googleapis.com", "https://graph.microsoft.com"
    QString authorize;
    QString token;
    QString scope;
};
OAuthEndpoints oauthEndpoints(CalendarProvider provider, const QString &accountUrl);

// HTTP with an OAuth 2 bearer token that refreshes itself: a 401 refreshes the
// access token once (a refresh that answers no new refresh token keeps the
// old one) and sends the request again; `invalid_grant` means the user must sign
// in again. New tokens go to `saveTokens` (the keychain). One thread.
class OAuthHttp
{
public:
    OAuthHttp(OAuthEndpoints endpoints, CalendarCredentials credentials, AbortFlag abort,
              std::function<void(const CalendarCredentials &)> saveTokens);

    struct Answer {
        HttpResponse response;
        // The refresh failed: SignIn (invalid_grant), Refused (the client is
        // refused: the setup's fault) or Transient (no answer, 429, 5xx).
        std::optional<RemoteResult> refreshFailed;
    };
    // `path` is below the API's address; `body` JSON (empty: none).
    Answer send(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {});

    const OAuthEndpoints &endpoints() const { return m_endpoints; }

private:
    std::optional<RemoteResult> refresh(); // nullopt: refreshed

    OAuthEndpoints m_endpoints;
    CalendarCredentials m_credentials;
    AbortFlag m_abort;
    std::function<void(const CalendarCredentials &)> m_saveTokens;
};

// The meaning of a JSON API's answer that is not a success (Google's and
// Graph's shapes: 429 and 5xx and quota 403s retried after Retry-After, 401 sign
// in, 404/410 gone, 409 exists, 412 stale, other 4xx refused; no answer after
// sending unknown). `now`: UTC seconds.
RemoteResult jsonFailure(const OAuthHttp::Answer &answer, qint64 now);

} // namespace sams
