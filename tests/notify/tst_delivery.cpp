// Delivery of the outbox to real servers (docs/notifications.md), on SQLite and
// PostgreSQL: the aiosmtpd SMTP server and the local SMS gateway that
// tests/run-all-tests.sh starts (faults injected through their `mode` files),
// the desktop's writers queueing the messages and the DeliveryWorker sending
// them. Invitations are read back by Python's icalendar (tests/servers/read_mail.py).
#include "core/AppointmentMessages.h"
#include "core/Clock.h"
#include "notify/DeliveryWorker.h"
#include "notify/MessageComposer.h"
#include "notify/SmsGateway.h"
#include "notify/SmtpMailer.h"
#include "storage/SqlNotifyConfig.h"
#include "storage/SqlOutbox.h"
#include "storage/SqlScheduleRepository.h"
#include "storage/SqlScheduleWriter.h"
#include "support/NotifyServers.h"
#include "support/StationChain.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <thread>

using namespace sams;

class TestDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::TestDatabase::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup();
    void bookingSendsOneInvitation();
    void moveThenCancelFollowTheSameEvent();
    void cancelBeforeSendingSendsNothing();
    void reminderAtItsMomentOrMissed();
    void smtpDownIsRetriedWithBackoffThenSent();
    void permanentRefusalIsDeadUntilRetried();
    void smsSentOnceAndUnknownAfterADrop();
    void expiredLeaseResendsEmailButNeverSms();
    void retriedConfirmationKeepsItsInvitation();
    void serverDownLeavesEveryMessageRetrying();
    void twoWorkersSendEachMessageOnce();
    void customersChoiceAndAdminsWording();

private:
    AppointmentId book(const QDateTime &localStart, const QString &email, const QString &phone = {}, ChairId chair = 1);
    DeliveryTally deliver(OutboxQueue &queue, NotifyConfig &config);
    DeliveryTally deliver() { return deliver(*m_outbox, *m_config); }
    QString state(qint64 outboxId);
    qint64 rowOf(AppointmentId id, const QString &kind);
    void setSmtp(const QString &url);

    test::NotifyServers m_servers;
    std::unique_ptr<test::TestDatabase> m_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlScheduleWriter> m_writer;
    std::unique_ptr<SqlOutbox> m_outbox;
    std::unique_ptr<SqlNotifyConfig> m_config;
    Store m_store;
};

namespace {
const QTimeZone chicago("America/Chicago");
// "Now": the Wednesday before the US spring-forward weekend of 2027.
const QDateTime now0(QDate(2027, 3, 10), QTime(9, 0), chicago);

QDateTime local(QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), chicago);
}

TransportFactory testTransports()
{
    return [](const NotifySettings &n) {
        TransportSet set;
        set.mail = std::make_unique<SmtpMailer>(SmtpConfig{n.smtpUrl, false, {}, {}, 5, 10, nullptr});
        set.sms = std::make_unique<SmsGateway>(
            SmsGatewayConfig{n.smsUrl, n.smsAccount, qEnvironmentVariable("SAMS_TEST_SMS_TOKEN"), 3, nullptr});
        return set;
    };
}

} // namespace

void TestDelivery::initTestCase()
{
    initCurl();
    // Never a silent skip: run through tests/run-all-tests.sh, which starts them.
    QVERIFY2(m_servers.running(), test::NotifyServers::missingText);
}

void TestDelivery::init()
{
    Clock::setFixed(now0.toUTC());
    QVERIFY(m_servers.reset());
    m_file = std::make_unique<test::TestDatabase>(test::TestDatabase::currentBackend());
    m_database = m_file->open();
    ChainData chain = test::stationChainFrom(QDate(2027, 3, 1), {TimeInterval{9 * 60, 17 * 60}});
    chain.stores[0].address = QStringLiteral("1 Main St, Chicago, IL");
    QVERIFY(SqlScheduleRepository(*m_database).insertChain(chain));
    const Result<Store> store = SqlScheduleRepository(*m_database).store(1);
    QVERIFY(store);
    m_store = *store;
    m_writer = std::make_unique<SqlScheduleWriter>(*m_database, QStringLiteral("desk"));
    m_outbox = std::make_unique<SqlOutbox>(*m_database, QStringLiteral("desk"));
    m_config = std::make_unique<SqlNotifyConfig>(*m_database);
    NotifySettings settings = *m_config->settings();
    settings.smtpUrl = m_servers.smtpUrl();
    settings.mailFrom = QStringLiteral("desk@store.example");
    settings.smsUrl = m_servers.smsUrl;
    settings.smsAccount = m_servers.smsAccount;
    settings.smsFrom = QStringLiteral("+13125550000");
    QVERIFY(m_config->saveSettings(settings));
}

void TestDelivery::cleanup()
{
    m_config.reset();
    m_outbox.reset();
    m_writer.reset();
    m_database.reset();
    m_file.reset();
    Clock::reset();
}

AppointmentId TestDelivery::book(const QDateTime &localStart, const QString &email, const QString &phone, ChairId chair)
{
    BookingRequest request;
    request.chairId = chair;
    request.start = localStart.toSecsSinceEpoch();
    Appointment details;
    details.customerName = QStringLiteral("Zoë Ruiz");
    details.customerEmail = email;
    details.customerPhone = phone;
    details.service = QStringLiteral("Color");
    const Result<AppointmentId> id = m_writer->book(m_store, request, details);
    if (!id)
        qWarning() << id.error().message;
    return id.value_or(0);
}

DeliveryTally TestDelivery::deliver(OutboxQueue &queue, NotifyConfig &config)
{
    DeliveryWorker::Options options;
    options.leaseSeconds = 60;
    DeliveryWorker worker(queue, config, testTransports(), options);
    const Result<DeliveryTally> tally = worker.runOnce();
    if (!tally)
        qWarning() << tally.error().message;
    DeliveryTally failed;
    failed.sent = failed.retrying = failed.dead = failed.superseded = failed.missed = failed.unknown = -1;
    return tally.value_or(failed);
}

QString TestDelivery::state(qint64 outboxId)
{
    const Result<OutboxEntry> e = m_outbox->entry(outboxId);
    return e ? outboxStateName(e->state) : e.error().message;
}

qint64 TestDelivery::rowOf(AppointmentId id, const QString &kind)
{
    const Result<QList<OutboxEntry>> rows
        = m_outbox->list({std::nullopt, 0, kind, QStringLiteral("appointment"), id, 100});
    return rows && !rows->isEmpty() ? rows->first().id : 0;
}

void TestDelivery::setSmtp(const QString &url)
{
    NotifySettings settings = *m_config->settings();
    settings.smtpUrl = url;
    QVERIFY(m_config->saveSettings(settings));
}

void TestDelivery::bookingSendsOneInvitation()
{
    // Monday after the spring-forward Sunday: 10:00 CDT is 15:00 UTC (it was 16:00 a week before).
    const AppointmentId id = book(local(QDate(2027, 3, 15), 10), QStringLiteral("zoe@example.com"));
    QVERIFY(id > 0);
    const DeliveryTally tally = deliver();
    QCOMPARE(tally.sent, 1); // the confirmation; the reminder waits for its moment
    const QJsonArray sent = m_servers.mails();
    QCOMPARE(sent.size(), 1);
    const QJsonObject mail = sent[0].toObject();
    const QString installation = m_config->settings()->installation;
    QCOMPARE(mail[QStringLiteral("to")].toString(), QStringLiteral("zoe@example.com"));
    QCOMPARE(mail[QStringLiteral("message_id")].toString(),
             outboxMessageId(rowOf(id, appointmentBookedKind), installation));
    QVERIFY(mail[QStringLiteral("subject")].toString().contains(QStringLiteral("Group Color Bar")));
    QVERIFY(mail[QStringLiteral("text")].toString().contains(QStringLiteral("Zoë Ruiz")));
    QVERIFY(mail[QStringLiteral("html")].toString().contains(QStringLiteral("<p>")));
    const QJsonObject cal = mail[QStringLiteral("calendar")].toObject();
    QCOMPARE(cal[QStringLiteral("method")].toString(), QStringLiteral("REQUEST"));
    QCOMPARE(cal[QStringLiteral("part_method")].toString(), QStringLiteral("REQUEST"));
    QCOMPARE(cal[QStringLiteral("uid")].toString(), appointmentUid(id, installation));
    QCOMPARE(cal[QStringLiteral("tzid")].toString(), QStringLiteral("America/Chicago"));
    QCOMPARE(cal[QStringLiteral("start_local")].toString(), QStringLiteral("2027-03-15T10:00:00"));
    QCOMPARE(cal[QStringLiteral("start_utc")].toString(), QStringLiteral("2027-03-15T15:00:00Z"));
    QCOMPARE(state(rowOf(id, appointmentBookedKind)), QStringLiteral("sent"));
    QCOMPARE(state(rowOf(id, appointmentReminderKind)), QStringLiteral("queued"));
    // A second pass finds nothing more to send.
    QCOMPARE(deliver().handled(), 0);
    QCOMPARE(m_servers.mails().size(), 1);
}

void TestDelivery::moveThenCancelFollowTheSameEvent()
{
    const AppointmentId id = book(local(QDate(2027, 3, 12), 10), QStringLiteral("zoe@example.com"));
    QCOMPARE(deliver().sent, 1);
    const Result<int> moved
        = m_writer->reschedule(m_store, id, 2, local(QDate(2027, 3, 16), 14).toSecsSinceEpoch(), 1, 1);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(deliver().sent, 1);
    QVERIFY(m_writer->cancel(id, QStringLiteral("Customer called"), *moved));
    const DeliveryTally last = deliver();
    QCOMPARE(last.sent, 1);
    const QJsonArray sent = m_servers.mails();
    QCOMPARE(sent.size(), 3);
    const QJsonObject booked = sent[0].toObject()[QStringLiteral("calendar")].toObject();
    const QJsonObject movedCal = sent[1].toObject()[QStringLiteral("calendar")].toObject();
    const QJsonObject cancelled = sent[2].toObject()[QStringLiteral("calendar")].toObject();
    QCOMPARE(movedCal[QStringLiteral("uid")], booked[QStringLiteral("uid")]);
    QCOMPARE(cancelled[QStringLiteral("uid")], booked[QStringLiteral("uid")]);
    QVERIFY(movedCal[QStringLiteral("sequence")].toInt() > booked[QStringLiteral("sequence")].toInt());
    QVERIFY(cancelled[QStringLiteral("sequence")].toInt() > movedCal[QStringLiteral("sequence")].toInt());
    QCOMPARE(movedCal[QStringLiteral("method")].toString(), QStringLiteral("REQUEST"));
    QCOMPARE(movedCal[QStringLiteral("start_local")].toString(), QStringLiteral("2027-03-16T14:00:00"));
    QCOMPARE(cancelled[QStringLiteral("method")].toString(), QStringLiteral("CANCEL"));
    QCOMPARE(cancelled[QStringLiteral("status")].toString(), QStringLiteral("CANCELLED"));
    // The reminders of both times are superseded, never sent.
    Clock::setFixed(local(QDate(2027, 3, 15), 14, 1).toUTC());
    const DeliveryTally reminders = deliver();
    QCOMPARE(reminders.sent, 0);
    QCOMPARE(m_servers.mails().size(), 3);
}

void TestDelivery::cancelBeforeSendingSendsNothing()
{
    const AppointmentId id = book(local(QDate(2027, 3, 12), 11), QStringLiteral("zoe@example.com"));
    QVERIFY(m_writer->cancel(id, QStringLiteral("Booked by mistake"), 1));
    const DeliveryTally tally = deliver();
    QCOMPARE(tally.sent, 0);
    QCOMPARE(tally.superseded, 2); // the booking's confirmation and the cancellation
    QCOMPARE(m_servers.mails().size(), 0);
    QCOMPARE(state(rowOf(id, appointmentBookedKind)), QStringLiteral("superseded"));
    QCOMPARE(state(rowOf(id, appointmentCancelledKind)), QStringLiteral("superseded"));
    const Result<OutboxEntry> why = m_outbox->entry(rowOf(id, appointmentCancelledKind));
    QVERIFY(why->lastError.contains(QStringLiteral("never told")));
    // Its reminder goes the same way when its moment comes.
    Clock::setFixed(local(QDate(2027, 3, 11), 11, 1).toUTC());
    QCOMPARE(deliver().superseded, 1);
    QCOMPARE(m_servers.mails().size(), 0);
}

void TestDelivery::reminderAtItsMomentOrMissed()
{
    // Booked for the Monday after spring-forward: reminded Sunday 10:00 CDT, the
    // same wall time a day before though the night had 23 hours.
    const AppointmentId onTime = book(local(QDate(2027, 3, 15), 10), QStringLiteral("zoe@example.com"));
    const AppointmentId late = book(local(QDate(2027, 3, 15), 11), QString(), QStringLiteral("+13125550100"));
    QCOMPARE(deliver().sent, 2);
    const Result<OutboxEntry> reminder = m_outbox->entry(rowOf(onTime, appointmentReminderKind));
    QCOMPARE(QDateTime::fromSecsSinceEpoch(reminder->nextAttemptAt, chicago), local(QDate(2027, 3, 14), 10));
    Clock::setFixed(local(QDate(2027, 3, 14), 9, 59).toUTC());
    QCOMPARE(deliver().handled(), 0); // not yet
    // 11:05: both are due (the e-mail one 65 minutes ago, inside the 2-hour window).
    Clock::setFixed(local(QDate(2027, 3, 14), 11, 5).toUTC());
    m_servers.setSmsMode(QStringLiteral("tempfail")); // the SMS gateway is down until it is too late
    const DeliveryTally first = deliver();
    QCOMPARE(first.sent, 1);
    QCOMPARE(first.retrying, 1);
    QCOMPARE(m_servers.mails().last().toObject()[QStringLiteral("subject")].toString().left(9),
             QStringLiteral("Reminder:"));
    QVERIFY(m_servers.mails().last().toObject()[QStringLiteral("calendar")].isNull());
    // A retried reminder keeps going; a reminder first tried too late is missed.
    m_servers.setSmsMode(QStringLiteral("accept"));
    const AppointmentId missed = book(local(QDate(2027, 3, 16), 9), QStringLiteral("zoe@example.com"));
    QVERIFY(missed > 0);
    StoreNotify window = *m_config->storeNotify(1);
    window.missedMinutes = 60;
    QVERIFY(m_config->saveStoreNotify(window));
    // 10:45: an hour and 45 minutes past the 09:00 reminder of the 16th; before the 11:00 start.
    Clock::setFixed(local(QDate(2027, 3, 15), 10, 45).toUTC());
    const DeliveryTally after = deliver();
    QCOMPARE(state(rowOf(late, appointmentReminderKind)), QStringLiteral("sent"));
    QCOMPARE(state(rowOf(missed, appointmentReminderKind)), QStringLiteral("missed"));
    QCOMPARE(after.missed, 1);
}

void TestDelivery::smtpDownIsRetriedWithBackoffThenSent()
{
    const AppointmentId id = book(local(QDate(2027, 3, 12), 10), QStringLiteral("zoe@example.com"));
    // A port nobody listens on: the connection is refused.
    setSmtp(QStringLiteral("smtp://127.0.0.1:9"));
    const qint64 row = rowOf(id, appointmentBookedKind);
    qint64 t = Clock::nowUtc().toSecsSinceEpoch();
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QCOMPARE(deliver().retrying, 1);
        const Result<OutboxEntry> e = m_outbox->entry(row);
        QCOMPARE(e->state, OutboxState::Retrying);
        QCOMPARE(e->attempts, attempt);
        QVERIFY(!e->lastError.isEmpty());
        // 30 s doubling, ±20 %.
        const qint64 plain = 30LL << (attempt - 1);
        QVERIFY2(e->nextAttemptAt >= t + plain * 8 / 10 && e->nextAttemptAt <= t + plain * 12 / 10 + 1,
                 qPrintable(QStringLiteral("attempt %1: next in %2 s").arg(attempt).arg(e->nextAttemptAt - t)));
        QCOMPARE(deliver().handled(), 0); // not before its time
        t = e->nextAttemptAt;
        Clock::setFixed(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()));
    }
    setSmtp(m_servers.smtpUrl());
    QCOMPARE(deliver().sent, 1);
    QCOMPARE(m_outbox->entry(row)->attempts, 4);
    QCOMPARE(m_servers.mails().size(), 1);
}

void TestDelivery::permanentRefusalIsDeadUntilRetried()
{
    const AppointmentId id = book(local(QDate(2027, 3, 12), 10), QStringLiteral("nobody@example.com"));
    m_servers.setSmtpMode(QStringLiteral("reject"));
    const DeliveryTally tally = deliver();
    QCOMPARE(tally.dead, 1);
    const qint64 row = rowOf(id, appointmentBookedKind);
    const Result<OutboxEntry> dead = m_outbox->entry(row);
    QCOMPARE(dead->state, OutboxState::Dead);
    QCOMPARE(dead->attempts, 1); // stopped at once
    QVERIFY2(dead->lastError.contains(QStringLiteral("550")), qPrintable(dead->lastError));
    QCOMPARE(*m_outbox->attentionCount(), 1);
    QCOMPARE(deliver().handled(), 0);
    // A person fixes the address with the customer and sends it again.
    m_servers.setSmtpMode(QStringLiteral("accept"));
    QVERIFY(m_outbox->retry(row, Clock::nowUtc().toSecsSinceEpoch()));
    QCOMPARE(deliver().sent, 1);
    QCOMPARE(*m_outbox->attentionCount(), 0);
    // Sent is final: neither retried nor cancelled.
    QCOMPARE(m_outbox->retry(row, 0).error().kind, Error::Kind::Conflict);
    QCOMPARE(m_outbox->cancel(row).error().kind, Error::Kind::Conflict);
}

void TestDelivery::smsSentOnceAndUnknownAfterADrop()
{
    const AppointmentId first = book(local(QDate(2027, 3, 12), 10), QString(), QStringLiteral("+13125550100"));
    QCOMPARE(deliver().sent, 1);
    QCOMPARE(m_servers.texts().size(), 1);
    QVERIFY(m_servers.texts().first().contains(QStringLiteral("Group Color Bar")));
    QCOMPARE(state(rowOf(first, appointmentBookedKind)), QStringLiteral("sent"));

    // The gateway takes the text, then the connection drops: it may have gone out.
    m_servers.setSmsMode(QStringLiteral("drop"));
    const AppointmentId second = book(local(QDate(2027, 3, 12), 11), QString(), QStringLiteral("+13125550101"));
    QCOMPARE(deliver().unknown, 1);
    QCOMPARE(state(rowOf(second, appointmentBookedKind)), QStringLiteral("unknown"));
    m_servers.setSmsMode(QStringLiteral("accept"));
    Clock::setFixed(Clock::nowUtc().addSecs(3600));
    QCOMPARE(deliver().handled(), 0); // never sent again by itself
    QCOMPARE(m_servers.texts().size(), 2);
    // An answer that says nothing is unknown too; a refusal is dead.
    m_servers.setSmsMode(QStringLiteral("nonsense"));
    book(local(QDate(2027, 3, 12), 12), QString(), QStringLiteral("+13125550102"));
    QCOMPARE(deliver().unknown, 1);
    m_servers.setSmsMode(QStringLiteral("reject"));
    book(local(QDate(2027, 3, 12), 13), QString(), QStringLiteral("+1"));
    QCOMPARE(deliver().dead, 1);
    QCOMPARE(*m_outbox->attentionCount(), 3);
}

void TestDelivery::expiredLeaseResendsEmailButNeverSms()
{
    const AppointmentId byMail = book(local(QDate(2027, 3, 12), 10), QStringLiteral("zoe@example.com"));
    const AppointmentId byText = book(local(QDate(2027, 3, 12), 11), QString(), QStringLiteral("+13125550100"));
    const AppointmentId untried = book(local(QDate(2027, 3, 12), 12), QString(), QStringLiteral("+13125550101"));
    // A worker claims all three, hands two over to their servers and dies.
    const qint64 t = Clock::nowUtc().toSecsSinceEpoch();
    const Result<QList<ClaimedMessage>> claimed
        = m_outbox->claim({QStringLiteral("email"), QStringLiteral("sms")}, 10, t, 60);
    QVERIFY(claimed);
    QCOMPARE(claimed->size(), 3);
    for (const ClaimedMessage &c : *claimed) {
        if (c.entry.message.entityId != untried)
            QVERIFY(*m_outbox->handOver(c.entry.id, c.token, c.entry.message.channel, t, 60));
    }
    // Within the lease nobody else may take them.
    QCOMPARE(deliver().handled(), 0);
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(t + 61, QTimeZone::utc()));
    const DeliveryTally tally = deliver();
    QCOMPARE(tally.recovered, 3);
    QCOMPARE(tally.sent, 2); // the e-mail again, and the text never handed over
    QCOMPARE(state(rowOf(byMail, appointmentBookedKind)), QStringLiteral("sent"));
    QCOMPARE(state(rowOf(byText, appointmentBookedKind)), QStringLiteral("unknown"));
    QCOMPARE(state(rowOf(untried, appointmentBookedKind)), QStringLiteral("sent"));
    QCOMPARE(m_servers.texts().size(), 1);
    QCOMPARE(m_servers.mails().first().toObject()[QStringLiteral("message_id")].toString(),
             outboxMessageId(rowOf(byMail, appointmentBookedKind), m_config->settings()->installation));
    // The dead worker's claim is fenced off: neither a handover nor a late end changes anything.
    for (const ClaimedMessage &c : *claimed) {
        QVERIFY(!*m_outbox->handOver(c.entry.id, c.token, c.entry.message.channel, t + 62, 60));
        const Result<bool> kept
            = m_outbox->finish(c.entry.id, c.token, {OutboxState::Dead, QStringLiteral("late"), 0, {}, {}}, t + 62);
        QVERIFY(kept);
        QVERIFY(!*kept);
    }
    QCOMPARE(state(rowOf(byMail, appointmentBookedKind)), QStringLiteral("sent"));
}

void TestDelivery::retriedConfirmationKeepsItsInvitation()
{
    // A first attempt deferred by the server: the retry is worded afresh, with
    // its invitation, not from the text the failed attempt recorded.
    const AppointmentId id = book(local(QDate(2027, 3, 12), 10), QStringLiteral("zoe@example.com"));
    m_servers.setSmtpMode(QStringLiteral("tempfail"));
    QCOMPARE(deliver().retrying, 1);
    const Result<OutboxEntry> failed = m_outbox->entry(rowOf(id, appointmentBookedKind));
    QVERIFY(!failed->message.subject.isEmpty()); // what would have gone shows in the outbox view
    m_servers.setSmtpMode(QStringLiteral("accept"));
    Clock::setFixed(QDateTime::fromSecsSinceEpoch(failed->nextAttemptAt, QTimeZone::utc()));
    QCOMPARE(deliver().sent, 1);
    const QJsonObject cal = m_servers.mails().first().toObject()[QStringLiteral("calendar")].toObject();
    QCOMPARE(cal[QStringLiteral("method")].toString(), QStringLiteral("REQUEST"));
}

void TestDelivery::serverDownLeavesEveryMessageRetrying()
{
    // The first message finds the server down; the rest of the pass waits with it
    // (none is tried against a server known to be down, none is given up).
    for (int hour = 9; hour < 14; ++hour)
        book(local(QDate(2027, 3, 12), hour), QStringLiteral("c%1@example.com").arg(hour));
    setSmtp(QStringLiteral("smtp://127.0.0.1:9"));
    const DeliveryTally tally = deliver();
    QCOMPARE(tally.retrying, 5);
    const Result<QList<OutboxEntry>> rows = m_outbox->list({OutboxState::Retrying, 0, {}, {}, 0, 100});
    QCOMPARE(rows->size(), 5);
    for (const OutboxEntry &e : *rows)
        QVERIFY2(e.lastError.contains(QStringLiteral("could not be reached")), qPrintable(e.lastError));
}

void TestDelivery::twoWorkersSendEachMessageOnce()
{
    QList<AppointmentId> ids;
    for (int day = 11; day <= 12; ++day) {
        for (int hour = 9; hour < 17; ++hour) {
            for (ChairId chair : {1, 2})
                ids.append(book(local(QDate(2027, 3, day), hour, 30),
                                QStringLiteral("c%1.%2.%3@example.com").arg(day).arg(hour).arg(chair), {}, chair));
        }
    }
    QVERIFY(!ids.contains(0));
    // Two workers, each on its own thread and connection, at once.
    DeliveryTally tallies[2];
    std::thread workers[2];
    for (int i = 0; i < 2; ++i) {
        workers[i] = std::thread([this, i, &tallies] {
            std::unique_ptr<Database> db = m_file->open();
            SqlOutbox outbox(*db, QStringLiteral("w%1").arg(i));
            SqlNotifyConfig config(*db);
            tallies[i] = deliver(outbox, config);
        });
    }
    for (std::thread &w : workers)
        w.join();
    QCOMPARE(tallies[0].sent + tallies[1].sent, ids.size());
    QCOMPARE(tallies[0].lost + tallies[1].lost, 0);
    const QJsonArray sent = m_servers.mails();
    QSet<QString> messageIds;
    for (const auto &m : sent)
        messageIds.insert(m.toObject()[QStringLiteral("message_id")].toString());
    QCOMPARE(sent.size(), ids.size());
    QCOMPARE(messageIds.size(), ids.size());
}

void TestDelivery::customersChoiceAndAdminsWording()
{
    QVERIFY(m_config->setContactChoice(QStringLiteral(" ZOE@example.com "), ContactChoice::None));
    const AppointmentId quiet = book(local(QDate(2027, 3, 12), 10), QStringLiteral("zoe@example.com"));
    // Another prefers texts though the booking has both.
    QVERIFY(m_config->setContactChoice(QStringLiteral("ann@example.com"), ContactChoice::Sms));
    book(local(QDate(2027, 3, 12), 11), QStringLiteral("ann@example.com"), QStringLiteral("+13125550111"));
    QVERIFY(m_config->saveTemplate({appointmentBookedKind, QStringLiteral("en"),
                                    QStringLiteral("Booked: {customer}, {time} at {store}"),
                                    QStringLiteral("See you {date}."), QString()}));
    const DeliveryTally tally = deliver();
    QCOMPARE(tally.superseded, 1);
    QCOMPARE(tally.sent, 1);
    QCOMPARE(state(rowOf(quiet, appointmentBookedKind)), QStringLiteral("superseded"));
    QCOMPARE(m_servers.mails().size(), 0);
    QCOMPARE(m_servers.texts(), QStringList{QStringLiteral("Booked: Zoë Ruiz, 11:00 AM at Group Color Bar")});
    // Stored by address in lower case; forgotten on request ("as booked" again).
    QCOMPARE(*m_config->contactChoice(QStringLiteral("Zoe@Example.com")), std::optional(ContactChoice::None));
    QVERIFY(m_config->setContactChoice(QStringLiteral("zoe@example.com"), std::nullopt));
    QCOMPARE(*m_config->contactChoice(QStringLiteral("zoe@example.com")), std::optional<ContactChoice>());
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
