#pragma once

#include <QJsonArray>
#include <QString>

namespace sams::test {

// The real CalDAV server (Radicale, users alice and bob) and the Google and
// Graph fakes that tests/calendar-servers.sh starts for tests/run-all-tests.sh,
// found through the environment (SAMS_TEST_CALDAV_URL, ...).
class CalendarServers
{
public:
    CalendarServers(); // reads the environment

    bool running() const { return !caldavUrl.isEmpty() && !caldavDir.isEmpty(); }
    static constexpr const char *missingText
        = "SAMS_TEST_CALDAV_URL is unset: start the servers with tests/calendar-servers.sh";

    // The events Radicale holds in the collection at `calendarUrl` (its files),
    // each read by Python's icalendar (tests/servers/read_ics.py): uid, sequence,
    // status, tzid, start_local, start_utc, end_local, vtimezone, plus "file".
    QJsonArray events(const QString &calendarUrl) const;
    // The collection's folder in Radicale's storage.
    QString folderOf(const QString &calendarUrl) const;

    QString caldavUrl;
    QString caldavDir;
    QString user;
    QString password;
};

} // namespace sams::test
