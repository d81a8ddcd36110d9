#include "calendarsync/CalDavClient.h"

#include "net/HttpClient.h"
#include "net/Invitation.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUrl>
#include <QXmlStreamReader>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::CalDavClient)
};

const QByteArray davNs = "DAV:";
const QByteArray calDavNs = "urn:ietf:params:xml:ns:caldav";

QString withSlash(QString url)
{
    if (!url.endsWith(QLatin1Char('/')))
        url.append(QLatin1Char('/'));
    return url;
}

// The meaning of an answer that is not the one hoped for.
RemoteResult failure(const HttpResponse &r, qint64 now)
{
    RemoteResult out;
    if (r.status == 0) {
        out.kind = r.requestSent ? RemoteResult::Kind::Unknown : RemoteResult::Kind::Transient;
        out.serverDown = !r.requestSent;
        out.error = r.requestSent ? Text::tr("The calendar server did not answer: %1").arg(r.error)
                                  : Text::tr("The calendar server could not be reached: %1").arg(r.error);
        return out;
    }
    const QString said = QString::fromUtf8(r.body.left(200)).simplified();
    out.error = Text::tr("The calendar server answered %1: %2").arg(r.status).arg(said);
    if (r.status == 401) {
        out.kind = RemoteResult::Kind::SignIn;
        out.error = Text::tr("The calendar server refused the login (401). Sign in again.");
    } else if (r.status == 404 || r.status == 410) {
        out.kind = RemoteResult::Kind::Gone;
    } else if (r.status == 412) {
        out.kind = RemoteResult::Kind::Stale;
    } else if (r.status == 409) {
        out.kind = RemoteResult::Kind::Exists;
    } else if (r.status == 429 || r.status >= 500) {
        out.kind = RemoteResult::Kind::Transient;
        out.retryAfter = retryAfterSeconds(r, now);
    } else {
        out.kind = RemoteResult::Kind::Refused;
    }
    return out;
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// An app password travels only encrypted, or to this computer.
bool safeForPassword(const QString &url)
{
    const QUrl u(url);
    return u.scheme() == QLatin1String("https") || (u.scheme() == QLatin1String("http") && isLoopbackHost(u.host()));
}

RemoteResult insecure(const QString &url)
{
    return {RemoteResult::Kind::Refused,
            {},
            {},
            Text::tr("SAMS sends a calendar's password only over https (or to this computer), not to %1.").arg(url),
            0,
            false};
}
} // namespace

CalDavClient::CalDavClient(CalDavConfig config)
    : m_config(std::move(config))
{ }

QByteArray CalDavClient::calendarObject(const EventContent &e)
{
    InvitationEvent i;
    i.stored = true;
    i.uid = e.uid;
    i.sequence = e.sequence;
    i.startUtc = e.startUtc;
    i.endUtc = e.endUtc;
    i.allDay = e.allDay;
    i.zoneId = e.zoneId;
    i.stampUtc = QDateTime::currentDateTimeUtc();
    i.summary = e.summary;
    i.location = e.location;
    i.description = e.description;
    return buildInvitation(i);
}

HttpRequest CalDavClient::requestTo(const QByteArray &method, const QString &url) const
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.user = m_config.login;
    // Never in clear text to another computer (the calendar's URL came from a
    // discovery that refused that already; this holds for every request).
    request.password = safeForPassword(url) ? m_config.password : QString();
    request.timeoutSeconds = m_config.timeoutSeconds;
    request.abort = m_config.abort;
    return request;
}

QString CalDavClient::eventHref(const EventContent &event) const
{
    return withSlash(m_config.calendarUrl) + event.uid + QStringLiteral(".ics");
}

RemoteResult CalDavClient::findHref(const QString &start, const QByteArray &property, const QByteArray &ns)
{
    QString url = start;
    for (int hop = 0; hop < 4; ++hop) {
        HttpRequest request = requestTo("PROPFIND", url);
        request.headers = {{"Depth", "0"}, {"Content-Type", "application/xml; charset=utf-8"}};
        request.body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><d:propfind xmlns:d=\"DAV:\" xmlns:c=\"" + calDavNs
            + "\"><d:prop><" + (ns == davNs ? "d:" : "c:") + property + "/></d:prop></d:propfind>";
        const HttpResponse r = httpRequest(request);
        if (r.status >= 300 && r.status < 400 && !r.header("location").isEmpty()) {
            url = QUrl(url).resolved(QUrl(QString::fromUtf8(r.header("location")))).toString(QUrl::FullyEncoded);
            if (!safeForPassword(url))
                return insecure(url); // never a downgrade with the password
            continue; // discovery's redirects (/.well-known/caldav)
        }
        if (r.status != 207)
            return failure(r, nowSeconds());
        QXmlStreamReader xml(r.body);
        bool inside = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String(property)
                && xml.namespaceUri() == QLatin1String(ns))
                inside = true;
            else if (xml.isEndElement() && xml.name() == QLatin1String(property))
                inside = false;
            else if (inside && xml.isStartElement() && xml.name() == QLatin1String("href")) {
                const QString href = xml.readElementText().trimmed();
                return {RemoteResult::Kind::Done,
                        QUrl(url).resolved(QUrl(href)).toString(QUrl::FullyEncoded),
                        {},
                        {},
                        0,
                        false};
            }
        }
        return {RemoteResult::Kind::Gone,
                {},
                {},
                Text::tr("The server at %1 does not tell its %2.").arg(url, QString::fromLatin1(property)),
                0,
                false};
    }
    return {RemoteResult::Kind::Refused, {}, {}, Text::tr("Too many redirects from %1.").arg(start), 0, false};
}

RemoteResult CalDavClient::ensureCalendar(const QString &installation)
{
    if (!safeForPassword(m_config.accountUrl))
        return insecure(m_config.accountUrl);
    RemoteResult principal = findHref(m_config.accountUrl, "current-user-principal", davNs);
    if (principal.kind == RemoteResult::Kind::Gone || principal.kind == RemoteResult::Kind::Refused) {
        const RemoteResult wellKnown = findHref(QUrl(m_config.accountUrl)
                                                    .resolved(QUrl(QStringLiteral("/.well-known/caldav")))
                                                    .toString(QUrl::FullyEncoded),
                                                "current-user-principal", davNs);
        if (wellKnown.kind == RemoteResult::Kind::Done)
            principal = wellKnown;
    }
    if (principal.kind != RemoteResult::Kind::Done)
        return principal;
    RemoteResult home = findHref(principal.remoteId, "calendar-home-set", calDavNs);
    if (home.kind != RemoteResult::Kind::Done)
        return home;
    // One collection per connected account, even two on one login: each
    // account's events, and its removal, stay its own.
    const QString calendar = withSlash(home.remoteId)
        + QStringLiteral("sams-%1-%2/").arg(installation, QString::number(QRandomGenerator::global()->generate(), 16));
    HttpRequest request = requestTo("MKCALENDAR", calendar);
    request.headers = {{"Content-Type", "application/xml; charset=utf-8"}};
    request.body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><c:mkcalendar xmlns:d=\"DAV:\" xmlns:c=\"" + calDavNs
        + "\"><d:set><d:prop><d:displayname>SAMS</d:displayname><c:supported-calendar-component-set><c:comp "
          "name=\"VEVENT\"/></c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>";
    const HttpResponse r = httpRequest(request);
    bool made = r.status == 201 || r.status == 200;
    if (r.status == 405 || r.status == 409) {
        // Connecting again: the collection may be there already (405 or 409,
        // by server); it is if it answers as one.
        HttpRequest probe = requestTo("PROPFIND", calendar);
        probe.headers = {{"Depth", "0"}};
        made = httpRequest(probe).status == 207;
    }
    if (!made)
        return failure(r, nowSeconds());
    m_config.calendarUrl = calendar;
    return {RemoteResult::Kind::Done, calendar, {}, {}, 0, false};
}

RemoteResult CalDavClient::checkCalendar()
{
    HttpRequest probe = requestTo("PROPFIND", m_config.calendarUrl);
    probe.headers = {{"Depth", "0"}};
    const HttpResponse r = httpRequest(probe);
    if (r.status == 207)
        return {RemoteResult::Kind::Done, m_config.calendarUrl, {}, {}, 0, false};
    return failure(r, nowSeconds());
}

RemoteResult CalDavClient::put(const QString &href, const QByteArray &condition, const QByteArray &value,
                               const EventContent &event)
{
    HttpRequest request = requestTo("PUT", href);
    request.headers = {{"Content-Type", "text/calendar; charset=utf-8"}, {condition, value}};
    request.body = calendarObject(event);
    const HttpResponse r = httpRequest(request);
    if (!r.ok())
        return failure(r, nowSeconds());
    RemoteResult done{RemoteResult::Kind::Done, href, QString::fromUtf8(r.header("etag")), {}, 0, false};
    if (done.etag.isEmpty()) {
        // Some servers change the object on the way in and give no ETag: read it.
        const RemoteResult read = lookup(event);
        if (read.kind == RemoteResult::Kind::Done)
            done.etag = read.etag;
    }
    return done;
}

RemoteResult CalDavClient::create(const EventContent &event)
{
    RemoteResult r = put(eventHref(event), "If-None-Match", "*", event);
    if (r.kind == RemoteResult::Kind::Stale)
        r.kind = RemoteResult::Kind::Exists; // If-None-Match failed: the href holds an event already
    return r;
}

RemoteResult CalDavClient::update(const QString &remoteId, const QString &etag, const EventContent &event)
{
    if (etag.isEmpty())
        return put(remoteId, "If-Match", "*", event);
    return put(remoteId, "If-Match", etag.toUtf8(), event);
}

RemoteResult CalDavClient::remove(const QString &remoteId, const QString &etag)
{
    HttpRequest request = requestTo("DELETE", remoteId);
    if (!etag.isEmpty())
        request.headers = {{"If-Match", etag.toUtf8()}};
    const HttpResponse r = httpRequest(request);
    if (r.ok())
        return {RemoteResult::Kind::Done, remoteId, {}, {}, 0, false};
    return failure(r, nowSeconds());
}

RemoteResult CalDavClient::lookup(const EventContent &event)
{
    HttpRequest request = requestTo("GET", eventHref(event));
    const HttpResponse r = httpRequest(request);
    if (r.ok())
        return {RemoteResult::Kind::Done, request.url, QString::fromUtf8(r.header("etag")), {}, 0, false};
    return failure(r, nowSeconds());
}

RemoteResult CalDavClient::removeCalendar()
{
    if (m_config.calendarUrl.isEmpty())
        return {RemoteResult::Kind::Done, {}, {}, {}, 0, false};
    HttpRequest request = requestTo("DELETE", m_config.calendarUrl);
    const HttpResponse r = httpRequest(request);
    if (r.ok() || r.status == 404)
        return {RemoteResult::Kind::Done, m_config.calendarUrl, {}, {}, 0, false};
    return failure(r, nowSeconds());
}

} // namespace sams
