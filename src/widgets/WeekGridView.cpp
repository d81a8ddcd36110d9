#include "widgets/WeekGridView.h"

#include "core/Clock.h"
#include "core/TimeText.h"
#include "models/WeekScheduleModel.h"
#include "widgets/ScheduleColors.h"
#include "widgets/WeekGridGeometry.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace sams {

namespace {
QString initials(const QString &name)
{
    QString result;
    for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result += part.at(0);
    return result;
}
} // namespace

WeekGridView::WeekGridView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleDescription(tr("Appointment grid. Arrows move between slots and chairs, Enter books or opens, "
                                "Delete cancels, Alt+arrows move the selected appointment, Alt+Shift+Up/Down "
                                "change its length."));
}

void WeekGridView::setModel(WeekScheduleModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &WeekGridView::modelChanged);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &WeekGridView::rowsChanged);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &WeekGridView::rowsChanged);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WeekGridView::rowsChanged);
        connect(m_model, &WeekScheduleModel::backgroundChanged, this, &WeekGridView::rowsChanged);
    }
    modelChanged();
}

void WeekGridView::modelChanged()
{
    // Another store or other days: the cursor starts again, a selection survives
    // only if the appointment is shown.
    m_drag.reset();
    m_cursor.reset();
    const AppointmentId keep = m_selected;
    m_selected = 0;
    if (keep && m_model && m_model->rowOf(keep) >= 0)
        selectAppointment(keep);
    else if (keep)
        Q_EMIT selectionChanged(0);
    updateGeometry();
    update();
}

void WeekGridView::rowsChanged()
{
    // A change in place (another client, a live notice): the selection stays,
    // unless its appointment left the view; a drag in progress ends if its row went.
    if (m_drag && (m_drag->row >= m_model->rowCount() || m_model->rowOf(m_drag->id) != m_drag->row))
        m_drag.reset();
    if (m_selected && m_model->rowOf(m_selected) < 0) {
        m_selected = 0;
        Q_EMIT selectionChanged(0);
    }
    update();
}

QSize WeekGridView::sizeHint() const
{
    if (!m_model)
        return {800, 600};
    return WeekGridGeometry(m_model->week(), {1400, 700}).contentSize();
}

QSize WeekGridView::minimumSizeHint() const
{
    if (!m_model)
        return {400, 300};
    return WeekGridGeometry(m_model->week(), {0, 0}).minimumSize();
}

int WeekGridView::appointmentRowAt(const QPoint &position) const
{
    if (!m_model)
        return -1;
    const WeekGridGeometry geometry(m_model->week(), size());
    const auto &blocks = m_model->week().appointments;
    for (qsizetype row = blocks.size() - 1; row >= 0; --row) {
        if (blocks.at(row).appointment.isActive() && geometry.blockRect(blocks.at(row).place).contains(position))
            return int(row);
    }
    return -1;
}

bool WeekGridView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = appointmentRowAt(help->pos());
        const QString lock = row < 0 ? lockReasonAt(help->pos()) : QString();
        if (m_drag && m_drag->refusal)
            QToolTip::showText(help->globalPos(), m_drag->refusal->message, this);
        else if (row >= 0)
            QToolTip::showText(help->globalPos(), m_model->index(row).data(Qt::ToolTipRole).toString(), this);
        else if (!lock.isEmpty())
            QToolTip::showText(help->globalPos(), lock, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void WeekGridView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (!m_model)
        return;
    const WeekGridGeometry geometry(m_model->week(), size());
    if (m_model->week().chairs.isEmpty()) {
        paintHeader(painter, geometry);
        paintNoChairs(painter);
        return;
    }
    // Backgrounds and grid lines are axis-aligned: drawn without antialiasing,
    // which would cost a good part of a paint; rounded blocks and text need it.
    paintBackground(painter, geometry);
    paintHourLines(painter, geometry);
    paintLocks(painter, geometry);
    paintPast(painter, geometry);
    painter.setRenderHint(QPainter::Antialiasing);
    paintAppointments(painter, geometry, event->rect());
    paintCursor(painter, geometry);
    paintDrag(painter, geometry);
    paintNowLine(painter, geometry);
    paintHeader(painter, geometry);
}

void WeekGridView::paintHeader(QPainter &painter, const WeekGridGeometry &geometry) const
{
    const WeekSchedule &week = m_model->week();
    const QDate today = Clock::todayIn(week.store.timeZone());
    const QLocale locale;
    QFont dayFont = font();
    dayFont.setBold(true);
    QFont smallFont = font();
    smallFont.setPointSizeF(font().pointSizeF() * 0.85);

    painter.fillRect(QRectF(0, 0, width(), geometry.headerHeight()), palette().base());
    for (int day = 0; day < m_model->week().days; ++day) {
        const QDate date = week.dayDate(day);
        const QRectF column = geometry.dayRect(day);
        const QRectF header(column.left(), 0, column.width(), WeekGridGeometry::dayHeaderHeight);
        if (date == today)
            painter.fillRect(header, colors::todayTint());
        painter.setFont(dayFont);
        painter.setPen(date == today ? colors::nowLine() : palette().color(QPalette::Text));
        painter.drawText(header.adjusted(0, 2, 0, -16), Qt::AlignHCenter | Qt::AlignBottom,
                         locale.dayName(date.dayOfWeek(), QLocale::ShortFormat));
        painter.setFont(smallFont);
        painter.drawText(header.adjusted(0, 20, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                         locale.toString(date, tr("MMM d")));

        painter.setPen(palette().color(QPalette::PlaceholderText));
        for (int lane = 0; lane < week.chairs.size(); ++lane) {
            const QRectF chairHeader(column.left() + lane * geometry.laneWidth(), WeekGridGeometry::dayHeaderHeight,
                                     geometry.laneWidth(), WeekGridGeometry::chairHeaderHeight);
            // Lanes are narrow: show the chair's number when the name does not fit.
            const QString name = week.chairs.at(lane).name;
            const QString label = painter.fontMetrics().horizontalAdvance(name) < chairHeader.width() - 4
                ? name
                : name.section(QLatin1Char(' '), -1);
            painter.drawText(chairHeader, Qt::AlignCenter, label);
        }
    }
    painter.setPen(colors::gridLine());
    painter.drawLine(QPointF(0, geometry.headerHeight() - 0.5), QPointF(width(), geometry.headerHeight() - 0.5));
}

void WeekGridView::paintBackground(QPainter &painter, const WeekGridGeometry &geometry) const
{
    const WeekSchedule &week = m_model->week();
    const QDate today = Clock::todayIn(week.store.timeZone());
    for (int day = 0; day < m_model->week().days; ++day) {
        for (int lane = 0; lane < week.chairs.size(); ++lane) {
            const QRectF laneRect = geometry.laneRect(day, lane);
            painter.fillRect(laneRect, colors::closedBackground());
            for (const TimeInterval &open : week.openHoursOf(lane, day)) {
                const QRectF openRect = geometry.blockRect({lane, day, open.openMinute, open.closeMinute});
                painter.fillRect(
                    openRect, week.dayDate(day) == today ? colors::todayTint().lighter(103) : colors::openBackground());
            }
            painter.setPen(colors::gridLine());
            painter.drawLine(laneRect.topLeft(), laneRect.bottomLeft());
        }
    }
}

void WeekGridView::paintHourLines(QPainter &painter, const WeekGridGeometry &geometry) const
{
    const WeekSchedule &week = m_model->week();
    const QLocale locale;
    QFont smallFont = font();
    smallFont.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(smallFont);
    for (int minute = week.firstMinute; minute <= week.lastMinute; minute += 30) {
        const double y = geometry.yOfMinute(minute);
        const bool fullHour = minute % 60 == 0;
        QPen pen(colors::gridLine());
        pen.setStyle(fullHour ? Qt::SolidLine : Qt::DotLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(WeekGridGeometry::timeGutter, y), QPointF(width(), y));
        if (fullHour && minute < week.lastMinute) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRectF(0, y - 1, WeekGridGeometry::timeGutter - 8, 16), Qt::AlignRight | Qt::AlignTop,
                             shortTime(locale, QTime(minute / 60, 0)));
        }
    }
}

void WeekGridView::paintLocks(QPainter &painter, const WeekGridGeometry &geometry) const
{
    for (const LockBlock &lock : m_model->week().locks) {
        const QRectF area = geometry.blockRect(lock.place);
        if (area.isEmpty())
            continue;
        QColor tint = colors::lockHatch();
        tint.setAlpha(40);
        painter.fillRect(area, tint);
        painter.fillRect(area, QBrush(colors::lockHatch(), Qt::BDiagPattern));
    }
}

void WeekGridView::paintAppointments(QPainter &painter, const WeekGridGeometry &geometry, const QRect &exposed) const
{
    // One set of fonts for every block (a paint of a busy week draws hundreds).
    QFont nameFont = font();
    nameFont.setPointSizeF(font().pointSizeF() * 0.8);
    nameFont.setBold(true);
    QFont detailFont = nameFont;
    detailFont.setBold(false);
    m_text.setFonts(nameFont, detailFont);
    BlockFonts fonts{&m_text};
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row);
        if (!index.data(WeekScheduleModel::ActiveRole).toBool())
            continue; // cancelled: the slots are free again
        const auto status = static_cast<AppointmentStatus>(index.data(WeekScheduleModel::StatusRole).toInt());
        const DayBlock place{index.data(WeekScheduleModel::ChairIndexRole).toInt(),
                             index.data(WeekScheduleModel::DayRole).toInt(),
                             index.data(WeekScheduleModel::StartMinuteRole).toInt(),
                             index.data(WeekScheduleModel::EndMinuteRole).toInt()};
        const QRectF box = geometry.blockRect(place).adjusted(1.5, 1, -1.5, -1);
        if (box.height() < 2 || !box.intersects(exposed.adjusted(-4, -4, 4, 4)))
            continue; // the scroll area shows part of the grid; a drag repaints a strip
        painter.setPen(QPen(colors::appointmentEdge(status), 1));
        painter.setBrush(colors::appointmentFill(status));
        painter.drawRoundedRect(box, 3, 3);
        painter.fillRect(QRectF(box.left(), box.top() + 1, 3, box.height() - 2), colors::appointmentEdge(status));
        if (index.data(WeekScheduleModel::DisplacedRole).toBool()) {
            // Still booked, but on closed or locked time: impossible to miss.
            QPen alarm(colors::displaced(), 2, Qt::DashLine);
            painter.setPen(alarm);
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 3, 3);
            const QRectF badge(box.right() - 13, box.top() + 2, 11, 11);
            painter.setBrush(colors::displaced());
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(badge);
            painter.setPen(Qt::white);
            QFont bang = font();
            bang.setBold(true);
            bang.setPointSizeF(font().pointSizeF() * 0.7);
            painter.setFont(bang);
            painter.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        }

        if (index.data(WeekScheduleModel::WorkOrdersRole).toInt() > 0 && box.height() >= 14 && box.width() >= 14) {
            // A work order prepares for it: a small violet tag in the corner, the
            // colour of the month view's order counts.
            const QRectF tag(box.right() - 10, box.bottom() - 10, 8, 8);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colors::workOrder());
            painter.drawRoundedRect(tag, 2, 2);
        }
        if (index.data(WeekScheduleModel::AppointmentIdRole).toLongLong() == m_selected) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(box.adjusted(-1, -1, 1, 1), 4, 4);
        }
        paintAppointmentText(painter, index, box, fonts);
    }
}

void WeekGridView::paintAppointmentText(QPainter &painter, const QModelIndex &index, const QRectF &box,
                                        const BlockFonts &fonts) const
{
    TextCache &cache = *fonts.text;
    QRectF text = box.adjusted(5, 1, -2, -1);
    painter.setPen(QColor(0x21, 0x21, 0x21));
    const QString customer = index.data(WeekScheduleModel::CustomerRole).toString();
    const bool wide = text.width() > 140; // the day view's lanes
    const QString notes = index.data(WeekScheduleModel::NotesRole).toString();
    if (wide && !notes.isEmpty()) {
        // A folded-corner note marks an appointment with notes (the tooltip shows them).
        const QRectF note(text.right() - 12, text.top() + 2, 9, 11);
        QPainterPath sheet;
        sheet.moveTo(note.topLeft());
        sheet.lineTo(note.right() - 3, note.top());
        sheet.lineTo(note.right(), note.top() + 3);
        sheet.lineTo(note.bottomRight());
        sheet.lineTo(note.bottomLeft());
        sheet.closeSubpath();
        painter.setBrush(QColor(0xff, 0xf5, 0x9d));
        painter.setPen(QPen(QColor(0x8d, 0x6e, 0x63), 1));
        painter.drawPath(sheet);
        painter.setPen(QColor(0x21, 0x21, 0x21));
        text.setRight(note.left() - 2);
    }
    // Narrow lanes show initials rather than three letters and an ellipsis.
    QString label = wide ? customer : customer.section(QLatin1Char(' '), 0, 0);
    if (cache.width(true, label) > text.width())
        label = initials(customer);
    if (cache.width(true, label) > text.width())
        label = label.left(1); // a lone ellipsis would say nothing; the tooltip has the name
    if (cache.width(true, label) <= text.width() + 2)
        cache.draw(painter, true, text.topLeft(), label);
    else if (wide)
        cache.draw(painter, true, text.topLeft(), cache.elided(true, customer, int(text.width())));
    QStringList details{index.data(WeekScheduleModel::ServiceRole).toString()};
    if (wide) {
        details.append(index.data(WeekScheduleModel::PhoneRole).toString());
        details.append(statusLabel(static_cast<AppointmentStatus>(index.data(WeekScheduleModel::StatusRole).toInt())));
    }
    details.removeAll(QString());
    double y = text.top() + cache.lineHeight(true);
    for (const QString &line : std::as_const(details)) {
        if (y + cache.lineHeight(false) > text.bottom() + 1 || cache.width(false, line.left(5)) > text.width())
            break;
        cache.draw(painter, false, QPointF(text.left(), y), cache.elided(false, line, int(text.width())));
        y += cache.lineHeight(false);
    }
}

void WeekGridView::TextCache::setFonts(const QFont &name, const QFont &detail)
{
    // A bounded cache: a week shows a few hundred names; scrolling through many
    // weeks must not grow it without end.
    constexpr qsizetype most = 4096;
    const bool full
        = m_laidOut[0].size() + m_laidOut[1].size() > most || m_elided[0].size() + m_elided[1].size() > most;
    if (name == m_name && detail == m_detail && !full)
        return;
    m_name = name;
    m_detail = detail;
    m_heights[0] = QFontMetricsF(name).height();
    m_heights[1] = QFontMetricsF(detail).height();
    for (int i : {0, 1}) {
        m_widths[i].clear();
        m_laidOut[i].clear();
        m_elided[i].clear();
    }
}

qreal WeekGridView::TextCache::width(bool name, const QString &text)
{
    QHash<QString, qreal> &widths = m_widths[name ? 0 : 1];
    const auto found = widths.constFind(text);
    if (found != widths.cend())
        return *found;
    return *widths.insert(text, QFontMetricsF(font(name)).horizontalAdvance(text));
}

QString WeekGridView::TextCache::elided(bool name, const QString &text, int width)
{
    QHash<QPair<QString, int>, QString> &elided = m_elided[name ? 0 : 1];
    const QPair<QString, int> key(text, width);
    const auto found = elided.constFind(key);
    if (found != elided.cend())
        return *found;
    return *elided.insert(key, QFontMetrics(font(name)).elidedText(text, Qt::ElideRight, width));
}

void WeekGridView::TextCache::draw(QPainter &painter, bool name, const QPointF &topLeft, const QString &text)
{
    QHash<QString, QStaticText> &laidOut = m_laidOut[name ? 0 : 1];
    auto found = laidOut.find(text);
    if (found == laidOut.end()) {
        QStaticText prepared(text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.setPerformanceHint(QStaticText::AggressiveCaching);
        prepared.prepare(QTransform(), font(name));
        found = laidOut.insert(text, prepared);
    }
    painter.setFont(font(name));
    painter.drawStaticText(topLeft, *found);
}

void WeekGridView::paintPast(QPainter &painter, const WeekGridGeometry &geometry) const
{
    // Time already gone is dimmed: nothing can be booked or moved there.
    const WeekSchedule &week = m_model->week();
    const QDateTime now = Clock::nowUtc().toTimeZone(week.store.timeZone());
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(110);
    for (int day = 0; day < week.days; ++day) {
        const QDate date = week.dayDate(day);
        if (date > now.date())
            break;
        const int until = date < now.date() ? 24 * 60 : now.time().msecsSinceStartOfDay() / 60000;
        const QRectF area = geometry.blockRect({-1, day, 0, until});
        painter.fillRect(area, veil);
    }
}

void WeekGridView::paintCursor(QPainter &painter, const WeekGridGeometry &geometry) const
{
    if (!hasFocus() || !m_cursor || m_drag)
        return;
    const Cell &c = *m_cursor;
    const QRectF area = geometry.blockRect({c.lane, c.day, c.minute, c.minute + slotMinutes()}).adjusted(1, 1, -1, -1);
    QPen pen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
}

void WeekGridView::paintDrag(QPainter &painter, const WeekGridGeometry &geometry) const
{
    if (!m_drag || !m_drag->started)
        return;
    const Drag &drag = *m_drag;
    const DayBlock place{drag.target.lane, drag.target.day, drag.target.minute,
                         drag.target.minute + drag.slots * slotMinutes()};
    const QRectF area = geometry.blockRect(place).adjusted(1, 1, -1, -1);
    const QColor tone = drag.refusal ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32);
    QColor fill = tone;
    fill.setAlpha(60);
    painter.setBrush(fill);
    painter.setPen(QPen(tone, 2, drag.refusal ? Qt::DashLine : Qt::SolidLine));
    painter.drawRoundedRect(area, 3, 3);
    // Say why right on the target, not only in a tooltip.
    const QLocale locale;
    const QString label = drag.refusal ? shortReason(*drag.refusal)
                                       : shortTime(locale, QTime(place.startMinute / 60, place.startMinute % 60));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    small.setBold(true);
    painter.setFont(small);
    const QFontMetrics metrics(small);
    const QRectF tag(area.left(), area.top() - metrics.height() - 2, metrics.horizontalAdvance(label) + 8,
                     metrics.height() + 2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(tone);
    painter.drawRoundedRect(tag, 2, 2);
    painter.setPen(Qt::white);
    painter.drawText(tag, Qt::AlignCenter, label);
}

void WeekGridView::paintNoChairs(QPainter &painter) const
{
    const WeekSchedule &week = m_model->week();
    QString message = tr("No chair of %1 is in service this week.").arg(week.store.name);
    if (week.store.opensOn > week.lastDay())
        message += QLatin1Char('\n')
            + tr("The store opens on %1.").arg(QLocale().toString(week.store.opensOn, QLocale::LongFormat));
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.2);
    painter.setFont(big);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(0, WeekGridGeometry::dayHeaderHeight, 0, 0), Qt::AlignCenter, message);
}

void WeekGridView::paintNowLine(QPainter &painter, const WeekGridGeometry &geometry) const
{
    const WeekSchedule &week = m_model->week();
    const QDateTime now = Clock::nowUtc().toTimeZone(week.store.timeZone());
    const qint64 day = week.firstDay.daysTo(now.date());
    const int minute = now.time().msecsSinceStartOfDay() / 60000;
    if (day < 0 || day >= week.days || minute < week.firstMinute || minute > week.lastMinute)
        return;
    const QRectF column = geometry.dayRect(int(day));
    const double y = geometry.yOfMinute(minute);
    painter.setPen(QPen(colors::nowLine(), 2));
    painter.drawLine(QPointF(column.left(), y), QPointF(column.right(), y));
    painter.setBrush(colors::nowLine());
    painter.drawEllipse(QPointF(column.left(), y), 3.5, 3.5);
}

} // namespace sams
