#include "net/Invitation.h"

#include <QMutex>
#include <QTimeZone>

#include <libical/ical.h>

#include <cstdlib>

namespace sams {

namespace {
// libical's built-in zones are loaded lazily into shared tables.
QMutex libicalMutex;

icaltimetype utcTime(const QDateTime &instant)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(instant.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

// A wall-clock time with no zone attached: the TZID parameter names the zone, so
// libical writes the local digits as they are.
icaltimetype wallTime(const QDateTime &local)
{
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    return t;
}

icaltimetype dateOnly(const QDate &date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

icalproperty *timeProperty(bool start, const QDateTime &utc, icaltimezone *zone, const QByteArray &zoneId)
{
    if (!zone)
        return start ? icalproperty_new_dtstart(utcTime(utc)) : icalproperty_new_dtend(utcTime(utc));
    const QDateTime local = utc.toTimeZone(QTimeZone(zoneId));
    icalproperty *p = start ? icalproperty_new_dtstart(wallTime(local)) : icalproperty_new_dtend(wallTime(local));
    icalproperty_add_parameter(p, icalparameter_new_tzid(zoneId.constData()));
    return p;
}

// The store's VTIMEZONE, named by its IANA id and cut to the years around `at`.
icalcomponent *timezoneComponent(icaltimezone *zone, const QByteArray &zoneId, const QDateTime &at)
{
    icalcomponent *vtz = icalcomponent_new_clone(icaltimezone_get_component(zone));
    const int year = at.date().year();
    icaltimezone_truncate_vtimezone(vtz, utcTime(QDateTime(QDate(year - 1, 1, 1), QTime(0, 0), QTimeZone::utc())),
                                    utcTime(QDateTime(QDate(year + 2, 1, 1), QTime(0, 0), QTimeZone::utc())), 0);
    // libical names its built-in zones "/freeassociation.sourceforge.net/<IANA>";
    // calendars match TZIDs by the IANA name.
    if (icalproperty *tzid = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, zoneId.constData());
    return vtz;
}

icalproperty *person(bool organizer, const QString &address, const QString &name)
{
    const QByteArray uri = QByteArray("mailto:") + address.toUtf8();
    icalproperty *p
        = organizer ? icalproperty_new_organizer(uri.constData()) : icalproperty_new_attendee(uri.constData());
    if (!name.isEmpty())
        icalproperty_add_parameter(p, icalparameter_new_cn(name.toUtf8().constData()));
    if (!organizer) {
        icalproperty_add_parameter(p, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
        icalproperty_add_parameter(p, icalparameter_new_rsvp(ICAL_RSVP_FALSE));
    }
    return p;
}
} // namespace

QByteArray buildInvitation(const InvitationEvent &e)
{
    const QMutexLocker lock(&libicalMutex);
    const bool cancel = e.method == QLatin1String("CANCEL");
    icalcomponent *calendar = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    icalcomponent_add_property(calendar, icalproperty_new_prodid("-//SAMS//Store Appointment Management System//EN"));
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"));
    if (!e.stored)
        icalcomponent_add_property(calendar,
                                   icalproperty_new_method(cancel ? ICAL_METHOD_CANCEL : ICAL_METHOD_REQUEST));

    icaltimezone *zone
        = e.zoneId.isEmpty() || e.allDay.isValid() ? nullptr : icaltimezone_get_builtin_timezone(e.zoneId.constData());
    if (zone)
        icalcomponent_add_component(calendar, timezoneComponent(zone, e.zoneId, e.startUtc));

    icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(e.uid.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_sequence(e.sequence));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(e.stampUtc)));
    if (e.allDay.isValid()) {
        icalcomponent_add_property(event, icalproperty_new_dtstart(dateOnly(e.allDay)));
        icalcomponent_add_property(event, icalproperty_new_dtend(dateOnly(e.allDay.addDays(1))));
    } else {
        icalcomponent_add_property(event, timeProperty(true, e.startUtc, zone, e.zoneId));
        icalcomponent_add_property(event, timeProperty(false, e.endUtc, zone, e.zoneId));
    }
    icalcomponent_add_property(event, icalproperty_new_summary(e.summary.toUtf8().constData()));
    if (!e.location.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_location(e.location.toUtf8().constData()));
    if (!e.description.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_description(e.description.toUtf8().constData()));
    if (e.stored) {
        icalcomponent_add_property(event, icalproperty_new_class(ICAL_CLASS_PRIVATE));
    } else {
        icalcomponent_add_property(event, person(true, e.organizer, QString()));
        icalcomponent_add_property(event, person(false, e.attendee, e.attendeeName));
    }
    icalcomponent_add_property(event, icalproperty_new_status(cancel ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
    icalcomponent_add_component(calendar, event);

    char *text = icalcomponent_as_ical_string_r(calendar);
    QByteArray out(text);
    std::free(text);
    icalcomponent_free(calendar);
    return out;
}

} // namespace sams
