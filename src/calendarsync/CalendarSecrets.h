#pragma once

#include "calendarsync/SyncWorker.h"

namespace sams {

// Calendar accounts' secrets (docs/calendar-sync.md, "Sign-in"): a CalDAV app
// password, or OAuth tokens, in the system keychain of the desktop that signed
// in (service "SAMS calendars", one key per provider, login and server), never
// in the database. Blocking, as net/Keychain.h.
Status storeCalendarCredentials(const CalendarAccount &account, const CalendarCredentials &credentials);
// nullopt: this computer holds no secret for the account. `fresh`: from the
// keychain itself, not the last ten minutes' copy.
Result<std::optional<CalendarCredentials>> readCalendarCredentials(const CalendarAccount &account, bool fresh = false);
Status forgetCalendarCredentials(const CalendarAccount &account);

// The worker's CredentialSource over the keychain: an account whose secret
// cannot be read is left to another desktop (and reported through `problem`).
CredentialSource keychainCredentials(QString *problem = nullptr);

} // namespace sams
