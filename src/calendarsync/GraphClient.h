#pragma once

#include "calendarsync/OAuthHttp.h"

namespace sams {

// Microsoft Outlook / 365 through Microsoft Graph (docs/calendar-sync.md,
// "Outlook"): a calendar of SAMS's own; events created with the row's
// identity as transactionId (Graph makes no second event for a retried one)
// and as a single-value extended property, looked up by it before anything is
// created again after an unclear answer; times as wall time with the store's
// Windows zone id (QTimeZone); private sensitivity; PATCH and DELETE by id.
class GraphClient : public CalendarClient
{
public:
    GraphClient(OAuthHttp http, QString calendarId);

    RemoteResult ensureCalendar(const QString &installation) override;
    RemoteResult create(const EventContent &event) override;
    RemoteResult update(const QString &remoteId, const QString &etag, const EventContent &event) override;
    RemoteResult remove(const QString &remoteId, const QString &etag) override;
    RemoteResult lookup(const EventContent &event) override;
    RemoteResult removeCalendar() override;
    RemoteResult checkCalendar() override;

    // The event resource SAMS sends (exposed for tests).
    static QJsonObject resource(const EventContent &event);
    // The store's zone as Windows names it ("Central Standard Time"); UTC when
    // Windows has no name for it.
    static QString windowsZone(const QByteArray &ianaId);

private:
    OAuthHttp m_http;
    QString m_calendar;
};

} // namespace sams
