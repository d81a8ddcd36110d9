#pragma once

#include "core/Appointment.h"

#include <QColor>

namespace sams::colors {

// One palette for every schedule view, so a status looks the same everywhere.
QColor appointmentFill(AppointmentStatus status);
QColor appointmentEdge(AppointmentStatus status);
QColor closedBackground();
QColor openBackground();
QColor lockHatch();
QColor todayTint();
QColor nowLine();
QColor gridLine();
QColor displaced();
// Work orders: the grid's tag on an appointment with one, the month view's count.
QColor workOrder();

} // namespace sams::colors
