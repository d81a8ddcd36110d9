#include "core/ScheduleWriter.h"

namespace sams {

bool cancelAllowed(AppointmentStatus status)
{
    return status == AppointmentStatus::Pending || status == AppointmentStatus::Confirmed;
}

bool statusChangeAllowed(AppointmentStatus from, AppointmentStatus to)
{
    using S = AppointmentStatus;
    // Forward along the visit, and back one step to correct a mistake (what undo
    // does); docs/editing.md, Lifecycle.
    switch (from) {
    case S::Pending:
        return to == S::Confirmed || to == S::CheckedIn || to == S::NoShow;
    case S::Confirmed:
        return to == S::Pending || to == S::CheckedIn || to == S::NoShow;
    case S::CheckedIn:
        return to == S::Completed || to == S::Confirmed || to == S::Pending;
    case S::Completed:
        return to == S::CheckedIn;
    case S::NoShow:
        return to == S::Confirmed || to == S::Pending;
    case S::Cancelled:
        return to == S::Confirmed || to == S::Pending;
    }
    return false;
}

} // namespace sams
