#include "widgets/ScheduleLegend.h"

#include "core/Appointment.h"
#include "widgets/ScheduleColors.h"

#include <QPainter>

namespace sams {

ScheduleLegend::ScheduleLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Legend"));
}

QSize ScheduleLegend::sizeHint() const
{
    return {600, fontMetrics().height() + 8};
}

void ScheduleLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetrics metrics(small);
    const int box = metrics.height() - 2;
    double x = 2;
    const double y = (height() - box) / 2.0;
    auto label = [&](const QString &text) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(x + box + 4, y + box - 1), text);
        x += box + 4 + metrics.horizontalAdvance(text) + 14;
    };
    for (AppointmentStatus status :
         {AppointmentStatus::Pending, AppointmentStatus::Confirmed, AppointmentStatus::CheckedIn,
          AppointmentStatus::Completed, AppointmentStatus::NoShow}) {
        painter.setBrush(colors::appointmentFill(status));
        painter.setPen(colors::appointmentEdge(status));
        painter.drawRoundedRect(QRectF(x, y, box, box), 2, 2);
        label(statusLabel(status));
    }
    painter.setPen(QPen(colors::displaced(), 1.5, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(x, y, box, box), 2, 2);
    label(tr("Displaced"));
    // The grid's tag on an appointment a work order prepares for.
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors::workOrder());
    painter.drawRoundedRect(QRectF(x + box / 4.0, y + box / 4.0, box / 2.0, box / 2.0), 1.5, 1.5);
    label(tr("Work order"));
    painter.setBrush(Qt::NoBrush);
    QColor tint = colors::lockHatch();
    tint.setAlpha(40);
    painter.fillRect(QRectF(x, y, box, box), tint);
    painter.fillRect(QRectF(x, y, box, box), QBrush(colors::lockHatch(), Qt::BDiagPattern));
    label(tr("Locked"));
    painter.fillRect(QRectF(x, y, box, box), colors::openBackground());
    painter.setPen(colors::gridLine());
    painter.drawRect(QRectF(x, y, box, box));
    label(tr("Open"));
    painter.fillRect(QRectF(x, y, box, box), colors::closedBackground());
    painter.setPen(colors::gridLine().darker(115)); // the window's grey would swallow it
    painter.drawRect(QRectF(x, y, box, box));
    label(tr("Closed"));
    // Past time is veiled like the grid does it (WeekGridView::paintPast).
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(110);
    painter.fillRect(QRectF(x, y, box, box), colors::appointmentFill(AppointmentStatus::Confirmed));
    painter.fillRect(QRectF(x, y, box, box), veil);
    painter.setPen(colors::gridLine());
    painter.drawRect(QRectF(x, y, box, box));
    label(tr("Past"));
}

} // namespace sams
