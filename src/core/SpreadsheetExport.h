#pragma once

#include "core/ScheduleRepository.h"
#include "core/Spreadsheet.h"

namespace sams {

// Everything the store spreadsheet describes, read from the repository, in a
// stable order (store code, chair name, date), so two databases holding the same
// chain export the same files.
Result<Spreadsheet> exportSpreadsheet(ScheduleRepository &repository);

} // namespace sams
