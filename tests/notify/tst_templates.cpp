// The wording of customers' messages and the retry schedule
// (docs/notifications.md, "Templates", "Retries"): placeholders filled and
// escaped, typos found, built-in texts in English and, through the project's
// translations, in Spanish; a message worded from a real appointment in its
// store's zone without gaps; the backoff's doubling, cap and jitter bounds.
#include "core/AppointmentMessages.h"
#include "core/Backoff.h"
#include "notify/MessageComposer.h"
#include "notify/MessageTemplates.h"

#include <QTest>
#include <QTimeZone>

using namespace sams;

class TestTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholdersFilledAndEscaped();
    void unknownPlaceholdersNamed();
    void builtInTextsPerLanguage();
    void composedInTheStoresZoneWithoutGaps();
    void backoff_data();
    void backoff();
};

void TestTemplates::placeholdersFilledAndEscaped()
{
    const QMap<QString, QString> values{{QStringLiteral("customer"), QStringLiteral("Zoë <b>&</b>")},
                                        {QStringLiteral("store"), QStringLiteral("Midtown")}};
    QCOMPARE(renderTemplate(QStringLiteral("Hi {customer} at {store}, {unknown}"), values),
             QStringLiteral("Hi Zoë <b>&</b> at Midtown, {unknown}"));
    QCOMPARE(renderTemplate(QStringLiteral("<p>{customer}</p>"), values, true),
             QStringLiteral("<p>Zoë &lt;b&gt;&amp;&lt;/b&gt;</p>"));
    QCOMPARE(htmlFromText(QStringLiteral("Hello <you>,\n\nline one\nline two")),
             QStringLiteral("<!DOCTYPE html><html><body><p>Hello &lt;you&gt;,</p><p>line one<br>line two</p>"
                            "</body></html>"));
}

void TestTemplates::unknownPlaceholdersNamed()
{
    QCOMPARE(unknownPlaceholders(QStringLiteral("{customer} {custmer} {date} {custmer} {Time}")),
             QStringList{QStringLiteral("custmer")});
    QVERIFY(unknownPlaceholders(builtInTemplate(appointmentBookedKind, QStringLiteral("en")).textBody).isEmpty());
}

void TestTemplates::builtInTextsPerLanguage()
{
    for (const QString &kind : templateKinds()) {
        const MessageTemplate en = builtInTemplate(kind, QStringLiteral("en"));
        const MessageTemplate es = builtInTemplate(kind, QStringLiteral("es"));
        QVERIFY(en.textBody.contains(QStringLiteral("{customer}")));
        QVERIFY2(es.subject != en.subject && es.textBody.contains(QStringLiteral("Hola, {customer}")),
                 qPrintable(kind + QStringLiteral(": no Spanish text (translations/sams_es.ts)")));
        QVERIFY(unknownPlaceholders(es.subject + es.textBody).isEmpty());
    }
    // A language without a translation falls back to English.
    QCOMPARE(builtInTemplate(appointmentReminderKind, QStringLiteral("fi")).subject,
             builtInTemplate(appointmentReminderKind, QStringLiteral("en")).subject);
}

void TestTemplates::composedInTheStoresZoneWithoutGaps()
{
    MessageSubject subject;
    subject.store.name = QStringLiteral("Harbour");
    subject.store.timeZoneId = "Australia/Sydney";
    subject.store.phone = QStringLiteral("02 5550 0100");
    subject.chairName = QStringLiteral("Chair 3");
    Appointment a;
    a.id = 7;
    a.version = 4;
    a.customerName = QStringLiteral("Ana");
    a.service = QStringLiteral("Cut");
    // 23:30 UTC on 4 April 2027 is 09:30 on the 5th in Sydney, a day after DST ended.
    a.startsAt = QDateTime(QDate(2027, 4, 4), QTime(23, 30), QTimeZone::utc());
    a.endsAt = a.startsAt.addSecs(1800);
    subject.appointment = a;
    OutboxEntry entry;
    entry.id = 99;
    entry.message.kind = appointmentBookedKind;
    entry.message.entity = QStringLiteral("appointment");
    entry.message.recipient = QStringLiteral("ana@example.com");
    NotifySettings settings;
    settings.installation = QStringLiteral("abc");
    settings.mailFrom = QStringLiteral("desk@example.com");
    const ComposedMessage m
        = composeMessage(entry, subject, builtInTemplate(appointmentBookedKind, QStringLiteral("en")), settings,
                         QDateTime(QDate(2027, 4, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(m.subject, QStringLiteral("Your appointment at Harbour on Monday, April 5, 2027 at 9:30 AM"));
    QVERIFY2(!m.text.contains(QStringLiteral("\n\n\n")), qPrintable(m.text)); // no address, no instructions
    QVERIFY(m.text.endsWith(QStringLiteral("call us at 02 5550 0100.")));
    QCOMPARE(m.calendarMethod, QStringLiteral("REQUEST"));
    QVERIFY(m.calendar.contains("UID:appointment-7@abc.sams"));
    QVERIFY(m.calendar.contains("SEQUENCE:4"));
    QVERIFY(m.calendar.contains("DTSTART;TZID=Australia/Sydney:20270405T093000"));
    QCOMPARE(outboxMessageId(99, settings.installation), QStringLiteral("<outbox-99@abc.sams>"));
    // A reminder carries no invitation.
    entry.message.kind = appointmentReminderKind;
    QVERIFY(composeMessage(entry, subject, builtInTemplate(appointmentReminderKind, QStringLiteral("en")), settings,
                           QDateTime::currentDateTimeUtc())
                .calendar.isEmpty());
}

void TestTemplates::backoff_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("plain"); // seconds before jitter
    QTest::newRow("first failure") << 1 << qint64(30);
    QTest::newRow("second") << 2 << qint64(60);
    QTest::newRow("fifth") << 5 << qint64(480);
    QTest::newRow("eighth, capped") << 8 << qint64(3600);
    QTest::newRow("far beyond") << 60 << qint64(3600);
}

void TestTemplates::backoff()
{
    QFETCH(int, attempt);
    QFETCH(qint64, plain);
    const Backoff b;
    QCOMPARE(b.delayAfter(attempt, 0.5), plain); // the middle of the spread
    QCOMPARE(b.delayAfter(attempt, 0.0), plain * 8 / 10);
    QVERIFY(b.delayAfter(attempt, 0.999999) <= plain * 12 / 10);
    QVERIFY(b.delayAfter(attempt, 0.999999) > plain);
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
