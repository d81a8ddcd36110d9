#pragma once

#include "core/Backoff.h"
#include "core/OutboxQueue.h"
#include "notify/Transports.h"

#include <functional>
#include <memory>

namespace sams {

// The transports for the settings in force (the secrets come from the caller:
// the system keychain in the programs, the test's own in tests).
struct TransportSet {
    std::unique_ptr<MailTransport> mail; // null: e-mail is not set up (or its secret is not available)
    std::unique_ptr<SmsTransport> sms; // null: SMS is not set up
};
using TransportFactory = std::function<TransportSet(const NotifySettings &)>;

// How one pass went: messages per end.
struct DeliveryTally {
    int sent = 0;
    int retrying = 0;
    int dead = 0;
    int superseded = 0;
    int missed = 0;
    int unknown = 0;
    int lost = 0; // taken over by another worker after this one's lease ran out
    int recovered = 0; // found mid-send from a worker that stopped
    // Desktop notices delivered by this pass (the technicians' reminder): the
    // program shows them; their rows are sent already.
    QList<OutboxEntry> notices;
    int handled() const { return sent + retrying + dead + superseded + missed + unknown + lost; }
};

// Delivers the outbox (docs/notifications.md, "The worker"). Each pass recovers
// messages whose claim ran out, then claims due messages in batches and, for
// each, re-reads what it is about (the send-time check), words it, hands it
// over (renewing its lease, fenced by its claim token), sends it and records the
// end, fenced again. Blocking: run it on its own thread with its own connection
// (the desktop's delivery worker, `samsctl outbox run`).
class DeliveryWorker
{
public:
    struct Options {
        bool desktopNotices = false; // claim the "desktop" channel too (a desktop program)
        int batch = 25;
        int leaseSeconds = 120; // longer than one send may take (SMTP gives up after 75 s)
        Backoff backoff;
        AbortFlag stop = nullptr; // set: finish no more messages, release the rest
    };

    DeliveryWorker(OutboxQueue &queue, NotifyConfig &config, TransportFactory transports, Options options);

    // Delivers everything due now (Clock::nowUtc()), batch after batch, and returns.
    Result<DeliveryTally> runOnce();

private:
    struct Pass;
    // The end of one claimed message; nullopt when its claim was lost before the send.
    std::optional<DeliveryEnd> deliver(const ClaimedMessage &claimed, Pass &pass, qint64 now);
    std::optional<DeliveryEnd> send(const ClaimedMessage &claimed, const MessageSubject &subject, Pass &pass,
                                    qint64 now);
    DeliveryEnd failed(const OutboxEntry &entry, const SendOutcome &outcome, const NotifySettings &settings,
                       qint64 now) const;
    bool stopping() const { return m_options.stop && m_options.stop->load(); }

    OutboxQueue &m_queue;
    NotifyConfig &m_config;
    TransportFactory m_transports;
    Options m_options;
};

} // namespace sams
