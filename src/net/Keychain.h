#pragma once

#include "core/Error.h"

namespace sams {

// Secrets in the system keychain through QtKeychain (docs/notifications.md,
// "Secrets"; docs/calendar-sync.md, "Sign-in"), never in the database or a log.
// Blocking: a call waits for the keychain (its jobs run on one thread of their
// own, whatever thread asks) at most 20 seconds (Error::Failed
// then). What was read is kept for ten minutes, so a worker's pass every few
// seconds does not ask the keychain (or its user) each time.
Status storeSecret(const QString &service, const QString &key, const QString &value);
Status forgetSecret(const QString &service, const QString &key);
Result<QString> readSecret(const QString &service, const QString &key); // empty: none (never kept)
// Drops this process's copy, so the next read asks the keychain.
void forgetCachedSecret(const QString &service, const QString &key);

} // namespace sams
