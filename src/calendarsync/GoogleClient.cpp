#include "calendarsync/GoogleClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::GoogleClient)
};

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

// Start or end: the store's wall time and its IANA zone, or a date. PATCH
// merges objects, so the other form is cleared with a null.
QJsonObject when(const EventContent &e, bool start)
{
    if (e.allDay.isValid())
        return {{QStringLiteral("date"), (start ? e.allDay : e.allDay.addDays(1)).toString(Qt::ISODate)},
                {QStringLiteral("dateTime"), QJsonValue::Null},
                {QStringLiteral("timeZone"), QJsonValue::Null}};
    const QDateTime local = (start ? e.startUtc : e.endUtc).toTimeZone(QTimeZone(e.zoneId));
    return {{QStringLiteral("dateTime"), local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
            {QStringLiteral("timeZone"), QString::fromLatin1(e.zoneId)},
            {QStringLiteral("date"), QJsonValue::Null}};
}

RemoteResult done(const QJsonObject &o)
{
    return {RemoteResult::Kind::Done,
            o.value(QStringLiteral("id")).toString(),
            o.value(QStringLiteral("etag")).toString(),
            {},
            0,
            false};
}

// A 2xx whose body is not the resource (a proxy's page): nothing is known.
RemoteResult parsed(const OAuthHttp::Answer &a)
{
    const QJsonObject o = QJsonDocument::fromJson(a.response.body).object();
    if (!a.response.ok())
        return jsonFailure(a, nowSeconds());
    if (o.value(QStringLiteral("id")).toString().isEmpty())
        return {RemoteResult::Kind::Unknown,
                {},
                {},
                Text::tr("Google's answer is not an event: %1").arg(QString::fromUtf8(a.response.body.left(120))),
                0,
                false};
    return done(o);
}
} // namespace

GoogleClient::GoogleClient(OAuthHttp http, QString calendarId)
    : m_http(std::move(http))
    , m_calendar(std::move(calendarId))
{ }

QJsonObject GoogleClient::resource(const EventContent &e)
{
    return {{QStringLiteral("summary"), e.summary},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("location"), e.location},
            {QStringLiteral("start"), when(e, true)},
            {QStringLiteral("end"), when(e, false)},
            {QStringLiteral("visibility"), QStringLiteral("private")},
            {QStringLiteral("transparency"), QStringLiteral("opaque")},
            {QStringLiteral("extendedProperties"),
             QJsonObject{{QStringLiteral("private"), QJsonObject{{QStringLiteral("samsKey"), e.uid}}}}}};
}

QString GoogleClient::eventsPath() const
{
    return QStringLiteral("/calendar/v3/calendars/%1/events").arg(encoded(m_calendar));
}

RemoteResult GoogleClient::ensureCalendar(const QString &installation)
{
    Q_UNUSED(installation);
    const OAuthHttp::Answer a = m_http.send("POST", QStringLiteral("/calendar/v3/calendars"),
                                            {{QStringLiteral("summary"), QStringLiteral("SAMS")}});
    RemoteResult r = parsed(a);
    if (r.kind == RemoteResult::Kind::Done)
        m_calendar = r.remoteId;
    return r;
}

RemoteResult GoogleClient::create(const EventContent &event)
{
    QJsonObject body = resource(event);
    body.insert(QStringLiteral("id"), event.uid);
    // Clearing nulls mean nothing in a new event; Google refuses both forms at once.
    for (const QString &key : {QStringLiteral("start"), QStringLiteral("end")}) {
        QJsonObject t = body.value(key).toObject();
        for (const QString &field : t.keys()) {
            if (t.value(field).isNull())
                t.remove(field);
        }
        body.insert(key, t);
    }
    return parsed(m_http.send("POST", eventsPath() + QStringLiteral("?sendUpdates=none"), body));
}

RemoteResult GoogleClient::update(const QString &remoteId, const QString &etag, const EventContent &event)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!etag.isEmpty())
        headers.append(qMakePair(QByteArray("If-Match"), etag.toUtf8()));
    return parsed(m_http.send("PATCH",
                              eventsPath() + QLatin1Char('/') + encoded(remoteId) + QStringLiteral("?sendUpdates=none"),
                              resource(event), headers));
}

RemoteResult GoogleClient::remove(const QString &remoteId, const QString &etag)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!etag.isEmpty())
        headers.append(qMakePair(QByteArray("If-Match"), etag.toUtf8()));
    const OAuthHttp::Answer a = m_http.send(
        "DELETE", eventsPath() + QLatin1Char('/') + encoded(remoteId) + QStringLiteral("?sendUpdates=none"), {},
        headers);
    if (a.response.ok())
        return {RemoteResult::Kind::Done, remoteId, {}, {}, 0, false};
    return jsonFailure(a, nowSeconds());
}

RemoteResult GoogleClient::lookup(const EventContent &event)
{
    const OAuthHttp::Answer a = m_http.send("GET", eventsPath() + QLatin1Char('/') + encoded(event.uid));
    if (a.response.ok()) {
        const QJsonObject o = QJsonDocument::fromJson(a.response.body).object();
        // Deleted events stay readable (and their ids taken) as "cancelled".
        if (o.value(QStringLiteral("status")).toString() == QLatin1String("cancelled"))
            return {RemoteResult::Kind::Gone, {}, {}, Text::tr("Deleted in Google Calendar."), 0, false};
    }
    return parsed(a);
}

RemoteResult GoogleClient::removeCalendar()
{
    const OAuthHttp::Answer a
        = m_http.send("DELETE", QStringLiteral("/calendar/v3/calendars/%1").arg(encoded(m_calendar)));
    if (a.response.ok() || a.response.status == 404)
        return {RemoteResult::Kind::Done, m_calendar, {}, {}, 0, false};
    return jsonFailure(a, nowSeconds());
}

RemoteResult GoogleClient::checkCalendar()
{
    return parsed(m_http.send("GET", QStringLiteral("/calendar/v3/calendars/%1").arg(encoded(m_calendar))));
}

} // namespace sams
