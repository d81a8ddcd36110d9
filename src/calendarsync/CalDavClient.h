#pragma once

#include "calendarsync/CalendarClient.h"
#include "net/HttpClient.h"

namespace sams {

struct CalDavConfig {
    QString accountUrl; // where discovery starts (a server, a principal or a home URL)
    QString calendarUrl; // the SAMS calendar's collection, once made; empty before connecting
    QString login;
    QString password; // an app password, from the keychain
    int timeoutSeconds = 30;
    AbortFlag abort = nullptr;
};

// CalDAV (RFC 4791) for iCloud, Nextcloud, Fastmail, Radicale and others
// (docs/calendar-sync.md, "CalDAV"): discovery by current-user-principal and
// calendar-home-set, a calendar of SAMS's own made by MKCALENDAR, events at
// <calendar>/<uid>.ics created with If-None-Match: * and changed or deleted with
// If-Match. A missing ETag after a PUT is read back with a GET.
class CalDavClient : public CalendarClient
{
public:
    explicit CalDavClient(CalDavConfig config);

    RemoteResult ensureCalendar(const QString &installation) override;
    RemoteResult create(const EventContent &event) override;
    RemoteResult update(const QString &remoteId, const QString &etag, const EventContent &event) override;
    RemoteResult remove(const QString &remoteId, const QString &etag) override;
    RemoteResult lookup(const EventContent &event) override;
    RemoteResult removeCalendar() override;
    RemoteResult checkCalendar() override;

    // The calendar's iCalendar text for an event (exposed for tests).
    static QByteArray calendarObject(const EventContent &event);

private:
    RemoteResult put(const QString &href, const QByteArray &condition, const QByteArray &value,
                     const EventContent &event);
    // Follows PROPFIND for one property (a DAV href) from `url`.
    RemoteResult findHref(const QString &url, const QByteArray &property, const QByteArray &ns);
    QString eventHref(const EventContent &event) const;
    HttpRequest requestTo(const QByteArray &method, const QString &url) const;

    CalDavConfig m_config;
};

} // namespace sams
