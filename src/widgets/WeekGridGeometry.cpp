#include "widgets/WeekGridGeometry.h"

#include <QSize>

#include <algorithm>

namespace sams {

WeekGridGeometry::WeekGridGeometry(const WeekSchedule &week, QSize available)
    : m_days(std::max(1, week.days))
    , m_lanes(std::max(1, int(week.chairs.size())))
    , m_firstMinute(week.firstMinute)
    , m_lastMinute(std::max(week.lastMinute, week.firstMinute + 60))
{
    const int days = m_days;
    const double spareWidth = available.width() - timeGutter - days * dayGap;
    m_laneWidth = std::max<double>(minimumLaneWidth, spareWidth / (days * m_lanes));
    const double spareHeight = available.height() - headerHeight() - 1;
    m_pixelsPerMinute = std::max(minimumPixelsPerMinute, spareHeight / (m_lastMinute - m_firstMinute));
}

QSize WeekGridGeometry::minimumSize() const
{
    const int days = m_days;
    return {timeGutter + days * (dayGap + m_lanes * minimumLaneWidth), contentSize().height()};
}

QSize WeekGridGeometry::contentSize() const
{
    const int days = m_days;
    const int width = int(timeGutter + days * (dayGap + m_lanes * m_laneWidth));
    const int height = int(headerHeight() + (m_lastMinute - m_firstMinute) * m_pixelsPerMinute) + 1;
    return {width, height};
}

QRectF WeekGridGeometry::dayRect(int day) const
{
    const double dayWidth = m_lanes * m_laneWidth;
    const double x = timeGutter + day * (dayWidth + dayGap) + dayGap / 2.0;
    return {x, 0, dayWidth, double(contentSize().height())};
}

QRectF WeekGridGeometry::laneRect(int day, int chairIndex) const
{
    const QRectF d = dayRect(day);
    return {d.left() + chairIndex * m_laneWidth, double(headerHeight()), m_laneWidth, d.height() - headerHeight()};
}

double WeekGridGeometry::yOfMinute(int minute) const
{
    return headerHeight() + (minute - m_firstMinute) * m_pixelsPerMinute;
}

QRectF WeekGridGeometry::blockRect(const DayBlock &block) const
{
    const QRectF column = block.chairIndex < 0
        ? QRectF(dayRect(block.day).left(), headerHeight(), m_lanes * m_laneWidth, 0)
        : laneRect(block.day, block.chairIndex);
    const double top = yOfMinute(std::max(block.startMinute, m_firstMinute));
    const double bottom = yOfMinute(std::min(block.endMinute, m_lastMinute));
    return {column.left(), top, column.width(), std::max(0.0, bottom - top)};
}

std::optional<std::pair<int, int>> WeekGridGeometry::dayAndLaneAt(double x) const
{
    for (int day = 0; day < m_days; ++day) {
        const QRectF column = dayRect(day);
        if (x >= column.left() && x < column.right()) {
            const int lane = std::clamp(int((x - column.left()) / m_laneWidth), 0, m_lanes - 1);
            return std::pair{day, lane};
        }
    }
    return std::nullopt;
}

double WeekGridGeometry::minuteAt(double y) const
{
    return m_firstMinute + (y - headerHeight()) / m_pixelsPerMinute;
}

} // namespace sams
