#pragma once

#include "calendarsync/OAuthHttp.h"

namespace sams {

// Google Calendar through its REST API v3 (docs/calendar-sync.md, "Google
// Calendar"): a secondary calendar "SAMS" of SAMS's own; events under the
// client-chosen id (the row's identity, base32hex), the identity also in a
// private extended property, sendUpdates=none, private visibility, times as
// wall time with the store's IANA zone. A create answered 409 is looked up
// (an event deleted earlier keeps its id: Gone, a new generation); change by
// PATCH with If-Match; 404 or 410 on delete means done.
class GoogleClient : public CalendarClient
{
public:
    GoogleClient(OAuthHttp http, QString calendarId);

    RemoteResult ensureCalendar(const QString &installation) override;
    RemoteResult create(const EventContent &event) override;
    RemoteResult update(const QString &remoteId, const QString &etag, const EventContent &event) override;
    RemoteResult remove(const QString &remoteId, const QString &etag) override;
    RemoteResult lookup(const EventContent &event) override;
    RemoteResult removeCalendar() override;
    RemoteResult checkCalendar() override;

    // The event resource SAMS sends (exposed for tests).
    static QJsonObject resource(const EventContent &event);

private:
    QString eventsPath() const;

    OAuthHttp m_http;
    QString m_calendar;
};

} // namespace sams
