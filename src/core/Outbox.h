#pragma once

#include "core/Store.h"

namespace sams {

// A message waiting in the outbox (docs/outbox.md): written in the transaction
// of the change that causes it; a second message with the same dedupKey (another
// desktop producing it at the same moment) is dropped by the database.
struct OutboxMessage {
    QString dedupKey; // "remind:<store>:<date>", "order:<id>:<version>:<kind>"
    StoreId storeId = 0;
    QString kind; // "order_reminder", "order_scheduled", "order_rescheduled", "order_completed"
    QString entity; // "work_order", ...
    qint64 entityId = 0;
    int entityVersion = 0;
    QString channel; // "desktop" (the technicians' reminder), "email", "sms"
    QString recipient; // an address, a phone number, or "technicians:<store code>"
    QString subject;
    QString body;
};

} // namespace sams
