// The customer's messages an appointment's change queues and the send-time check
// that keeps stale ones from going (docs/notifications.md): reminder moments in
// the store's wall time across DST, month and year ends; keys and channels; and
// each reason a message is superseded or missed.
#include "core/AppointmentMessages.h"
#include "core/MessageFreshness.h"

#include <QTest>

using namespace sams;

class TestAppointmentMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reminderMoment_data();
    void reminderMoment();
    void bookingQueuesConfirmationAndReminder();
    void lateBookingHasNoReminder();
    void channelFollowsTheContact();
    void staleVerdict_data();
    void staleVerdict();
};

namespace {
QDateTime at(const char *zone, QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone(zone)).toUTC();
}

Store storeIn(const char *zone)
{
    Store s;
    s.id = 4;
    s.code = QStringLiteral("S");
    s.timeZoneId = zone;
    return s;
}

Appointment appointmentAt(const QDateTime &start)
{
    Appointment a;
    a.id = 42;
    a.chairId = 7;
    a.startsAt = start;
    a.endsAt = start.addSecs(1800);
    a.version = 3;
    a.customerName = QStringLiteral("Ana");
    a.customerEmail = QStringLiteral("ana@example.com");
    return a;
}
} // namespace

void TestAppointmentMessages::reminderMoment_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("lead");
    QTest::addColumn<QDateTime>("expected");
    // A day's lead keeps the wall time, also when the night between has 23 or 25 hours.
    QTest::newRow("plain day") << QByteArray("America/Chicago") << at("America/Chicago", {2027, 5, 12}, 10) << 1440
                               << at("America/Chicago", {2027, 5, 11}, 10);
    QTest::newRow("US spring forward (23 h)")
        << QByteArray("America/New_York") << at("America/New_York", {2027, 3, 15}, 9) << 1440
        << at("America/New_York", {2027, 3, 14}, 9);
    QTest::newRow("US spring forward, the day itself")
        << QByteArray("America/New_York") << at("America/New_York", {2027, 3, 14}, 10) << 1440
        << at("America/New_York", {2027, 3, 13}, 10);
    QTest::newRow("US fall back (25 h)") << QByteArray("America/New_York") << at("America/New_York", {2027, 11, 8}, 9)
                                         << 1440 << at("America/New_York", {2027, 11, 7}, 9);
    QTest::newRow("Berlin spring forward") << QByteArray("Europe/Berlin") << at("Europe/Berlin", {2027, 3, 29}, 8)
                                           << 1440 << at("Europe/Berlin", {2027, 3, 28}, 8);
    QTest::newRow("Sydney fall back") << QByteArray("Australia/Sydney") << at("Australia/Sydney", {2027, 4, 5}, 11)
                                      << 1440 << at("Australia/Sydney", {2027, 4, 4}, 11);
    QTest::newRow("month end") << QByteArray("America/Chicago") << at("America/Chicago", {2027, 3, 1}, 9) << 1440
                               << at("America/Chicago", {2027, 2, 28}, 9);
    QTest::newRow("year end") << QByteArray("Asia/Tokyo") << at("Asia/Tokyo", {2027, 1, 1}, 10) << 1440
                              << at("Asia/Tokyo", {2026, 12, 31}, 10);
    QTest::newRow("two days and two hours") << QByteArray("America/Chicago") << at("America/Chicago", {2027, 5, 12}, 10)
                                            << 2 * 1440 + 120 << at("America/Chicago", {2027, 5, 10}, 8);
    QTest::newRow("hours only, elapsed") << QByteArray("America/New_York") << at("America/New_York", {2027, 3, 14}, 5)
                                         << 180 << QDateTime(QDate(2027, 3, 14), QTime(6, 0), QTimeZone::utc());
}

void TestAppointmentMessages::reminderMoment()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, start);
    QFETCH(int, lead);
    QFETCH(QDateTime, expected);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(sams::reminderMoment(start, QTimeZone(zone), lead), QTimeZone::utc()),
             expected);
}

void TestAppointmentMessages::bookingQueuesConfirmationAndReminder()
{
    const QDateTime start = at("America/Chicago", {2027, 5, 12}, 10);
    const QList<OutboxMessage> messages
        = appointmentMessages(appointmentAt(start), storeIn("America/Chicago"), AppointmentEvent::Booked,
                              at("America/Chicago", {2027, 5, 1}, 9).toSecsSinceEpoch(), 1440);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].dedupKey, QStringLiteral("confirm:42:3"));
    QCOMPARE(messages[0].kind, appointmentBookedKind);
    QCOMPARE(messages[0].aboutAt, start.toSecsSinceEpoch());
    QCOMPARE(messages[0].storeId, 4);
    QCOMPARE(messages[1].dedupKey, QStringLiteral("reminder:42:%1").arg(start.toSecsSinceEpoch()));
    QCOMPARE(messages[1].kind, appointmentReminderKind);
    QCOMPARE(messages[1].notBefore, at("America/Chicago", {2027, 5, 11}, 10).toSecsSinceEpoch());
    // A cancellation is one message, and no reminder.
    const QList<OutboxMessage> cancelled
        = appointmentMessages(appointmentAt(start), storeIn("America/Chicago"), AppointmentEvent::Cancelled,
                              at("America/Chicago", {2027, 5, 1}, 9).toSecsSinceEpoch(), 1440);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled[0].kind, appointmentCancelledKind);
}

void TestAppointmentMessages::lateBookingHasNoReminder()
{
    const QDateTime start = at("America/Chicago", {2027, 5, 12}, 10);
    const QList<OutboxMessage> messages
        = appointmentMessages(appointmentAt(start), storeIn("America/Chicago"), AppointmentEvent::Booked,
                              at("America/Chicago", {2027, 5, 11}, 10).toSecsSinceEpoch(), 1440);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0].kind, appointmentBookedKind);
}

void TestAppointmentMessages::channelFollowsTheContact()
{
    const QDateTime start = at("America/Chicago", {2027, 5, 12}, 10);
    Appointment a = appointmentAt(start);
    a.customerPhone = QStringLiteral("+13125550100");
    const qint64 now = at("America/Chicago", {2027, 5, 1}, 9).toSecsSinceEpoch();
    QCOMPARE(appointmentMessages(a, storeIn("America/Chicago"), AppointmentEvent::Moved, now, 1440)[0].channel,
             QStringLiteral("email"));
    a.customerEmail.clear();
    const OutboxMessage sms = appointmentMessages(a, storeIn("America/Chicago"), AppointmentEvent::Moved, now, 1440)[0];
    QCOMPARE(sms.channel, QStringLiteral("sms"));
    QCOMPARE(sms.recipient, QStringLiteral("+13125550100"));
    a.customerPhone.clear();
    QVERIFY(appointmentMessages(a, storeIn("America/Chicago"), AppointmentEvent::Moved, now, 1440).isEmpty());
}

void TestAppointmentMessages::staleVerdict_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("change"); // what happened to the appointment since
    QTest::addColumn<bool>("laterMessage");
    QTest::addColumn<bool>("earlierSent");
    QTest::addColumn<int>("minutesLate"); // now, after the message's moment
    QTest::addColumn<QString>("expected"); // "", "superseded" or "missed"
    const QString booked = appointmentBookedKind;
    const QString cancelled = appointmentCancelledKind;
    const QString reminder = appointmentReminderKind;
    QTest::newRow("fresh booking goes") << booked << "" << false << false << 0 << "";
    QTest::newRow("booking then moved") << booked << "moved" << true << false << 0 << "superseded";
    QTest::newRow("booking then cancelled") << booked << "cancelled" << true << false << 0 << "superseded";
    QTest::newRow("booking, later message") << booked << "" << true << false << 0 << "superseded";
    QTest::newRow("booking, appointment gone") << booked << "deleted" << false << false << 0 << "superseded";
    QTest::newRow("cancel after a sent booking goes") << cancelled << "cancelled" << false << true << 0 << "";
    QTest::newRow("cancel of an unannounced booking")
        << cancelled << "cancelled" << false << false << 0 << "superseded";
    QTest::newRow("cancel, then booked again") << cancelled << "" << false << true << 0 << "superseded";
    QTest::newRow("reminder on time") << reminder << "" << false << true << 5 << "";
    QTest::newRow("reminder within the window") << reminder << "" << false << true << 120 << "";
    QTest::newRow("reminder past the window") << reminder << "" << false << true << 121 << "missed";
    QTest::newRow("reminder, appointment moved") << reminder << "moved" << false << true << 0 << "superseded";
    QTest::newRow("reminder, appointment cancelled") << reminder << "cancelled" << false << true << 0 << "superseded";
    QTest::newRow("reminder ignores later confirmations") << reminder << "" << true << true << 0 << "";
    QTest::newRow("customer asked for none") << booked << "opted out" << false << false << 0 << "superseded";
}

void TestAppointmentMessages::staleVerdict()
{
    QFETCH(QString, kind);
    QFETCH(QString, change);
    QFETCH(bool, laterMessage);
    QFETCH(bool, earlierSent);
    QFETCH(int, minutesLate);
    QFETCH(QString, expected);
    const QDateTime start = at("America/Chicago", {2027, 5, 12}, 10);
    const qint64 moment = at("America/Chicago", {2027, 5, 11}, 10).toSecsSinceEpoch();
    OutboxEntry entry;
    entry.id = 9;
    entry.attempts = 1;
    entry.message.kind = kind;
    entry.message.entity = QStringLiteral("appointment");
    entry.message.entityId = 42;
    entry.message.aboutAt = start.toSecsSinceEpoch();
    entry.nextAttemptAt = kind == appointmentReminderKind ? moment : 0;
    MessageSubject subject;
    subject.laterMessage = laterMessage;
    subject.earlierSent = earlierSent;
    Appointment a = appointmentAt(start);
    if (kind == appointmentCancelledKind && change.isEmpty())
        a.status = AppointmentStatus::Confirmed; // booked again
    else if (kind == appointmentCancelledKind || change == QLatin1String("cancelled"))
        a.status = AppointmentStatus::Cancelled;
    if (change == QLatin1String("moved"))
        a.startsAt = start.addDays(1);
    if (change != QLatin1String("deleted"))
        subject.appointment = a;
    if (change == QLatin1String("opted out"))
        subject.choice = ContactChoice::None;
    const std::optional<StaleVerdict> verdict = sams::staleVerdict(entry, subject, moment + qint64(minutesLate) * 60);
    QCOMPARE(verdict ? outboxStateName(verdict->state) : QString(), expected);
    if (verdict)
        QVERIFY(!verdict->reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestAppointmentMessages)
#include "tst_appointmentmessages.moc"
