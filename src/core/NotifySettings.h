#pragma once

#include "core/Store.h"

#include <QString>

#include <optional>

namespace sams {

// How the chain's messages leave (docs/notifications.md, "Settings"). Kept in the
// database for every desktop; the SMTP password and the SMS token never are:
// they live in the system keychain.
struct NotifySettings {
    QString installation; // this database's id, part of every UID and Message-ID
    QString smtpUrl; // "smtp://host:port" or "smtps://host:port"; empty: no e-mail
    bool startTls = false; // require STARTTLS on smtp://
    QString smtpLogin; // empty: no AUTH
    QString mailFrom; // the chain's sender address; a store may have its own
    QString smsUrl; // the gateway's base URL; empty: no SMS
    QString smsAccount;
    QString smsFrom; // the chain's sender number; a store may have its own
    int maxAttempts = 10; // a message that failed this often is dead (about 3 h of retries)
};

// A store's part: its senders, the customer reminder's lead and the window after
// which an unsent reminder is missed, and the language its customers are written in.
struct StoreNotify {
    StoreId storeId = 0;
    QString mailFrom; // empty: the chain's
    QString smsFrom; // empty: the chain's
    int reminderMinutes = 24 * 60; // before the start, in the store's wall time
    int missedMinutes = 120; // an unsent reminder this late is marked missed
    QString language = QStringLiteral("en");
    // Phone numbers may appear in staff's third-party calendars (docs/calendar-sync.md).
    bool calendarPhones = true;
};

// An admin's wording of one message kind in one language. Placeholders in braces
// ("{customer}") are listed in docs/notifications.md, "Templates".
struct MessageTemplate {
    QString kind;
    QString language;
    QString subject;
    QString textBody;
    QString htmlBody; // empty: made from textBody
};

// What a customer (by address or phone) chose to receive.
enum class ContactChoice { Email, Sms, None };

} // namespace sams
