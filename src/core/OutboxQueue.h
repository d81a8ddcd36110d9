#pragma once

#include "core/Appointment.h"
#include "core/Error.h"
#include "core/NotifySettings.h"
#include "core/Outbox.h"
#include "core/WorkOrder.h"

#include <QStringList>

#include <optional>

namespace sams {

// A message claimed for one delivery attempt. Only the holder of `token` may
// finish it (a fence: a worker whose lease ran out cannot overwrite the outcome
// of the attempt that replaced it).
struct ClaimedMessage {
    OutboxEntry entry;
    QString token;
};

// What a message is about, read again just before it is sent (the send-time
// check, docs/notifications.md).
struct MessageSubject {
    std::optional<Appointment> appointment; // entity "appointment", if it still exists
    std::optional<WorkOrder> order; // entity "work_order"
    Store store;
    QString chairName;
    StoreNotify storeNotify;
    bool laterMessage = false; // a later confirmation of the same entity is queued or went
    bool earlierSent = false; // an earlier message of the same entity went (or may have)
    // The customer's own choice, if they made one: by the recipient's contact,
    // else by the appointment's (or order's) other contact.
    std::optional<ContactChoice> choice;
};

// How an attempt ended.
struct DeliveryEnd {
    OutboxState state = OutboxState::Sent;
    QString error; // why, for retrying, dead, unknown, superseded and missed
    qint64 nextAttemptAt = 0; // UTC seconds, for retrying
    QString subject; // what was sent, kept for the outbox view
    QString body;
};

struct OutboxFilter {
    std::optional<OutboxState> state;
    StoreId store = 0; // 0: every store the login sees
    QString kind; // empty: every kind
    QString entity; // with entityId: one appointment's or order's messages
    qint64 entityId = 0;
    int limit = 1000;
};

// The outbox as delivery and the outbox view use it; storage implements it.
// Times are UTC seconds. Errors: Error::Failed (database), Error::Permission.
class OutboxQueue
{
public:
    virtual ~OutboxQueue() = default;

    // Messages whose claim ran out: never handed to a server, or by e-mail, they
    // become retrying (e-mail goes again under the same Message-ID); an SMS or a
    // desktop notice handed over becomes unknown (a gateway may have sent it;
    // never sent twice). Returns how many.
    virtual Result<int> recoverExpired(qint64 now) = 0;
    // Claims up to `limit` due messages of `channels` for one attempt each
    // (counting it), leased until now + leaseSeconds; each row goes to one
    // claimer however many run at once.
    virtual Result<QList<ClaimedMessage>> claim(const QStringList &channels, int limit, qint64 now, int leaseSeconds)
        = 0;
    virtual Result<MessageSubject> subject(const OutboxEntry &entry) = 0;
    // Just before the send: renews the lease to now + leaseSeconds and records
    // that the message is handed over by `route` ("email", "sms", "desktop"),
    // while `token` still holds it; false when it no longer does (send nothing).
    virtual Result<bool> handOver(qint64 id, const QString &token, const QString &route, qint64 now, int leaseSeconds)
        = 0;
    // Ends the attempt `token` holds; false when it no longer holds it (nothing written).
    virtual Result<bool> finish(qint64 id, const QString &token, const DeliveryEnd &end, qint64 now) = 0;

    virtual Result<QList<OutboxEntry>> list(const OutboxFilter &filter) = 0;
    virtual Result<OutboxEntry> entry(qint64 id) = 0; // Error::NotFound
    // Dead and unknown messages of the stores the login sees.
    virtual Result<int> attentionCount() = 0;
    // A person's decisions: send a dead, unknown, missed or cancelled message
    // again (attempts start over); cancel one not yet sent. Error::Conflict when
    // its state does not allow it (sent, or being sent).
    virtual Status retry(qint64 id, qint64 now) = 0;
    virtual Status cancel(qint64 id) = 0;
};

// Settings, templates and choices (docs/notifications.md). Errors as above;
// Error::Rule for a value out of range.
class NotifyConfig
{
public:
    virtual ~NotifyConfig() = default;
    virtual Result<NotifySettings> settings() = 0;
    virtual Status saveSettings(const NotifySettings &settings) = 0; // admins
    virtual Result<StoreNotify> storeNotify(StoreId store) = 0; // defaults when never set
    virtual Status saveStoreNotify(const StoreNotify &store) = 0; // admins, the store's managers
    virtual Result<std::optional<MessageTemplate>> messageTemplate(const QString &kind, const QString &language) = 0;
    virtual Result<QList<MessageTemplate>> templates() = 0;
    virtual Status saveTemplate(const MessageTemplate &wording) = 0; // admins
    virtual Status removeTemplate(const QString &kind, const QString &language) = 0; // back to the built-in text
    // A customer's choice by an address or phone number; nullopt forgets it (the
    // booking's own address, else phone, again).
    virtual Result<std::optional<ContactChoice>> contactChoice(const QString &contact) = 0;
    virtual Status setContactChoice(const QString &contact, std::optional<ContactChoice> choice) = 0;
};

} // namespace sams
