#include "notify/DeliveryWorker.h"

#include "core/Clock.h"
#include "core/MessageFreshness.h"
#include "notify/MessageComposer.h"
#include "notify/MessageTemplates.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace sams {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sams::DeliveryWorker)
};

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

// The customer's own choice of channel, where the appointment or order has
// that way to reach them: the channel and recipient to use.
std::pair<QString, QString> chosenRoute(const OutboxEntry &entry, const MessageSubject &subject)
{
    const QString email = subject.appointment ? subject.appointment->customerEmail
        : subject.order                       ? subject.order->customerEmail
                                              : QString();
    const QString phone = subject.appointment ? subject.appointment->customerPhone
        : subject.order                       ? subject.order->customerPhone
                                              : QString();
    if (subject.choice == ContactChoice::Sms && !phone.isEmpty())
        return {QStringLiteral("sms"), phone};
    if (subject.choice == ContactChoice::Email && !email.isEmpty())
        return {QStringLiteral("email"), email};
    return {entry.message.channel, entry.message.recipient};
}
} // namespace

DeliveryWorker::DeliveryWorker(OutboxQueue &queue, NotifyConfig &config, TransportFactory transports, Options options)
    : m_queue(queue)
    , m_config(config)
    , m_transports(std::move(transports))
    , m_options(options)
{ }

void DeliveryWorker::setDesktopNotifier(DesktopNotifier notifier)
{
    m_notifier = std::move(notifier);
}

Result<DeliveryTally> DeliveryWorker::runOnce()
{
    DeliveryTally tally;
    const Result<int> recovered = m_queue.recoverExpired(Clock::nowUtc().toSecsSinceEpoch());
    if (!recovered)
        return std::unexpected(recovered.error());
    tally.recovered = *recovered;
    const Result<NotifySettings> settings = m_config.settings();
    if (!settings)
        return std::unexpected(settings.error());
    // A channel nobody set up is not claimed: its messages wait, queued, for the setup.
    QStringList channels;
    if (!settings->smtpUrl.isEmpty())
        channels.append(QStringLiteral("email"));
    if (!settings->smsUrl.isEmpty())
        channels.append(QStringLiteral("sms"));
    if (m_options.desktopNotices && m_notifier)
        channels.append(QStringLiteral("desktop"));
    if (channels.isEmpty())
        return tally;
    TransportSet transports = m_transports(*settings);
    for (;;) {
        const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
        const Result<QList<ClaimedMessage>> claimed
            = m_queue.claim(channels, m_options.batch, now, m_options.leaseSeconds);
        if (!claimed)
            return std::unexpected(claimed.error());
        if (claimed->isEmpty())
            return tally;
        for (const ClaimedMessage &c : *claimed) {
            const qint64 at = Clock::nowUtc().toSecsSinceEpoch();
            const DeliveryEnd end = deliver(c, *settings, transports, at);
            const Result<bool> kept = m_queue.finish(c.entry.id, c.token, end, at);
            if (!kept)
                return std::unexpected(kept.error());
            if (*kept)
                count(tally, end.state);
            else
                ++tally.lost;
        }
    }
}

DeliveryEnd DeliveryWorker::deliver(const ClaimedMessage &claimed, const NotifySettings &settings,
                                    TransportSet &transports, qint64 now)
{
    const OutboxEntry &entry = claimed.entry;
    const Result<MessageSubject> subject = m_queue.subject(entry);
    if (!subject)
        return failed(entry, {SendOutcome::Kind::Transient, subject.error().message, {}}, settings, now);
    if (const std::optional<StaleVerdict> stale = staleVerdict(entry, *subject, now))
        return {stale->state, stale->reason, 0, {}, {}};

    if (entry.message.channel == QLatin1String("desktop")) {
        if (m_notifier && m_notifier(entry))
            return {OutboxState::Sent, {}, 0, {}, {}};
        return failed(entry, {SendOutcome::Kind::Transient, Text::tr("The desktop could not show it."), {}}, settings,
                      now);
    }

    const auto [channel, recipient] = chosenRoute(entry, *subject);
    MessageTemplate wording = builtInTemplate(entry.message.kind, subject->storeNotify.language);
    if (entry.message.body.isEmpty()) {
        const Result<std::optional<MessageTemplate>> own
            = m_config.messageTemplate(entry.message.kind, subject->storeNotify.language);
        if (!own)
            return failed(entry, {SendOutcome::Kind::Transient, own.error().message, {}}, settings, now);
        if (*own)
            wording = **own;
    }
    OutboxEntry routed = entry;
    routed.message.recipient = recipient;
    const ComposedMessage composed
        = composeMessage(routed, *subject, wording, settings, QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()));

    SendOutcome outcome;
    if (channel == QLatin1String("email")) {
        if (!transports.mail)
            return failed(entry, {SendOutcome::Kind::Transient, Text::tr("E-mail is not set up."), {}}, settings, now);
        MailMessage mail;
        mail.from = subject->storeNotify.mailFrom.isEmpty() ? settings.mailFrom : subject->storeNotify.mailFrom;
        mail.to = recipient;
        mail.subject = composed.subject;
        mail.text = composed.text;
        mail.html = composed.html;
        mail.calendar = composed.calendar;
        mail.calendarMethod = composed.calendarMethod;
        mail.messageId = outboxMessageId(entry.id, settings.installation);
        outcome = transports.mail->send(mail);
    } else {
        if (!transports.sms)
            return failed(entry, {SendOutcome::Kind::Transient, Text::tr("SMS is not set up."), {}}, settings, now);
        SmsMessage sms;
        sms.from = subject->storeNotify.smsFrom.isEmpty() ? settings.smsFrom : subject->storeNotify.smsFrom;
        sms.to = recipient;
        // An SMS is short: the ready-made text of a work order, else the subject line.
        sms.text = entry.message.body.isEmpty() ? composed.subject : composed.text;
        outcome = transports.sms->send(sms);
    }
    if (outcome.kind == SendOutcome::Kind::Sent)
        return {OutboxState::Sent, {}, 0, composed.subject, composed.text};
    DeliveryEnd end = failed(entry, outcome, settings, now);
    end.subject = composed.subject;
    end.body = composed.text;
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
