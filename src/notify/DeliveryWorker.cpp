#include "notify/DeliveryWorker.h"

#include "core/ClaimLoop.h"
#include "core/Clock.h"
#include "core/MessageFreshness.h"
#include "notify/MessageComposer.h"
#include "notify/MessageTemplates.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::DeliveryWorker)
};

const QString email = QStringLiteral("email");
const QString sms = QStringLiteral("sms");
const QString desktop = QStringLiteral("desktop");

void count(DeliveryTally &tally, OutboxState state)
{
    switch (state) {
    case OutboxState::Sent:
        ++tally.sent;
        break;
    case OutboxState::Retrying:
        ++tally.retrying;
        break;
    case OutboxState::Dead:
        ++tally.dead;
        break;
    case OutboxState::Superseded:
        ++tally.superseded;
        break;
    case OutboxState::Missed:
        ++tally.missed;
        break;
    case OutboxState::Unknown:
        ++tally.unknown;
        break;
    default:
        break;
    }
}

// Appointments are worded from their template when sent; work orders carry
// their words from the moment they were queued.
bool wordedWhenSent(const OutboxEntry &entry)
{
    return entry.message.entity == QLatin1String("appointment");
}
} // namespace

// What one pass shares between its messages.
struct DeliveryWorker::Pass {
    NotifySettings settings;
    TransportSet transports;
    QHash<QString, SendOutcome> down; // channels whose server failed this pass
    DeliveryTally tally;
};

DeliveryWorker::DeliveryWorker(OutboxQueue &queue, NotifyConfig &config, TransportFactory transports, Options options)
    : m_queue(queue)
    , m_config(config)
    , m_transports(std::move(transports))
    , m_options(options)
{ }

Result<DeliveryTally> DeliveryWorker::runOnce()
{
    Pass pass;
    const Result<int> recovered = m_queue.recoverExpired(Clock::nowUtc().toSecsSinceEpoch());
    if (!recovered)
        return std::unexpected(recovered.error());
    pass.tally.recovered = *recovered;
    const Result<NotifySettings> settings = m_config.settings();
    if (!settings)
        return std::unexpected(settings.error());
    pass.settings = *settings;
    // Only channels with a transport are claimed: without the setup, or without
    // its secret, their messages wait, queued.
    pass.transports = m_transports(pass.settings);
    QStringList channels;
    if (pass.transports.mail)
        channels.append(email);
    if (pass.transports.sms)
        channels.append(sms);
    if (m_options.desktopNotices)
        channels.append(desktop);
    if (channels.isEmpty())
        return pass.tally;
    const Status drained = drainClaims(
        [&] {
            return m_queue.claim(channels, m_options.batch, Clock::nowUtc().toSecsSinceEpoch(), m_options.leaseSeconds);
        },
        [&](const ClaimedMessage &c) -> Status {
            const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
            // Quitting: the rest goes back, untried, for the next worker.
            const std::optional<DeliveryEnd> end = stopping()
                ? std::optional(DeliveryEnd{OutboxState::Retrying, QString(), now, {}, {}})
                : deliver(c, pass, now);
            if (!end) {
                ++pass.tally.lost;
                return {};
            }
            const Result<bool> kept = m_queue.finish(c.entry.id, c.token, *end, now);
            if (!kept)
                return std::unexpected(kept.error());
            if (!*kept) {
                ++pass.tally.lost;
                return {};
            }
            count(pass.tally, end->state);
            if (end->state == OutboxState::Sent && c.entry.message.channel == desktop)
                pass.tally.notices.append(c.entry);
            return {};
        },
        [this] { return stopping(); });
    if (!drained)
        return std::unexpected(drained.error());
    return pass.tally;
}

std::optional<DeliveryEnd> DeliveryWorker::deliver(const ClaimedMessage &claimed, Pass &pass, qint64 now)
{
    const OutboxEntry &entry = claimed.entry;
    const Result<MessageSubject> subject = m_queue.subject(entry);
    if (!subject)
        return failed(entry, {SendOutcome::Kind::Transient, subject.error().message, {}}, pass.settings, now);
    if (const std::optional<StaleVerdict> stale = staleVerdict(entry, *subject, now))
        return DeliveryEnd{stale->state, stale->reason, 0, {}, {}};
    return send(claimed, *subject, pass, now);
}

std::optional<DeliveryEnd> DeliveryWorker::send(const ClaimedMessage &claimed, const MessageSubject &subject,
                                                Pass &pass, qint64 now)
{
    const OutboxEntry &entry = claimed.entry;
    // The customer's own choice of channel, where the booking has that way to
    // reach them and this worker can use it.
    QString channel = entry.message.channel;
    QString recipient = entry.message.recipient;
    const QString phone = subject.appointment ? subject.appointment->customerPhone
        : subject.order                       ? subject.order->customerPhone
                                              : QString();
    const QString address = subject.appointment ? subject.appointment->customerEmail
        : subject.order                         ? subject.order->customerEmail
                                                : QString();
    if (subject.choice == ContactChoice::Sms && channel == email && !phone.isEmpty() && pass.transports.sms) {
        channel = sms;
        recipient = phone;
    } else if (subject.choice == ContactChoice::Email && channel == sms && !address.isEmpty() && pass.transports.mail) {
        channel = email;
        recipient = address;
    }
    if (const auto down = pass.down.constFind(channel); down != pass.down.constEnd())
        return failed(entry, *down, pass.settings, now); // not tried: its server failed a moment ago

    ComposedMessage composed;
    if (channel != desktop) {
        MessageTemplate wording = builtInTemplate(entry.message.kind, subject.storeNotify.language);
        if (wordedWhenSent(entry)) {
            const Result<std::optional<MessageTemplate>> own
                = m_config.messageTemplate(entry.message.kind, subject.storeNotify.language);
            if (!own)
                return failed(entry, {SendOutcome::Kind::Transient, own.error().message, {}}, pass.settings, now);
            if (*own)
                wording = **own;
        }
        OutboxEntry routed = entry;
        routed.message.recipient = recipient;
        if (wordedWhenSent(entry)) {
            routed.message.subject.clear(); // what a failed attempt recorded is not the wording
            routed.message.body.clear();
        }
        composed = composeMessage(routed, subject, wording, pass.settings,
                                  QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()));
    }

    // The last moment to find the claim lost; from here the message is out of our hands.
    const Result<bool> held = m_queue.handOver(entry.id, claimed.token, channel, now, m_options.leaseSeconds);
    if (!held)
        return failed(entry, {SendOutcome::Kind::Transient, held.error().message, {}}, pass.settings, now);
    if (!*held)
        return std::nullopt;

    SendOutcome outcome;
    if (channel == desktop) {
        outcome = {SendOutcome::Kind::Sent, {}, {}};
    } else if (channel == email) {
        MailMessage mail;
        mail.from = subject.storeNotify.mailFrom.isEmpty() ? pass.settings.mailFrom : subject.storeNotify.mailFrom;
        mail.to = recipient;
        mail.subject = composed.subject;
        mail.text = composed.text;
        mail.html = composed.html;
        mail.calendar = composed.calendar;
        mail.calendarMethod = composed.calendarMethod;
        mail.messageId = outboxMessageId(entry.id, pass.settings.installation);
        outcome = pass.transports.mail->send(mail);
    } else {
        SmsMessage text;
        text.from = subject.storeNotify.smsFrom.isEmpty() ? pass.settings.smsFrom : subject.storeNotify.smsFrom;
        text.to = recipient;
        // An SMS is short: an appointment's subject line, a work order's ready-made text.
        text.text = wordedWhenSent(entry) ? composed.subject : composed.text;
        outcome = pass.transports.sms->send(text);
    }
    if (outcome.serverDown)
        pass.down.insert(channel, outcome);
    DeliveryEnd end = outcome.kind == SendOutcome::Kind::Sent ? DeliveryEnd{OutboxState::Sent, {}, 0, {}, {}}
                                                              : failed(entry, outcome, pass.settings, now);
    if (wordedWhenSent(entry)) { // what went, or would have, for the outbox view
        end.subject = composed.subject;
        end.body = composed.text;
    }
    return end;
}

DeliveryEnd DeliveryWorker::failed(const OutboxEntry &entry, const SendOutcome &outcome, const NotifySettings &settings,
                                   qint64 now) const
{
    switch (outcome.kind) {
    case SendOutcome::Kind::Permanent:
        return {OutboxState::Dead, outcome.error, 0, {}, {}};
    case SendOutcome::Kind::Unknown:
        return {OutboxState::Unknown, outcome.error, 0, {}, {}};
    case SendOutcome::Kind::Sent:
    case SendOutcome::Kind::Transient:
        break;
    }
    if (entry.attempts >= settings.maxAttempts)
        return {OutboxState::Dead,
                Text::tr("Gave up after %1 attempts: %2").arg(entry.attempts).arg(outcome.error),
                0,
                {},
                {}};
    const qint64 delay = m_options.backoff.delayAfter(entry.attempts, QRandomGenerator::global()->generateDouble());
    return {OutboxState::Retrying, outcome.error, now + delay, {}, {}};
}

} // namespace sams
