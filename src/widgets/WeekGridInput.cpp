// WeekGridView's mouse and keyboard: selection, the keyboard cursor, dragging to
// move and resize with the rule shown on the target (docs/editing.md, Grid).
#include "core/BookingRules.h"
#include "core/Clock.h"
#include "core/SlotCalculator.h"
#include "core/TimeText.h"
#include "models/WeekScheduleModel.h"
#include "widgets/WeekGridGeometry.h"
#include "widgets/WeekGridView.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollArea>

namespace sams {

namespace {
constexpr int resizeHandle = 6; // pixels above a block's lower edge that resize it
} // namespace

int WeekGridView::slotMinutes() const
{
    return m_model ? std::max(5, m_model->week().store.slotMinutes) : 30;
}

qint64 WeekGridView::instantOf(const Cell &cell) const
{
    const WeekSchedule &week = m_model->week();
    return SlotCalculator::instantSecs(week.dayDate(cell.day), cell.minute, week.store.timeZone());
}

ChairId WeekGridView::chairOf(const Cell &cell) const
{
    const WeekSchedule &week = m_model->week();
    return cell.lane >= 0 && cell.lane < week.chairs.size() ? week.chairs.at(cell.lane).id : 0;
}

int WeekGridView::snapToSlot(int day, int lane, int minute) const
{
    // Slots start where the open interval starts (a 09:15 opening makes 09:15,
    // 09:45, ...): snap to the chair's own slot grid where it is open.
    const WeekSchedule &week = m_model->week();
    const int length = slotMinutes();
    if (lane >= 0 && lane < week.chairs.size()) {
        for (const TimeInterval &open : week.openHoursOf(lane, day)) {
            if (minute >= open.openMinute && minute < open.closeMinute)
                return open.openMinute + (minute - open.openMinute) / length * length;
        }
    }
    return std::max(0, minute / length * length);
}

std::optional<WeekGridView::Cell> WeekGridView::cellAt(const QPoint &position) const
{
    if (!m_model || m_model->week().chairs.isEmpty())
        return std::nullopt;
    const WeekGridGeometry geometry(m_model->week(), size());
    const auto dayLane = geometry.dayAndLaneAt(position.x());
    if (!dayLane || position.y() < geometry.headerHeight())
        return std::nullopt;
    const int minute = std::clamp(int(geometry.minuteAt(position.y())), 0, 24 * 60 - 1);
    return Cell{dayLane->first, dayLane->second, snapToSlot(dayLane->first, dayLane->second, minute)};
}

QPoint WeekGridView::pointAt(int day, int lane, int minute) const
{
    const WeekGridGeometry geometry(m_model->week(), size());
    const QRectF laneRect = geometry.laneRect(day, lane);
    return QPointF(laneRect.center().x(), geometry.yOfMinute(minute) + 2).toPoint();
}

QPoint WeekGridView::appointmentCenter(AppointmentId id) const
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row < 0)
        return {};
    const WeekGridGeometry geometry(m_model->week(), size());
    return geometry.blockRect(m_model->week().appointments.at(row).place).center().toPoint();
}

std::optional<Error> WeekGridView::refusalOf(AppointmentId id, const Cell &target, int slots) const
{
    // The same rule the writer applies in its transaction (core/BookingRules.h),
    // on what this view loaded: a race lost meanwhile is the writer's to report.
    const WeekSchedule &week = m_model->week();
    if (!week.schedule)
        return std::nullopt;
    BookingRequest request;
    request.chairId = chairOf(target);
    request.start = instantOf(target);
    request.slotCount = slots;
    request.replacing = id;
    const Result<SlotSpan> span = checkBooking(*week.schedule, request, Clock::nowUtc().toSecsSinceEpoch());
    if (span)
        return std::nullopt;
    return span.error();
}

QString WeekGridView::shortReason(const Error &error)
{
    switch (error.reason) {
    case Error::Reason::Closed:
        return tr("Closed");
    case Error::Reason::Locked:
        return tr("Locked");
    case Error::Reason::Taken:
        return tr("Taken");
    case Error::Reason::Past:
        return tr("In the past");
    case Error::Reason::ChairEnded:
        return tr("Chair not in service");
    case Error::Reason::OutsideHorizon:
        return tr("Outside the horizon");
    default:
        return tr("Not allowed");
    }
}

void WeekGridView::updateDrag(const QPoint &position)
{
    Drag &drag = *m_drag;
    const AppointmentBlock &block = m_model->week().appointments.at(drag.row);
    if (drag.resize) {
        // Whole slots: the lower edge snaps to the nearest slot end below the start.
        const WeekGridGeometry geometry(m_model->week(), size());
        const int minute = int(geometry.minuteAt(position.y()));
        const int length = slotMinutes();
        drag.target = {block.place.day, block.place.chairIndex, block.place.startMinute};
        drag.slots = std::max(1, (minute - block.place.startMinute + length / 2) / length);
    } else {
        const std::optional<Cell> cell = cellAt(position - QPoint(0, 0));
        if (!cell)
            return;
        const WeekGridGeometry geometry(m_model->week(), size());
        const int minute = int(geometry.minuteAt(position.y())) - drag.grabMinutes;
        drag.target = {cell->day, cell->lane, snapToSlot(cell->day, cell->lane, std::max(0, minute))};
        drag.slots = block.appointment.slotCount;
    }
    drag.refusal = refusalOf(drag.id, drag.target, drag.slots);
    setToolTip(drag.refusal ? drag.refusal->message : QString());
    update();
}

void WeekGridView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (!m_model)
        return;
    const QPoint position = event->position().toPoint();
    const WeekGridGeometry geometry(m_model->week(), size());
    if (position.y() < WeekGridGeometry::dayHeaderHeight && event->button() == Qt::LeftButton) {
        if (const auto dayLane = geometry.dayAndLaneAt(position.x()); dayLane && m_model->week().days > 1)
            Q_EMIT dayActivated(m_model->week().dayDate(dayLane->first));
        return;
    }
    const int row = appointmentRowAt(position);
    if (const std::optional<Cell> cell = cellAt(position))
        m_cursor = cell;
    if (row < 0) {
        selectAppointment(0);
        return;
    }
    const AppointmentBlock &block = m_model->week().appointments.at(row);
    selectAppointment(block.appointment.id);
    if (event->button() != Qt::LeftButton || !m_editable)
        return;
    const QRectF box = geometry.blockRect(block.place);
    Drag drag;
    drag.row = row;
    drag.id = block.appointment.id;
    drag.pressed = position;
    drag.resize = position.y() > box.bottom() - resizeHandle;
    drag.grabMinutes = int(geometry.minuteAt(position.y())) - block.place.startMinute;
    m_drag = drag;
}

void WeekGridView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (!m_drag) {
        // The resize handle shows itself.
        const int row = m_editable ? appointmentRowAt(position) : -1;
        bool onEdge = false;
        if (row >= 0) {
            const WeekGridGeometry geometry(m_model->week(), size());
            onEdge
                = position.y() > geometry.blockRect(m_model->week().appointments.at(row).place).bottom() - resizeHandle;
        }
        QWidget::setCursor(onEdge ? Qt::SizeVerCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_drag->started && (position - m_drag->pressed).manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag->started = true;
    updateDrag(position);
}

void WeekGridView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_drag)
        return;
    const Drag drag = *m_drag;
    m_drag.reset();
    setToolTip({});
    update();
    if (!drag.started || event->button() != Qt::LeftButton)
        return;
    const AppointmentBlock &block = m_model->week().appointments.at(drag.row);
    if (drag.resize) {
        if (drag.slots != block.appointment.slotCount)
            Q_EMIT resizeRequested(drag.id, drag.slots);
        return;
    }
    const bool unchanged = drag.target.day == block.place.day && drag.target.lane == block.place.chairIndex
        && drag.target.minute == block.place.startMinute;
    // A refused drop is still reported: the editor shows the writer's reason and
    // the block stays where it is (it never moved in the model).
    if (!unchanged)
        Q_EMIT moveRequested(drag.id, chairOf(drag.target), instantOf(drag.target));
}

void WeekGridView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    const int row = appointmentRowAt(position);
    if (row >= 0) {
        Q_EMIT openRequested(m_model->week().appointments.at(row).appointment.id);
        return;
    }
    if (const std::optional<Cell> cell = cellAt(position))
        Q_EMIT bookRequested(chairOf(*cell), instantOf(*cell));
}

void WeekGridView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_model)
        return;
    std::optional<Cell> cell;
    if (event->reason() == QContextMenuEvent::Mouse)
        cell = cellAt(event->pos());
    else
        cell = m_cursor;
    if (!cell)
        return;
    const int row = event->reason() == QContextMenuEvent::Mouse ? appointmentRowAt(event->pos()) : -1;
    const AppointmentId id = row >= 0 ? m_model->week().appointments.at(row).appointment.id : m_selected;
    const QPoint at = event->reason() == QContextMenuEvent::Mouse
        ? event->globalPos()
        : mapToGlobal(pointAt(cell->day, cell->lane, cell->minute));
    Q_EMIT contextMenuRequested(id, chairOf(*cell), instantOf(*cell), at);
}

void WeekGridView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || m_model->week().chairs.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const bool alt = event->modifiers() & Qt::AltModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    int lanes = 0, slots = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        lanes = -1;
        break;
    case Qt::Key_Right:
        lanes = 1;
        break;
    case Qt::Key_Up:
        slots = -1;
        break;
    case Qt::Key_Down:
        slots = 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected)
            Q_EMIT openRequested(m_selected);
        else if (m_cursor)
            Q_EMIT bookRequested(chairOf(*m_cursor), instantOf(*m_cursor));
        return;
    case Qt::Key_Delete:
        if (m_selected)
            Q_EMIT cancelRequested(m_selected);
        return;
    case Qt::Key_Escape:
        if (m_drag) {
            m_drag.reset();
            update();
        }
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    // Alt+arrows move the selected appointment a slot or a chair; Alt+Shift+Up/Down
    // make it a slot shorter or longer: the keyboard's drag.
    if (alt && m_selected && m_editable) {
        if (shift && slots != 0)
            resizeSelected(slots);
        else
            moveSelected(lanes, slots);
        return;
    }
    moveCursor(lanes, slots);
}

void WeekGridView::moveCursor(int lanes, int slots)
{
    const WeekSchedule &week = m_model->week();
    Cell cell = m_cursor.value_or(Cell{0, 0, week.firstMinute});
    const int laneCount = int(week.chairs.size());
    int flat = cell.day * laneCount + cell.lane + lanes; // lanes run on into the next day
    flat = std::clamp(flat, 0, week.days * laneCount - 1);
    cell.day = flat / laneCount;
    cell.lane = flat % laneCount;
    const int minute = std::clamp(cell.minute + slots * slotMinutes(), week.firstMinute,
                                  std::max(week.firstMinute, week.lastMinute - slotMinutes()));
    cell.minute = snapToSlot(cell.day, cell.lane, minute);
    setCursorCell(cell);
}

void WeekGridView::setCursorCell(const Cell &cell)
{
    m_cursor = cell;
    // On an appointment, the cursor selects it; on free time, nothing is selected.
    AppointmentId under = 0;
    for (const AppointmentBlock &block : m_model->week().appointments) {
        if (block.appointment.isActive() && block.place.day == cell.day && block.place.chairIndex == cell.lane
            && block.place.startMinute <= cell.minute && cell.minute < block.place.endMinute) {
            under = block.appointment.id;
            break;
        }
    }
    const AppointmentId before = m_selected;
    m_selected = under;
    if (before != m_selected)
        Q_EMIT selectionChanged(m_selected);
    const WeekGridGeometry geometry(m_model->week(), size());
    ensureVisible(geometry.blockRect({cell.lane, cell.day, cell.minute, cell.minute + slotMinutes()}).toRect());
    describeCursor();
    update();
}

void WeekGridView::moveSelected(int lanes, int slots)
{
    const AppointmentBlock *block = m_model->week().block(m_selected);
    if (!block)
        return;
    const WeekSchedule &week = m_model->week();
    const int laneCount = int(week.chairs.size());
    const int flat = block->place.day * laneCount + block->place.chairIndex + lanes;
    if (flat < 0 || flat >= week.days * laneCount)
        return;
    const Cell target{flat / laneCount, flat % laneCount, block->place.startMinute + slots * slotMinutes()};
    if (target.minute < 0 || target.minute >= 24 * 60)
        return;
    Q_EMIT moveRequested(m_selected, chairOf(target), instantOf(target));
}

void WeekGridView::resizeSelected(int slots)
{
    const AppointmentBlock *block = m_model->week().block(m_selected);
    if (block && block->appointment.slotCount + slots >= 1)
        Q_EMIT resizeRequested(m_selected, block->appointment.slotCount + slots);
}

void WeekGridView::selectAppointment(AppointmentId id)
{
    if (m_model && id && m_model->rowOf(id) < 0)
        id = 0; // not shown here
    if (id) {
        const AppointmentBlock &block = m_model->week().appointments.at(m_model->rowOf(id));
        m_cursor = Cell{block.place.day, block.place.chairIndex, block.place.startMinute};
        const WeekGridGeometry geometry(m_model->week(), size());
        ensureVisible(geometry.blockRect(block.place).toRect());
    }
    if (id == m_selected)
        return;
    m_selected = id;
    describeCursor();
    Q_EMIT selectionChanged(id);
    update();
}

void WeekGridView::describeCursor()
{
    // Screen readers follow the focused cell through the widget's accessible name.
    if (!m_model || !m_cursor || m_model->week().chairs.isEmpty())
        return;
    const WeekSchedule &week = m_model->week();
    const Cell &cell = *m_cursor;
    const QLocale locale;
    QString what = tr("free");
    if (m_selected) {
        if (const AppointmentBlock *block = week.block(m_selected))
            what = tr("%1, %2, %3")
                       .arg(block->appointment.customerName, block->appointment.service,
                            statusLabel(block->appointment.status));
    }
    setAccessibleName(tr("%1, %2, %3: %4")
                          .arg(locale.toString(week.dayDate(cell.day), QLocale::LongFormat),
                               week.chairs.at(cell.lane).name,
                               shortTime(locale, QTime(cell.minute / 60, cell.minute % 60)), what));
    if (hasFocus()) {
        QAccessibleEvent focus(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&focus);
    }
}

void WeekGridView::ensureVisible(const QRect &area)
{
    // The grid sits in a scroll area's viewport.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            const QPoint centre = mapTo(scroll->widget(), area.center());
            scroll->ensureVisible(centre.x(), centre.y(), area.width() / 2 + 20, area.height() / 2 + 20);
            return;
        }
    }
}

QString WeekGridView::lockReasonAt(const QPoint &position) const
{
    const WeekGridGeometry geometry(m_model->week(), size());
    const std::optional<Cell> cell = cellAt(position);
    for (const LockBlock &lock : m_model->week().locks) {
        const bool lane = lock.place.chairIndex < 0 || (cell && lock.place.chairIndex == cell->lane);
        if (lane && geometry.blockRect(lock.place).contains(position)) {
            const QTimeZone zone = m_model->week().store.timeZone();
            const QLocale locale;
            return tr("Locked: %1\n%2 – %3")
                .arg(lock.reason, locale.toString(lock.lock.startsAt.toTimeZone(zone), QLocale::ShortFormat),
                     locale.toString(lock.lock.endsAt.toTimeZone(zone), QLocale::ShortFormat));
        }
    }
    return {};
}

void WeekGridView::focusInEvent(QFocusEvent *event)
{
    if (!m_cursor && m_model && !m_model->week().chairs.isEmpty())
        m_cursor = Cell{0, 0, m_model->week().firstMinute};
    describeCursor();
    update();
    QWidget::focusInEvent(event);
}

void WeekGridView::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace sams
