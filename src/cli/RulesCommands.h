#pragma once

#include "cli/CommandContext.h"

namespace sams::cli {

// A manager's dated edits for scripts (docs/manager-guide.md); each prints what it
// displaces and writes it in one transaction through the desktop's RulesWriter.
//   hours set --store CODE [--chair NAME] --from DATE (--hours WEEK | --follow-store) [--version V]
//   hours remove --store CODE [--chair NAME] --from DATE [--version V]
int runHours(const CommandContext &context, const QStringList &arguments);
//   exception add --store CODE[,CODE...] [--chair NAME] --date DATE [--hours 09:00-12:00,...] --reason R
//   exception remove --store CODE [--chair NAME] --date DATE --reason R
int runException(const CommandContext &context, const QStringList &arguments);
//   chair add --store CODE --chair NAME --starts DATE [--ends DATE]
//   chair end --store CODE --chair NAME --on DATE|none
//   chair rename --store CODE --chair NAME --to NEW
int runChair(const CommandContext &context, const QStringList &arguments);
//   store set --store CODE [--name ..] [--address ..] [--phone ..] [--instructions ..]
//     [--timezone IANA] [--slot-minutes N] [--capacity N] [--horizon-days N]
//     [--min-notice-minutes N] [--visible-from D] [--opens-on D] [--closes-on D|none]
int runStore(const CommandContext &context, const QStringList &arguments);
//   zip set --store CODE --zip CODE --active-from DATE|none
int runZip(const CommandContext &context, const QStringList &arguments);
//   worklist [--store CODE] [--all] [--json]; worklist contacted ID --note N [--version V]
int runWorklist(const CommandContext &context, const QStringList &arguments);

} // namespace sams::cli
