// Invitations as calendars read them (docs/notifications.md, "Invitations"):
// built with libical, then read back by Python's icalendar (the reader the issue
// names) and by libical itself through the VTIMEZONE we wrote, in three zones on
// and around their DST days. Both must find the store's wall time and the right
// instant; the VTIMEZONE must be named by the IANA id and cut to a few years.
#include "net/Invitation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>

using namespace sams;

class TestInvitation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wallTimeInItsZone_data();
    void wallTimeInItsZone();
    void cancelHasStatusAndSequence();
    void unknownZoneFallsBackToUtc();
};

namespace {
QJsonObject parsedByPython(const QByteArray &ics)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("invite.ics"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(ics) != ics.size())
        return {};
    out.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(SAMS_TEST_SERVERS "/read_ics.py"), file});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array().first().toObject();
}

// DTSTART read by libical through the VTIMEZONE in the same calendar: UTC seconds.
qint64 startByLibical(const QByteArray &ics)
{
    icalcomponent *calendar = icalparser_parse_string(ics.constData());
    if (!calendar)
        return -1;
    icalcomponent *vtz = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT);
    icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
    qint64 result = -1;
    if (vtz && event) {
        icaltimezone *zone = icaltimezone_new();
        icaltimezone_set_component(zone, icalcomponent_new_clone(vtz));
        icaltimetype start = icalcomponent_get_dtstart(event);
        start.zone = zone;
        result = icaltime_as_timet_with_zone(start, zone);
        icaltimezone_free(zone, 1);
    }
    icalcomponent_free(calendar);
    return result;
}

InvitationEvent eventAt(const QByteArray &zone, const QDateTime &localStart)
{
    InvitationEvent e;
    e.uid = QStringLiteral("appointment-42@abc.sams");
    e.sequence = 3;
    e.startUtc = localStart.toUTC();
    e.endUtc = e.startUtc.addSecs(qint64(45) * 60);
    e.zoneId = zone;
    e.stampUtc = QDateTime(QDate(2027, 1, 2), QTime(8, 0), QTimeZone::utc());
    e.summary = QStringLiteral("Cut – Group Color Bar");
    e.location = QStringLiteral("1 Main St, Chicago, IL");
    e.description = QStringLiteral("Hello Zoë,\nsee you then; bring the card.");
    e.organizer = QStringLiteral("desk@store.example");
    e.attendee = QStringLiteral("zoe@example.com");
    e.attendeeName = QStringLiteral("Zoë Ruiz");
    return e;
}
} // namespace

void TestInvitation::wallTimeInItsZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    for (const char *zone : {"America/Chicago", "Europe/Berlin", "Australia/Sydney"}) {
        const QTimeZone tz(zone);
        // Each DST change of 2027 in the zone, the days either side, and a plain day.
        const QList<QTimeZone::OffsetData> changes
            = tz.transitions(QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()),
                             QDateTime(QDate(2027, 12, 31), QTime(0, 0), QTimeZone::utc()));
        QVERIFY2(changes.size() == 2, zone);
        for (const QTimeZone::OffsetData &change : changes) {
            const QDate day = change.atUtc.toTimeZone(tz).date();
            for (int shift : {-1, 0, 1})
                QTest::addRow("%s %s", zone, qPrintable(day.addDays(shift).toString(Qt::ISODate)))
                    << QByteArray(zone) << day.addDays(shift) << QTime(10, 30);
        }
        QTest::addRow("%s year end", zone) << QByteArray(zone) << QDate(2027, 12, 31) << QTime(17, 0);
    }
}

void TestInvitation::wallTimeInItsZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    const QDateTime local(date, time, QTimeZone(zone));
    const QByteArray ics = buildInvitation(eventAt(zone, local));

    const QJsonObject parsed = parsedByPython(ics);
    QVERIFY2(!parsed.isEmpty(), ics.constData());
    QCOMPARE(parsed.value(QStringLiteral("method")).toString(), QStringLiteral("REQUEST"));
    QCOMPARE(parsed.value(QStringLiteral("tzid")).toString(), QString::fromLatin1(zone));
    QCOMPARE(parsed.value(QStringLiteral("start_local")).toString(), QDateTime(date, time).toString(Qt::ISODate));
    QCOMPARE(parsed.value(QStringLiteral("start_utc")).toString(), local.toUTC().toString(Qt::ISODate));
    QCOMPARE(parsed.value(QStringLiteral("uid")).toString(), QStringLiteral("appointment-42@abc.sams"));
    QCOMPARE(parsed.value(QStringLiteral("sequence")).toInt(), 3);
    QCOMPARE(parsed.value(QStringLiteral("vtimezone")).toArray(), QJsonArray{QString::fromLatin1(zone)});

    // The VTIMEZONE itself says the same instant, and holds only recent years.
    QCOMPARE(startByLibical(ics), local.toSecsSinceEpoch());
    QVERIFY2(!ics.contains("1883") && !ics.contains("DTSTART:19"), "VTIMEZONE not cut to recent years");
    QVERIFY(ics.contains("ATTENDEE;CN=Zoë Ruiz"));
}

void TestInvitation::cancelHasStatusAndSequence()
{
    InvitationEvent e
        = eventAt("America/Chicago", QDateTime(QDate(2027, 3, 15), QTime(9, 0), QTimeZone("America/Chicago")));
    e.method = QStringLiteral("CANCEL");
    e.sequence = 5;
    const QJsonObject parsed = parsedByPython(buildInvitation(e));
    QCOMPARE(parsed.value(QStringLiteral("method")).toString(), QStringLiteral("CANCEL"));
    QCOMPARE(parsed.value(QStringLiteral("status")).toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(parsed.value(QStringLiteral("sequence")).toInt(), 5);
}

void TestInvitation::unknownZoneFallsBackToUtc()
{
    const QDateTime start(QDate(2027, 3, 15), QTime(15, 0), QTimeZone::utc());
    InvitationEvent e = eventAt("Nowhere/Atlantis", start);
    const QByteArray ics = buildInvitation(e);
    QVERIFY(!ics.contains("VTIMEZONE"));
    QVERIFY(ics.contains("DTSTART:20270315T150000Z"));
}

QTEST_GUILESS_MAIN(TestInvitation)
#include "tst_invitation.moc"
