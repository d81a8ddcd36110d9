#pragma once

#include "core/OutboxQueue.h"
#include "notify/Backoff.h"
#include "notify/Transports.h"

#include <functional>
#include <memory>

namespace sams {

// The transports for the settings in force (the secrets come from the caller:
// the system keychain in the programs, the test's own in tests).
struct TransportSet {
    std::unique_ptr<MailTransport> mail; // null: e-mail is not set up
    std::unique_ptr<SmsTransport> sms; // null: SMS is not set up
};
using TransportFactory = std::function<TransportSet(const NotifySettings &)>;
// Shows a desktop notice (the technicians' reminder); false when it could not.
using DesktopNotifier = std::function<bool(const OutboxEntry &)>;

// How one pass went: messages per end.
struct DeliveryTally {
    int sent = 0;
    int retrying = 0;
    int dead = 0;
    int superseded = 0;
    int missed = 0;
    int unknown = 0;
    int lost = 0; // finished by someone else after this worker's lease ran out
    int recovered = 0; // found mid-send from a worker that stopped
    int handled() const { return sent + retrying + dead + superseded + missed + unknown + lost; }
};

// Delivers the outbox (docs/notifications.md, "The worker"). Each pass recovers
// messages whose claim ran out, then claims due messages in batches and, for
// each, re-reads what it is about (the send-time check), words it, sends it and
// records the end with its claim token. Blocking: run it on its own thread with
// its own connection (the desktop's NotifyThread, `samsctl outbox run`).
class DeliveryWorker
{
public:
    struct Options {
        bool desktopNotices = false; // claim the "desktop" channel too (a desktop program)
        int batch = 25;
        int leaseSeconds = 120; // longer than one send may take (SMTP gives up after 60 s)
        Backoff backoff;
    };

    DeliveryWorker(OutboxQueue &queue, NotifyConfig &config, TransportFactory transports, Options options);
    void setDesktopNotifier(DesktopNotifier notifier);

    // Delivers everything due now (Clock::nowUtc()), batch after batch, and returns.
    Result<DeliveryTally> runOnce();

private:
    DeliveryEnd deliver(const ClaimedMessage &claimed, const NotifySettings &settings, TransportSet &transports,
                        qint64 now);
    DeliveryEnd failed(const OutboxEntry &entry, const SendOutcome &outcome, const NotifySettings &settings,
                       qint64 now) const;

    OutboxQueue &m_queue;
    NotifyConfig &m_config;
    TransportFactory m_transports;
    Options m_options;
    DesktopNotifier m_notifier;
};

} // namespace sams
