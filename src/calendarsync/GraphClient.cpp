#include "calendarsync/GraphClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrl>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::GraphClient)
};

// SAMS's own property set (a fixed GUID): the row's identity on each event.
const QString keyProperty = QStringLiteral("String {6c1f3a52-58d4-4b8e-9d0a-5a3e7c2b9f41} Name SamsKey");

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

QJsonObject when(const EventContent &e, bool start)
{
    const QString zone = GraphClient::windowsZone(e.zoneId);
    if (e.allDay.isValid())
        return {{QStringLiteral("dateTime"),
                 QString((start ? e.allDay : e.allDay.addDays(1)).toString(Qt::ISODate) + QStringLiteral("T00:00:00"))},
                {QStringLiteral("timeZone"), zone}};
    const QDateTime utc = start ? e.startUtc : e.endUtc;
    const QDateTime local = zone == QLatin1String("UTC") ? utc : utc.toTimeZone(QTimeZone(e.zoneId));
    return {{QStringLiteral("dateTime"), local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
            {QStringLiteral("timeZone"), zone}};
}

RemoteResult parsed(const OAuthHttp::Answer &a)
{
    if (!a.response.ok())
        return jsonFailure(a, nowSeconds());
    const QJsonObject o = QJsonDocument::fromJson(a.response.body).object();
    if (o.value(QStringLiteral("id")).toString().isEmpty())
        return {RemoteResult::Kind::Unknown,
                {},
                {},
                Text::tr("Microsoft's answer is not an event: %1").arg(QString::fromUtf8(a.response.body.left(120))),
                0,
                false};
    return {RemoteResult::Kind::Done,
            o.value(QStringLiteral("id")).toString(),
            o.value(QStringLiteral("@odata.etag")).toString(),
            {},
            0,
            false};
}
} // namespace

GraphClient::GraphClient(OAuthHttp http, QString calendarId)
    : m_http(std::move(http))
    , m_calendar(std::move(calendarId))
{ }

QString GraphClient::windowsZone(const QByteArray &ianaId)
{
    const QByteArray id = QTimeZone::ianaIdToWindowsId(ianaId);
    return id.isEmpty() ? QStringLiteral("UTC") : QString::fromLatin1(id);
}

QJsonObject GraphClient::resource(const EventContent &e)
{
    return {{QStringLiteral("subject"), e.summary},
            {QStringLiteral("body"),
             QJsonObject{{QStringLiteral("contentType"), QStringLiteral("text")},
                         {QStringLiteral("content"), e.description}}},
            {QStringLiteral("location"), QJsonObject{{QStringLiteral("displayName"), e.location}}},
            {QStringLiteral("start"), when(e, true)},
            {QStringLiteral("end"), when(e, false)},
            {QStringLiteral("isAllDay"), e.allDay.isValid()},
            {QStringLiteral("sensitivity"), QStringLiteral("private")},
            {QStringLiteral("isReminderOn"), false},
            {QStringLiteral("showAs"), QStringLiteral("busy")}};
}

RemoteResult GraphClient::ensureCalendar(const QString &installation)
{
    Q_UNUSED(installation);
    // A name of its own: Graph refuses a second calendar of the same name (409).
    const QString name = QStringLiteral("SAMS %1").arg(QRandomGenerator::global()->bounded(1000, 10000));
    RemoteResult r
        = parsed(m_http.send("POST", QStringLiteral("/v1.0/me/calendars"), {{QStringLiteral("name"), name}}));
    if (r.kind == RemoteResult::Kind::Done)
        m_calendar = r.remoteId;
    return r;
}

RemoteResult GraphClient::create(const EventContent &event)
{
    QJsonObject body = resource(event);
    body.insert(QStringLiteral("transactionId"), event.uid);
    body.insert(QStringLiteral("singleValueExtendedProperties"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), keyProperty}, {QStringLiteral("value"), event.uid}}});
    return parsed(m_http.send("POST", QStringLiteral("/v1.0/me/calendars/%1/events").arg(encoded(m_calendar)), body));
}

RemoteResult GraphClient::update(const QString &remoteId, const QString &etag, const EventContent &event)
{
    // No If-Match: Graph reports a changed item as a 409 conflict, and SAMS's
    // booking wins over an edit in Outlook anyway (docs/calendar-sync.md).
    Q_UNUSED(etag);
    return parsed(m_http.send("PATCH", QStringLiteral("/v1.0/me/events/%1").arg(encoded(remoteId)), resource(event)));
}

RemoteResult GraphClient::remove(const QString &remoteId, const QString &etag)
{
    Q_UNUSED(etag); // a delete goes whatever the user changed
    const OAuthHttp::Answer a = m_http.send("DELETE", QStringLiteral("/v1.0/me/events/%1").arg(encoded(remoteId)));
    if (a.response.ok())
        return {RemoteResult::Kind::Done, remoteId, {}, {}, 0, false};
    return jsonFailure(a, nowSeconds());
}

RemoteResult GraphClient::lookup(const EventContent &event)
{
    const QString filter = QStringLiteral("singleValueExtendedProperties/Any(ep: ep/id eq '%1' and ep/value eq '%2')")
                               .arg(keyProperty, event.uid);
    const OAuthHttp::Answer a = m_http.send(
        "GET", QStringLiteral("/v1.0/me/calendars/%1/events?$filter=%2").arg(encoded(m_calendar), encoded(filter)));
    if (!a.response.ok())
        return jsonFailure(a, nowSeconds());
    const QJsonArray found = QJsonDocument::fromJson(a.response.body).object().value(QStringLiteral("value")).toArray();
    if (found.isEmpty())
        return {RemoteResult::Kind::Gone, {}, {}, Text::tr("Not in the Outlook calendar."), 0, false};
    const QJsonObject o = found.first().toObject();
    return {RemoteResult::Kind::Done,
            o.value(QStringLiteral("id")).toString(),
            o.value(QStringLiteral("@odata.etag")).toString(),
            {},
            0,
            false};
}

RemoteResult GraphClient::removeCalendar()
{
    const OAuthHttp::Answer a = m_http.send("DELETE", QStringLiteral("/v1.0/me/calendars/%1").arg(encoded(m_calendar)));
    if (a.response.ok() || a.response.status == 404)
        return {RemoteResult::Kind::Done, m_calendar, {}, {}, 0, false};
    return jsonFailure(a, nowSeconds());
}

RemoteResult GraphClient::checkCalendar()
{
    return parsed(m_http.send("GET", QStringLiteral("/v1.0/me/calendars/%1").arg(encoded(m_calendar))));
}

} // namespace sams
