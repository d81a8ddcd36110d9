#pragma once

#include "core/Store.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sams {

// A message waiting in the outbox (docs/outbox.md): written in the transaction
// of the change that causes it; a second message with the same dedupKey (another
// desktop producing it at the same moment) is dropped by the database.
struct OutboxMessage {
    QString
        dedupKey; // "confirm:<appointment>:<version>", "reminder:<appointment>:<start>", "remind:<store>:<date>", ...
    StoreId storeId = 0;
    QString kind; // see docs/notifications.md, "Message kinds"
    QString entity; // "appointment", "work_order", "store"
    qint64 entityId = 0;
    int entityVersion = 0;
    QString channel; // "desktop" (the technicians' reminder), "email", "sms"
    QString recipient; // an address, a phone number, or "technicians:<store code>"
    // Ready-made text (work orders); empty for appointment messages, which are
    // worded from their template when they are sent.
    QString subject;
    QString body;
    qint64 aboutAt = 0; // UTC seconds: the appointment start the message speaks of; 0: none
    qint64 notBefore = 0; // UTC seconds: a reminder's moment; 0: at once
};

// Where a message is on its way (docs/notifications.md, "States").
enum class OutboxState { Queued, Sending, Sent, Retrying, Dead, Superseded, Unknown, Missed, Cancelled };
QString outboxStateName(OutboxState state); // "queued", as stored
std::optional<OutboxState> parseOutboxState(const QString &name);
QString outboxStateLabel(OutboxState state); // translated, for people
inline constexpr OutboxState allOutboxStates[] = {
    OutboxState::Queued,     OutboxState::Sending, OutboxState::Sent,   OutboxState::Retrying,  OutboxState::Dead,
    OutboxState::Superseded, OutboxState::Unknown, OutboxState::Missed, OutboxState::Cancelled,
};
// What a kind of message is, for people ("Booking confirmation"); the kind itself
// when it is not one SAMS makes.
QString outboxKindLabel(const QString &kind);
// The kinds SAMS makes, in the order the outbox view lists them.
QStringList outboxKinds();

// A person's decisions (docs/notifications.md, States): which states may be
// sent again from the first attempt, and which may still be stopped. Storage
// enforces them; the outbox view offers only what they allow.
inline constexpr OutboxState retryableStates[]
    = {OutboxState::Dead, OutboxState::Unknown, OutboxState::Missed, OutboxState::Cancelled};
inline constexpr OutboxState cancellableStates[]
    = {OutboxState::Queued, OutboxState::Retrying, OutboxState::Dead, OutboxState::Unknown, OutboxState::Missed};
bool retryAllowed(OutboxState state);
bool cancelAllowed(OutboxState state);

// Dead and unknown messages wait for a person (the status bar's badge).
inline bool needsAttention(OutboxState s)
{
    return s == OutboxState::Dead || s == OutboxState::Unknown;
}

// A row of the outbox as delivery and the outbox view see it.
struct OutboxEntry {
    qint64 id = 0;
    OutboxMessage message;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    qint64 nextAttemptAt = 0; // UTC seconds; 0: at once
    QString lastError;
    qint64 createdAt = 0; // UTC seconds
    qint64 sentAt = 0; // UTC seconds; 0: not sent
    QString storeCode;
};

} // namespace sams
