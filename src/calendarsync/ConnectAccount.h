#pragma once

#include "calendarsync/SyncWorker.h"
#include "core/CalendarSyncQueue.h"

namespace sams {

// Connecting an account (docs/calendar-sync.md, "Connecting"), once its
// secret is known (an app password, or the tokens of a sign-in): SAMS's own
// calendar is made in it, the secret goes to this computer's keychain, and the
// account is added (with rows for what it follows). Nothing is saved when the
// calendar could not be made. Blocking: the delivery worker's thread, or
// samsctl. Returns the account's id; Error::Failed names what the server said.
Result<qint64> connectCalendarAccount(CalendarSyncQueue &sync, CalendarAccount account,
                                      const CalendarCredentials &secret, const QString &installation, qint64 now,
                                      AbortFlag abort);

// Disconnecting: SAMS's calendar removed from the account (with everything in
// it, and nothing else), then the account and its rows, then the secret.
// Error::Rule when this computer holds no secret for it (remove it where it
// was connected, so that the calendar goes too); Error::Failed when the server
// kept the calendar (nothing forgotten then).
Status disconnectCalendarAccount(CalendarSyncQueue &sync, qint64 accountId, AbortFlag abort);

// The OAuth client SAMS signs in as for `provider`: SAMS_GOOGLE_CLIENT_ID or
// SAMS_MICROSOFT_CLIENT_ID (each installation registers its own desktop
// client with Google and Microsoft); empty when not set up.
QString oauthClientId(CalendarProvider provider);
// Google's desktop client also has a secret (SAMS_GOOGLE_CLIENT_SECRET); empty
// for Microsoft's public clients.
QString oauthClientSecret(CalendarProvider provider);
// Where the desktop signs in for `provider`: empty for the real service, or
// SAMS_GOOGLE_API / SAMS_MICROSOFT_API naming a local fake (a test seam).
QString oauthApiOverride(CalendarProvider provider);

} // namespace sams
