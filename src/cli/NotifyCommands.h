#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// Notification settings and tests (docs/notifications.md):
//   notify setup [--smtp smtp[s]://HOST:PORT [--starttls] [--login L --password-stdin] --from ADDRESS]
//                [--sms URL --sms-account ID --sms-token-stdin --sms-from NUMBER] [--max-attempts N]
//       settings in the database for every desktop, secrets in the system keychain
//   notify show [--json]
//   notify store --store CODE [--from ADDRESS] [--sms-from NUMBER] [--reminder-hours H]
//                [--missed-minutes M] [--language LANG]
//   notify prefer CONTACT email|sms|none|auto   a customer's own choice (auto: as booked)
//   notify test --email ADDRESS                  sends one message now, not through the outbox
int runNotify(const CommandContext &context, const QStringList &arguments);

// The outbox (docs/notifications.md):
//   outbox list [--state S] [--store CODE] [--kind K] [--limit N] [--json]
//   outbox retry ID | outbox cancel ID
//   outbox run [--once] [--interval SECONDS] [--lease SECONDS]
//       delivers what is due (--once: now, then exits; otherwise every interval until stopped)
int runOutbox(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
