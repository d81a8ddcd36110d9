#include "calendarsync/OAuthHttp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::OAuthHttp)
};

QString trimmed(QString base)
{
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}
} // namespace

OAuthEndpoints oauthEndpoints(CalendarProvider provider, const QString &accountUrl)
{
    const QString base = isLoopbackHost(QUrl(accountUrl).host()) ? trimmed(accountUrl) : QString();
    if (provider == CalendarProvider::Google) {
        if (base.isEmpty())
            return {QStringLiteral("https://www.googleapis.com"),
                    QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"),
                    QStringLiteral("https://oauth2.googleapis.com/token"),
                    QStringLiteral("https://www.googleapis.com/auth/calendar")};
        return {base, base + QStringLiteral("/o/oauth2/v2/auth"), base + QStringLiteral("/token"),
                QStringLiteral("https://www.googleapis.com/auth/calendar")};
    }
    const QString login = base.isEmpty() ? QStringLiteral("https://login.microsoftonline.com") : base;
    return {base.isEmpty() ? QStringLiteral("https://graph.microsoft.com") : base,
            login + QStringLiteral("/common/oauth2/v2.0/authorize"),
            login + QStringLiteral("/common/oauth2/v2.0/token"), QStringLiteral("offline_access Calendars.ReadWrite")};
}

OAuthHttp::OAuthHttp(OAuthEndpoints endpoints, CalendarCredentials credentials, AbortFlag abort,
                     std::function<void(const CalendarCredentials &)> saveTokens)
    : m_endpoints(std::move(endpoints))
    , m_credentials(std::move(credentials))
    , m_abort(abort)
    , m_saveTokens(std::move(saveTokens))
{ }

std::optional<RemoteResult> OAuthHttp::refresh()
{
    HttpRequest r;
    r.method = "POST";
    r.url = m_endpoints.token;
    r.abort = m_abort;
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    // Each value fully percent-encoded ("+" too: a form reads it as a space).
    QByteArrayList form{"grant_type=refresh_token",
                        "refresh_token=" + QUrl::toPercentEncoding(m_credentials.refreshToken),
                        "client_id=" + QUrl::toPercentEncoding(m_credentials.clientId)};
    if (!m_credentials.clientSecret.isEmpty())
        form.append("client_secret=" + QUrl::toPercentEncoding(m_credentials.clientSecret));
    r.body = form.join('&');
    const HttpResponse answer = httpRequest(r);
    const QJsonObject o = QJsonDocument::fromJson(answer.body).object();
    if (answer.ok() && !o.value(QStringLiteral("access_token")).toString().isEmpty()) {
        m_credentials.accessToken = o.value(QStringLiteral("access_token")).toString();
        // Google answers no new refresh token: the one held stays good.
        if (const QString next = o.value(QStringLiteral("refresh_token")).toString(); !next.isEmpty())
            m_credentials.refreshToken = next;
        if (m_saveTokens)
            m_saveTokens(m_credentials);
        return std::nullopt;
    }
    const QString error = o.value(QStringLiteral("error")).toString();
    RemoteResult failure;
    failure.error = Text::tr("The sign-in server answered %1: %2")
                        .arg(answer.status)
                        .arg(answer.status ? QString::fromUtf8(answer.body.left(200)).simplified() : answer.error);
    if (error == QLatin1String("invalid_grant")) {
        failure.kind = RemoteResult::Kind::SignIn;
        failure.error = Text::tr("The calendar's sign-in expired or was revoked (invalid_grant). Sign in again.");
    } else if (answer.status == 0 || answer.status == 429 || answer.status >= 500) {
        failure.kind = RemoteResult::Kind::Transient; // a refresh may be asked again
        failure.serverDown = answer.status == 0;
        failure.retryAfter = retryAfterSeconds(answer, QDateTime::currentSecsSinceEpoch());
    } else {
        failure.kind = RemoteResult::Kind::Refused; // invalid_client and the like: the setup's
    }
    return failure;
}

OAuthHttp::Answer OAuthHttp::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    for (int round = 0; round < 2; ++round) {
        if (m_credentials.accessToken.isEmpty() && round == 0) {
            if (std::optional<RemoteResult> failed = refresh())
                return {{}, failed};
            continue;
        }
        HttpRequest r;
        r.method = method;
        r.url = m_endpoints.api + path;
        r.bearer = m_credentials.accessToken;
        r.abort = m_abort;
        r.headers = headers;
        if (!body.isEmpty()) {
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
            r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        HttpResponse response = httpRequest(r);
        if (response.status != 401 || round == 1)
            return {response, std::nullopt};
        // The access token ran out: one refresh, then the request again.
        if (std::optional<RemoteResult> failed = refresh())
            return {response, failed};
    }
    return {};
}

RemoteResult jsonFailure(const OAuthHttp::Answer &a, qint64 now)
{
    RemoteResult out;
    const HttpResponse &r = a.response;
    if (a.refreshFailed)
        return *a.refreshFailed;
    if (r.status == 0) {
        out.kind = r.requestSent ? RemoteResult::Kind::Unknown : RemoteResult::Kind::Transient;
        out.serverDown = !r.requestSent;
        out.error = r.requestSent ? Text::tr("The calendar service did not answer: %1").arg(r.error)
                                  : Text::tr("The calendar service could not be reached: %1").arg(r.error);
        return out;
    }
    const QJsonObject error = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString();
    out.error = Text::tr("The calendar service answered %1: %2")
                    .arg(r.status)
                    .arg(message.isEmpty() ? QString::fromUtf8(r.body.left(200)).simplified() : message);
    const QString reason
        = error.value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("reason")).toString();
    const QString code = error.value(QStringLiteral("code")).toString(); // Graph's
    const bool quota = reason == QLatin1String("rateLimitExceeded") || reason == QLatin1String("userRateLimitExceeded")
        || reason == QLatin1String("quotaExceeded") || reason == QLatin1String("dailyLimitExceeded");
    // The account's consent lacks the calendar (unticked on the consent page),
    // or the tenant refuses: the whole account needs a new sign-in.
    const bool consent = reason == QLatin1String("insufficientPermissions")
        || reason == QLatin1String("ACCESS_TOKEN_SCOPE_INSUFFICIENT") || code == QLatin1String("ErrorAccessDenied");
    if (r.status == 401 || (r.status == 403 && consent)) {
        out.kind = RemoteResult::Kind::SignIn;
    } else if (r.status == 404 || r.status == 410) {
        out.kind = RemoteResult::Kind::Gone;
    } else if (r.status == 409) {
        out.kind = RemoteResult::Kind::Exists;
    } else if (r.status == 412) {
        out.kind = RemoteResult::Kind::Stale;
    } else if (r.status == 429 || r.status >= 500 || (r.status == 403 && quota)) {
        out.kind = RemoteResult::Kind::Transient;
        out.retryAfter = retryAfterSeconds(r, now);
    } else {
        out.kind = RemoteResult::Kind::Refused;
    }
    return out;
}

} // namespace sams
