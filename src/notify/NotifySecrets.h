#pragma once

#include "core/Error.h"
#include "notify/DeliveryWorker.h"

namespace sams {

// The SMTP password and the SMS token (docs/notifications.md, "Secrets"): in
// the system keychain through QtKeychain, under the service "SAMS notifications"
// and a key naming the installation, never in the database or a log. A server
// without a keychain (samsctl outbox run under systemd) gives them in the
// environment instead: SAMS_SMTP_PASSWORD and SAMS_SMS_TOKEN win when set.
// Blocking: a call waits for the keychain, at most 20 seconds (Error::Failed
// then). What was read is kept for ten minutes, so a delivery pass every 15
// seconds does not ask the keychain (or its user) each time.
enum class NotifySecret { SmtpPassword, SmsToken };

Status storeNotifySecret(NotifySecret which, const QString &installation, const QString &value);
Result<QString> readNotifySecret(NotifySecret which, const QString &installation); // empty: none

// The transports for `settings`, with their secrets read as above: what the
// programs give DeliveryWorker. A secret that cannot be read leaves its channel
// unset (its messages wait) and is reported through `problem`.
// `abort` (may be null) abandons a send in progress when set.
TransportSet keychainTransports(const NotifySettings &settings, QString *problem = nullptr, AbortFlag abort = nullptr);

} // namespace sams
