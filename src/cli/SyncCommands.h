#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// Calendar sync (docs/calendar-sync.md):
//   sync accounts add [--user LOGIN] (--caldav URL --login L --password-stdin | --google | --outlook
//                     [--client-id ID]) [--stores CODES] [--kinds appointments,orders]
//                     [--audience staff|manager] [--label TEXT]
//       CalDAV: finds the server's calendar home; Google and Outlook: prints the
//       address to sign in at and waits for the browser's answer on loopback.
//       Makes a "SAMS" calendar, keeps the secret in this computer's keychain
//       and adds the account
//   sync accounts [--json]                 the accounts the login sees, with their state
//   sync accounts signin ID [--password-stdin]  after "needs sign-in": a new app password (CalDAV),
//                                          or a new sign-in in the browser (Google, Outlook)
//   sync accounts remove ID                removes SAMS's calendar (from the computer holding its
//                                          secret) and forgets the account
//   sync status [--account ID] [--state S] [--json]   per event: state, attempts, next try, error
//   sync retry ID                          push a row again from the first attempt
//   sync run [--once] [--interval SECONDS] [--lease SECONDS]
//       pushes what is due for the accounts whose secret this computer holds
int runSync(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
