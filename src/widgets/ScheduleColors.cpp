#include "widgets/ScheduleColors.h"

namespace sams::colors {

QColor appointmentFill(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Pending:
        return QColor(0xE3, 0xF2, 0xFD);
    case AppointmentStatus::Confirmed:
        return QColor(0xBB, 0xDE, 0xFB);
    case AppointmentStatus::CheckedIn:
        return QColor(0xC8, 0xE6, 0xC9);
    case AppointmentStatus::Completed:
        return QColor(0xE0, 0xE0, 0xE0);
    case AppointmentStatus::NoShow:
        return QColor(0xFF, 0xCD, 0xD2);
    case AppointmentStatus::Cancelled:
        return QColor(0xFA, 0xFA, 0xFA);
    }
    return Qt::white;
}

QColor appointmentEdge(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Pending:
        return QColor(0x64, 0xB5, 0xF6);
    case AppointmentStatus::Confirmed:
        return QColor(0x19, 0x76, 0xD2);
    case AppointmentStatus::CheckedIn:
        return QColor(0x38, 0x8E, 0x3C);
    case AppointmentStatus::Completed:
        return QColor(0x75, 0x75, 0x75);
    case AppointmentStatus::NoShow:
        return QColor(0xC6, 0x28, 0x28);
    case AppointmentStatus::Cancelled:
        return QColor(0xBD, 0xBD, 0xBD);
    }
    return Qt::black;
}

QColor closedBackground()
{
    return QColor(0xEC, 0xEF, 0xF1);
}
QColor openBackground()
{
    return Qt::white;
}
QColor lockHatch()
{
    return QColor(0xB0, 0x7A, 0x1E);
}
QColor todayTint()
{
    return QColor(0xFF, 0xF8, 0xE1);
}
QColor nowLine()
{
    return QColor(0xD3, 0x2F, 0x2F);
}
QColor gridLine()
{
    return QColor(0xDD, 0xE1, 0xE4);
}

QColor displaced()
{
    return QColor(0xD8, 0x43, 0x15);
}

QColor workOrder()
{
    return QColor(0x6A, 0x3D, 0x9A);
}

} // namespace sams::colors
